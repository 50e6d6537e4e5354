using Dialogues.App.Features.Accounts;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Practices;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dialogues.App.Features.Practices;

public sealed record PracticeFilter(PolicyAreaId? Area = null, ParticipationMethod? Method = null);

public sealed record PracticeRow(PracticeId Id, string Title, string Country, string Town, int Year, PolicyAreaId Area, ParticipationMethod Method,
    int WantCount, DateTimeOffset? PublishedAt, DateTimeOffset? DeclinedAt);

/// <summary>A practice as its page shows it, what the reader may do with it, and who the reader is (for live updates).</summary>
public sealed record PracticeDetails(Practice Practice, string ProposerName, bool WantedByMe, bool CanEdit, bool CanReview, string? DialogueTitle, Actor? Reader);

/// <summary>The dialogue opened from a practice, as far as its page names it.</summary>
public sealed record LinkedDialogue(string Title, bool IsPublished);

/// <summary>What a practice's page shows every reader alike.</summary>
public sealed record PracticeView(Practice Practice, string ProposerName, LinkedDialogue? Dialogue);

/// <summary>
/// The library of good practices: anyone taking part proposes an entry; staff and moderators publish or decline it;
/// residents say "I want this here", and staff open a dialogue from an entry.
/// </summary>
public sealed class PracticesService(
    IDbContextFactory<AppDbContext> databases,
    CurrentActor currentActor,
    IStringLocalizer<PracticesText> text,
    TimeProvider clock)
{
    /// <summary>Published entries, the most wanted first; hidden ones are left out.</summary>
    public async Task<Page<PracticeRow>> ListAsync(PracticeFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var practices = db.Practices.AsNoTracking().Where(p => p.PublishedAt != null && p.HiddenAt == null);
        if (filter.Area is { } area)
        {
            practices = practices.Where(p => p.PolicyAreaId == area);
        }
        if (filter.Method is { } method)
        {
            practices = practices.Where(p => p.Method == method);
        }
        return await Rows(practices.OrderByDescending(p => p.WantCount).ThenByDescending(p => p.Year).ThenBy(p => p.Title)).ToPageAsync(skip, take, cancellationToken);
    }

    /// <summary>For staff and moderators: proposals waiting for a look, oldest first.</summary>
    public async Task<Page<PracticeRow>> ReviewQueueAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAccountAsync(cancellationToken);
        DomainException.ThrowIf(!actor.IsStaff, DomainErrors.Forbidden);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await Rows(db.Practices.AsNoTracking().Where(p => p.PublishedAt == null && p.DeclinedAt == null && p.HiddenAt == null).OrderBy(p => p.ProposedAt))
            .ToPageAsync(skip, take, cancellationToken);
    }

    /// <summary>What the reader proposed, newest first, with where each stands.</summary>
    public async Task<Page<PracticeRow>> MineAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAccountAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await Rows(db.Practices.AsNoTracking().Where(p => p.ProposedBy == actor.Id).OrderByDescending(p => p.ProposedAt)).ToPageAsync(skip, take, cancellationToken);
    }

    /// <summary>The entry, or null when the reader may not see it: a proposal is its proposer's and staff's; a hidden entry its proposer's and moderators'.</summary>
    public async Task<PracticeDetails?> FindAsync(PracticeId id, CancellationToken cancellationToken = default) =>
        await ForReaderAsync(await currentActor.FindAsync(cancellationToken), await ViewAsync(id, cancellationToken), wantedByMe: null, cancellationToken);

    /// <summary>What every reader of the entry's page sees alike, whoever they are; null when it does not exist.</summary>
    public async Task<PracticeView?> ViewAsync(PracticeId id, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var practice = await db.Practices.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (practice is null)
        {
            return null;
        }
        var names = await ParticipantNames.LoadAsync(db, [practice.ProposedBy], cancellationToken);
        var dialogue = practice.DialogueId is { } d
            ? await db.Dialogues.AsNoTracking().Where(x => x.Id == d && x.HiddenAt == null).Select(x => new LinkedDialogue(x.Title, x.PublishedAt != null)).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new PracticeView(practice, names.GetValueOrDefault(practice.ProposedBy, ""), dialogue);
    }

    /// <summary>
    /// A live update of a page: <paramref name="view"/> is loaded once for all its watchers; whether the reader wants
    /// it here is asked again only when the change was their own.
    /// </summary>
    public async Task<PracticeDetails?> RefreshAsync(PracticeDetails? before, PracticeView? view, object cause, CancellationToken cancellationToken = default)
    {
        var reader = before is not null ? before.Reader : await currentActor.FindAsync(cancellationToken);
        var mine = cause is PracticeWanted wanted && wanted.UserId == reader?.Id;
        return await ForReaderAsync(reader, view, before is not null && !mine ? before.WantedByMe : null, cancellationToken);
    }

    private async Task<PracticeDetails?> ForReaderAsync(Actor? reader, PracticeView? view, bool? wantedByMe, CancellationToken cancellationToken)
    {
        if (view is not { Practice: var practice }
            || !practice.IsVisibleTo(reader) || (practice.PublishedAt is null && reader?.Id != practice.ProposedBy && reader is not { IsStaff: true }))
        {
            return null;
        }
        if (reader is not null && wantedByMe is null)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            wantedByMe = await db.PracticeWants.AnyAsync(w => w.PracticeId == practice.Id && w.UserId == reader.Id, cancellationToken);
        }
        // A dialogue still in draft is named only to staff, who can open it.
        var dialogue = view.Dialogue is { } linked && (linked.IsPublished || reader is { IsStaff: true }) ? linked.Title : null;
        return new PracticeDetails(practice, view.ProposerName, wantedByMe == true, practice.MayEdit(reader),
            reader is { IsStaff: true } && practice.PublishedAt is null && practice.DeclinedAt is null, dialogue, reader);
    }

    /// <param name="submission">The form's own id for the entry: sent twice, the form finds the one it proposed.</param>
    public async Task<PracticeId> ProposeAsync(PracticeDraft draft, Guid? submission = null, CancellationToken cancellationToken = default)
    {
        var proposer = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var id = new PracticeId(submission ?? Guid.NewGuid());
        if (await db.Practices.AnyAsync(p => p.Id == id && p.ProposedBy == proposer.Id, cancellationToken))
        {
            return id;
        }
        DomainException.ThrowIf(!await db.PolicyAreas.AnyAsync(a => a.Id == draft.Area, cancellationToken), DomainErrors.NotFound);
        db.Practices.Add(Practice.Propose(proposer, draft, clock.GetUtcNow(), id));
        await db.SaveOncePerPersonAsync(cancellationToken);
        return id;
    }

    public async Task EditAsync(PracticeId id, PracticeDraft draft, CancellationToken cancellationToken = default)
    {
        var editor = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        await ChangeAsync(id, async (db, practice) =>
        {
            DomainException.ThrowIf(!await db.PolicyAreas.AnyAsync(a => a.Id == draft.Area, cancellationToken), DomainErrors.NotFound);
            practice.Edit(editor, draft, clock.GetUtcNow());
        }, cancellationToken);
    }

    public async Task PublishAsync(PracticeId id, DepartmentId? department, CancellationToken cancellationToken = default)
    {
        var publisher = await currentActor.RequireAsync(cancellationToken);
        await ChangeAsync(id, async (db, practice) =>
        {
            DomainException.ThrowIf(department is { } d && !await db.Departments.AnyAsync(x => x.Id == d, cancellationToken), DomainErrors.NotFound);
            practice.Publish(publisher, department, clock.GetUtcNow());
        }, cancellationToken);
    }

    public async Task DeclineAsync(PracticeId id, string? reason, CancellationToken cancellationToken = default)
    {
        var reviewer = await currentActor.RequireAsync(cancellationToken);
        await ChangeAsync(id, (_, practice) => Done(() => practice.Decline(reviewer, reason, clock.GetUtcNow())), cancellationToken);
    }

    public async Task WantAsync(PracticeId id, CancellationToken cancellationToken = default)
    {
        var resident = await currentActor.RequireToAsync(Participation.Vote, cancellationToken);
        await ChangeAsync(id, async (db, practice) =>
        {
            var already = await db.PracticeWants.AnyAsync(w => w.PracticeId == id && w.UserId == resident.Id, cancellationToken);
            db.PracticeWants.Add(practice.Want(resident, already, clock.GetUtcNow()));
        }, cancellationToken);
    }

    /// <summary>Takes one's "I want this here" back; allowed even while suspended, since it only takes one out.</summary>
    public async Task UnwantAsync(PracticeId id, CancellationToken cancellationToken = default)
    {
        var resident = await currentActor.RequireAccountAsync(cancellationToken);
        await ChangeAsync(id, async (db, practice) =>
        {
            var want = await db.PracticeWants.SingleOrDefaultAsync(w => w.PracticeId == id && w.UserId == resident.Id, cancellationToken)
                ?? throw new DomainException(DomainErrors.PracticeNotWanted);
            practice.Unwant(want);
            db.PracticeWants.Remove(want);
        }, cancellationToken);
    }

    /// <summary>
    /// Staff start a dialogue from the entry, in the same save that links the two, so never twice: a draft that
    /// carries the practice's case and a link back, for them to adjust and publish.
    /// </summary>
    public async Task<DialogueId> OpenDialogueAsync(PracticeId id, CancellationToken cancellationToken = default)
    {
        var official = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        DialogueId opened = default;
        await ChangeAsync(id, (db, practice) => Done(() =>
        {
            var now = clock.GetUtcNow();
            var summary = text["OpenDialogue.Summary", practice.Title, practice.Town, practice.Country].Value;
            var body = text["OpenDialogue.Body", practice.Problem, practice.WhatWasDone, practice.Results, practice.ForBotevgrad,
                $"practices/{practice.Id}"].Value;
            var dialogue = Dialogue.Create(official, new DialogueDraft(
                Cut(text["OpenDialogue.Title", practice.Title], Dialogue.TitleMax), Cut(summary, Dialogue.SummaryMax), Cut(body, Dialogue.BodyMax),
                practice.PolicyAreaId, null, now.AddDays(7), null, now.AddDays(37), ScenarioVotingMethod.SingleChoice, []), now);
            practice.OpenedAs(official, dialogue.Id);
            db.Dialogues.Add(dialogue);
            opened = dialogue.Id;
        }), cancellationToken, DomainErrors.PracticeBusy);
        return opened;
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static Task Done(Action change)
    {
        change();
        return Task.CompletedTask;
    }

    private static IQueryable<PracticeRow> Rows(IQueryable<Practice> practices) =>
        practices.Select(p => new PracticeRow(p.Id, p.Title, p.Country, p.Town, p.Year, p.PolicyAreaId, p.Method, p.WantCount, p.PublishedAt, p.DeclinedAt));

    private Task ChangeAsync(PracticeId id, Func<AppDbContext, Practice, Task> change, CancellationToken cancellationToken, string busyCode = DomainErrors.PracticeBusy) =>
        databases.ChangeAsync(db => db.Practices.SingleOrNotFoundAsync(p => p.Id == id, cancellationToken), change, cancellationToken, busyCode,
            DomainErrors.PracticeAlreadyWanted);
}
