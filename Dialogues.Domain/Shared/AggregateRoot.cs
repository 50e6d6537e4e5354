namespace Dialogues.Domain.Shared;

/// <summary>Something that happened in the domain; handlers react to it after (or, for outbox rows, within) the save.</summary>
public interface IDomainEvent;

/// <summary>An entity that records what happened to it until persistence dispatches the events.</summary>
public interface IHasDomainEvents
{
    IReadOnlyList<IDomainEvent> DomainEvents { get; }

    void ClearDomainEvents();
}

public abstract class AggregateRoot : IHasDomainEvents
{
    private readonly List<IDomainEvent> _events = [];

    public IReadOnlyList<IDomainEvent> DomainEvents => _events;

    public void ClearDomainEvents() => _events.Clear();

    protected void Raise(IDomainEvent domainEvent) => _events.Add(domainEvent);
}
