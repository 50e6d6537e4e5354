namespace Dialogues.Domain.Shared;

/// <summary>
/// A rule of the domain refused an action. <see cref="Code"/> names a message in the app's
/// localized error texts; <see cref="Arguments"/> fill its placeholders.
/// </summary>
public sealed class DomainException(string code, params object[] arguments)
    : Exception($"{code}{(arguments.Length > 0 ? " (" + string.Join(", ", arguments) + ")" : "")}")
{
    public string Code { get; } = code;

    public IReadOnlyList<object> Arguments { get; } = arguments;

    public static void ThrowIf(bool condition, string code, params object[] arguments)
    {
        if (condition)
        {
            throw new DomainException(code, arguments);
        }
    }

    /// <summary>The value a form must have before anything is asked of the domain (a date left empty, say).</summary>
    public static T Required<T>(T? value, string code)
        where T : struct =>
        value ?? throw new DomainException(code);
}
