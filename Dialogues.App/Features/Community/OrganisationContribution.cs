using Dialogues.Domain.Shared;

namespace Dialogues.App.Features.Community;

/// <summary>
/// Something a member did for an organisation (a comment, a proposal, an event), as the organisation's page lists it:
/// what kind, where or what, an excerpt, and which member did it. Each feature lists its own kind.
/// </summary>
public sealed record OrganisationContribution(ItemKind Kind, Guid Id, string PlaceTitle, string Link, string Excerpt, string AuthorName, DateTimeOffset CreatedAt);
