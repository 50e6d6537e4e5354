namespace Dialogues.Domain.Community;

/// <summary>
/// The organisation a member acts for, as an item records it: its id, and its name at the time (a later rename does
/// not rewrite what was said). The application checks the membership before it hands one to an aggregate.
/// </summary>
public sealed record SpeakingFor(OrganisationId Id, string Name);
