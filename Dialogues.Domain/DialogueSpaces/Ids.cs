using Dialogues.Domain.Shared;

namespace Dialogues.Domain.DialogueSpaces;

public readonly record struct DialogueId(Guid Value) : IEntityId<DialogueId>
{
    public static DialogueId From(Guid value) => new(value);

    public static DialogueId New() => new(Guid.NewGuid());

    public override string ToString() => Value.ToString();
}

public readonly record struct CommentId(Guid Value) : IEntityId<CommentId>
{
    public static CommentId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

public readonly record struct ProposalId(Guid Value) : IEntityId<ProposalId>
{
    public static ProposalId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

public readonly record struct ScenarioId(Guid Value) : IEntityId<ScenarioId>
{
    public static ScenarioId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}
