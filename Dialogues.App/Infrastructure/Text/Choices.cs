namespace Dialogues.App.Infrastructure.Text;

/// <summary>Check boxes that stand for a set: ticking one adds its value, clearing it takes the value out.</summary>
public static class Choices
{
    public static void Set<T>(this ISet<T> chosen, T value, bool on)
    {
        if (on)
        {
            chosen.Add(value);
        }
        else
        {
            chosen.Remove(value);
        }
    }
}
