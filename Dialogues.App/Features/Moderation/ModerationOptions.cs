using System.ComponentModel.DataAnnotations;

namespace Dialogues.App.Features.Moderation;

public sealed class ModerationOptions
{
    public const string Section = "Moderation";

    /// <summary>Distinct flags that hide an item pending review (a moderator's flag counts as all of them).</summary>
    [Range(1, 100)]
    public int FlagThreshold { get; set; } = 3;

    /// <summary>How many first posts of a new account wait for a moderator's approval; 0 turns pre-moderation off.</summary>
    [Range(0, 100)]
    public int PremoderateFirstPosts { get; set; }

    /// <summary>Words and phrases (Bulgarian or English) that put content in the queue for a look; they never block it.</summary>
    public List<string> WatchWords { get; set; } = [];

    /// <summary>Longest suspension a moderator can give.</summary>
    [Range(1, 3650)]
    public int MaxSuspensionDays { get; set; } = 365;
}
