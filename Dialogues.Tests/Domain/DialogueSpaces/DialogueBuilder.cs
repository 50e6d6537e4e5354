using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using static Dialogues.Tests.Domain.Participants.People;

namespace Dialogues.Tests.Domain.DialogueSpaces;

/// <summary>Builds dialogues and actors for domain tests; the schedule is relative to <see cref="Now"/>.</summary>
public sealed class DialogueBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 5, 1, 10, 0, 0, TimeSpan.Zero);

    private DateTimeOffset _start = Now.AddDays(-5);
    private DateTimeOffset? _voting = Now.AddDays(5);
    private DateTimeOffset _closes = Now.AddDays(10);
    private ScenarioVotingMethod _method = ScenarioVotingMethod.SingleChoice;
    private bool _publish = true;
    private Actor _author = Official();

    public DialogueBuilder InDiscussion() => Schedule(Now.AddDays(-5), Now.AddDays(5), Now.AddDays(10));

    public DialogueBuilder InVoting() => Schedule(Now.AddDays(-10), Now.AddDays(-1), Now.AddDays(10));

    public DialogueBuilder Closed() => Schedule(Now.AddDays(-20), Now.AddDays(-10), Now.AddDays(-1));

    public DialogueBuilder Upcoming() => Schedule(Now.AddDays(2), Now.AddDays(10), Now.AddDays(20));

    public DialogueBuilder Schedule(DateTimeOffset start, DateTimeOffset? voting, DateTimeOffset closes)
    {
        (_start, _voting, _closes) = (start, voting, closes);
        return this;
    }

    public DialogueBuilder WithMethod(ScenarioVotingMethod method)
    {
        _method = method;
        return this;
    }

    public DialogueBuilder Unpublished()
    {
        _publish = false;
        return this;
    }

    public DialogueBuilder By(Actor author)
    {
        _author = author;
        return this;
    }

    public static DialogueDraft Draft(DateTimeOffset start, DateTimeOffset? voting, DateTimeOffset closes, ScenarioVotingMethod method = ScenarioVotingMethod.SingleChoice, params string[] videos) =>
        new("Нов площад във Врачеш", "Обсъждаме обновяването на площада.", "Подробности", new PolicyAreaId(Guid.NewGuid()), null, start, voting, closes, method, videos);

    public Dialogue Build()
    {
        // Created and published before it opens, as staff would.
        var created = _start.AddDays(-1) < Now ? _start.AddDays(-1) : Now;
        var dialogue = Dialogue.Create(_author, Draft(_start, _voting, _closes, _method), created);
        if (_publish)
        {
            dialogue.Publish(Official(), created);
        }
        return dialogue;
    }
}
