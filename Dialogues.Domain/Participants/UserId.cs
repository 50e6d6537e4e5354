using Dialogues.Domain.Shared;

namespace Dialogues.Domain.Participants;

public readonly record struct UserId(Guid Value) : IEntityId<UserId>
{
    /// <summary>The platform itself, when it acts on its own (a word-list flag, an automatic hide).</summary>
    public static readonly UserId Platform = new(Guid.Empty);

    public static UserId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}
