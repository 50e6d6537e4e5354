namespace Dialogues.Domain.Shared;

/// <summary>Validation of free text shared by aggregates.</summary>
public static class Text
{
    /// <summary>Trims <paramref name="value"/> and checks its length, throwing <paramref name="code"/> with the limits.</summary>
    public static string Required(string? value, int min, int max, string code)
    {
        var trimmed = value?.Trim() ?? "";
        DomainException.ThrowIf(trimmed.Length < min || trimmed.Length > max, code, min, max);
        return trimmed;
    }

    /// <summary>Like <see cref="Required"/> but an empty value becomes null.</summary>
    public static string? Optional(string? value, int max, string code)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }
        DomainException.ThrowIf(trimmed.Length > max, code, 0, max);
        return trimmed;
    }
}
