using Dialogues.Domain.Shared;

namespace Dialogues.Domain.Participants;

public readonly record struct UserId(Guid Value) : IEntityId<UserId>
{
    public static UserId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}
