namespace Dialogues.Domain.Shared;

/// <summary>A record that may be added but never changed or removed (audit entries, revisions).</summary>
public interface IAppendOnly;
