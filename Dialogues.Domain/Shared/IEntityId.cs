namespace Dialogues.Domain.Shared;

/// <summary>A strongly typed id over a <see cref="Guid"/>; lets persistence map every id with one converter.</summary>
public interface IEntityId<TSelf>
    where TSelf : struct, IEntityId<TSelf>
{
    Guid Value { get; }

    static abstract TSelf From(Guid value);
}
