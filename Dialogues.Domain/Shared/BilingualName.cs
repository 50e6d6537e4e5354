namespace Dialogues.Domain.Shared;

/// <summary>A name kept in Bulgarian (the official form) and English.</summary>
public sealed record BilingualName
{
    public const int MaxLength = 200;

    private BilingualName(string bulgarian, string english)
    {
        Bulgarian = bulgarian;
        English = english;
    }

    public string Bulgarian { get; private init; }

    public string English { get; private init; }

    public static BilingualName Of(string? bulgarian, string? english) =>
        new(Text.Required(bulgarian, 1, MaxLength, DomainErrors.NameRequired),
            Text.Required(english, 1, MaxLength, DomainErrors.NameRequired));

    /// <summary>The English form for English readers; Bulgarian for everyone else.</summary>
    public string In(string twoLetterLanguage) => twoLetterLanguage == "en" ? English : Bulgarian;
}
