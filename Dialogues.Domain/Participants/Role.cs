namespace Dialogues.Domain.Participants;

/// <summary>The roles a platform account can hold. Names are stored, so never rename them.</summary>
public static class Role
{
    public const string Resident = nameof(Resident);
    public const string Moderator = nameof(Moderator);
    public const string Official = nameof(Official);
    public const string Administrator = nameof(Administrator);

    public static readonly IReadOnlyList<string> All = [Resident, Moderator, Official, Administrator];
}
