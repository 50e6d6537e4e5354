using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.Moderation;

/// <summary>User content a moderator can hide, show again, or redact in part.</summary>
public interface IModeratable
{
    UserId AuthorId { get; }

    DateTimeOffset? HiddenAt { get; }

    /// <summary>All of the item's own text, as a moderator (or the word list) reads it.</summary>
    string ModeratedText { get; }

    void Hide(DateTimeOffset now);

    void Restore();

    /// <summary>Removes every occurrence of <paramref name="fragment"/> (a phone number, a name) and keeps the rest.</summary>
    void Redact(string? fragment);
}

public static class ModeratableVisibility
{
    /// <summary>A hidden item is seen only by its author and moderators; a visible one by everyone.</summary>
    public static bool IsVisibleTo(this IModeratable item, Actor? reader) =>
        item.HiddenAt is null || reader is { IsModerator: true } || reader?.Id == item.AuthorId;
}

/// <summary>How a redacted fragment is cut out of a text: replaced by a visible mark, so readers know something was removed.</summary>
public static class Redaction
{
    public const string Mark = "[…]";
    public const int MinFragment = 2;

    /// <summary>Cuts the fragment out of every given text; refused unless it occurs in at least one of them.</summary>
    public static string[] Apply(string? fragment, params string[] texts)
    {
        var cut = fragment?.Trim() ?? "";
        DomainException.ThrowIf(cut.Length < MinFragment || cut == Mark || !texts.Any(t => t.Contains(cut, StringComparison.Ordinal)), DomainErrors.ModerationRedactionInvalid);
        return texts.Select(t => t.Replace(cut, Mark, StringComparison.Ordinal)).ToArray();
    }
}
