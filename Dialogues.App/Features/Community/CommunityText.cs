namespace Dialogues.App.Features.Community;

/// <summary>The texts of organisations, groups and networks.</summary>
public sealed class CommunityText;
