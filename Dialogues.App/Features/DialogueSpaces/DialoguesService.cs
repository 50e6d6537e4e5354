using System.Linq.Expressions;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.DialogueSpaces;

public enum DialogueSort
{
    MostActive,
    Newest,
    ClosingSoon,
}

public sealed record DialogueFilter(
    PolicyAreaId? PolicyArea = null,
    SettlementId? Settlement = null,
    DialoguePhase? Phase = null,
    string? Search = null,
    DialogueSort Sort = DialogueSort.MostActive,
    bool PendingApproval = false,
    bool OpenNow = false);

public sealed record DialogueCard(
    DialogueId Id,
    string Title,
    string Summary,
    PolicyAreaId PolicyAreaId,
    SettlementId? SettlementId,
    DialoguePhase Phase,
    DateTimeOffset DiscussionStartsAt,
    DateTimeOffset? VotingStartsAt,
    DateTimeOffset ClosesAt,
    int Comments,
    int Proposals,
    AttachmentId? CoverImageId,
    DialogueApproval Approval);

public sealed record DialogueDetails(
    Dialogue Dialogue,
    DialoguePhase Phase,
    string AuthorName,
    IReadOnlyList<Attachment> Documents,
    Attachment? Cover,
    bool CanEdit,
    bool CanModerate,
    bool IsStaff);

/// <summary>Dialogues as consultation spaces: create, propose, approve, publish, close; list and show them.</summary>
public sealed class DialoguesService(
    IDbContextFactory<AppDbContext> databases,
    CurrentActor currentActor,
    Attachments attachments,
    TimeProvider clock)
{
    public async Task<Page<DialogueCard>> ListAsync(DialogueFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.FindAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var dialogues = db.Dialogues.AsNoTracking();

        if (filter.PendingApproval && actor is { IsModerator: true })
        {
            dialogues = dialogues.Where(d => d.Approval == DialogueApproval.PendingApproval);
        }
        else if (filter.Phase == DialoguePhase.Draft && actor is { IsStaff: true })
        {
            dialogues = dialogues.Where(d => d.Approval == DialogueApproval.Approved && d.PublishedAt == null);
        }
        else
        {
            dialogues = dialogues.Where(IsPublic).Where(InPhase(filter.Phase, now));
            if (filter.OpenNow)
            {
                dialogues = dialogues.Where(d => d.DiscussionStartsAt <= now && now < (d.ClosedEarlyAt ?? d.ClosesAt));
            }
        }
        if (filter.PolicyArea is { } area)
        {
            dialogues = dialogues.Where(d => d.PolicyAreaId == area);
        }
        if (filter.Settlement is { } settlement)
        {
            dialogues = dialogues.Where(d => d.SettlementId == settlement);
        }
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim().ToLowerInvariant();
            dialogues = dialogues.Where(d => d.SearchTitle.Contains(term));
        }

        var cards = dialogues.Select(d => new
        {
            d.Id, d.Title, d.Summary, d.PolicyAreaId, d.SettlementId, d.Approval, d.PublishedAt, d.CreatedAt,
            d.DiscussionStartsAt, d.VotingStartsAt, d.ClosesAt, d.ClosedEarlyAt, d.CoverImageId,
            Comments = db.Comments.Where(DiscussionService.Counted).Count(c => c.DialogueId == d.Id),
            Proposals = db.Proposals.Count(p => p.DialogueId == d.Id && p.HiddenAt == null),
        });
        cards = filter.Sort switch
        {
            DialogueSort.Newest => cards.OrderByDescending(c => c.PublishedAt ?? c.CreatedAt),
            // Open dialogues first, the one ending soonest on top; closed ones after.
            DialogueSort.ClosingSoon => cards.OrderBy(c => (c.ClosedEarlyAt ?? c.ClosesAt) <= now).ThenBy(c => c.ClosedEarlyAt ?? c.ClosesAt),
            _ => cards.OrderByDescending(c => c.Comments + c.Proposals).ThenByDescending(c => c.PublishedAt ?? c.CreatedAt),
        };
        var page = await cards.ToPageAsync(skip, take, cancellationToken);
        return new Page<DialogueCard>(
            page.Items.Select(c => new DialogueCard(
                c.Id, c.Title, c.Summary, c.PolicyAreaId, c.SettlementId,
                Dialogue.PhaseOf(c.Approval == DialogueApproval.Approved && c.PublishedAt != null, c.DiscussionStartsAt, c.VotingStartsAt, c.ClosedEarlyAt ?? c.ClosesAt, now),
                c.DiscussionStartsAt, c.VotingStartsAt, c.ClosedEarlyAt ?? c.ClosesAt, c.Comments, c.Proposals, c.CoverImageId, c.Approval)).ToList(),
            page.Total, page.Skip, page.Take);
    }

    /// <summary>The dialogue if it exists and the reader may see it; null otherwise (the page shows 404).</summary>
    public async Task<DialogueDetails?> FindAsync(DialogueId id, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.FindAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var dialogue = await db.Dialogues.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (dialogue is null || !CanSee(dialogue, actor))
        {
            return null;
        }
        var author = await db.Users.Where(u => u.Id == dialogue.CreatedBy.Value).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? "";
        var files = await attachments.FindAsync([.. dialogue.Documents, .. dialogue.CoverImageId is { } c ? [c] : Array.Empty<AttachmentId>()], cancellationToken);
        return new DialogueDetails(
            dialogue,
            dialogue.PhaseAt(clock.GetUtcNow()),
            author,
            dialogue.Documents.Where(files.ContainsKey).Select(d => files[d]).ToList(),
            dialogue.CoverImageId is { } cover && files.TryGetValue(cover, out var image) ? image : null,
            dialogue.CanEdit(actor),
            actor is { IsModerator: true },
            actor is { IsStaff: true });
    }

    public async Task<DialogueId> CreateAsync(DialogueDraft draft, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        var dialogue = Dialogue.Create(actor, draft, clock.GetUtcNow());
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.Dialogues.Add(dialogue);
        await db.SaveChangesAsync(cancellationToken);
        return dialogue.Id;
    }

    /// <summary>Changes a dialogue; refused when someone edited it since <paramref name="editedCount"/>, the count the editor opened.</summary>
    public Task EditAsync(DialogueId id, int editedCount, DialogueDraft draft, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (d, actor, now) => d.Edit(actor, draft, editedCount, now), cancellationToken);

    public Task PublishAsync(DialogueId id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (d, actor, now) => d.Publish(actor, now), cancellationToken);

    public Task ApproveAsync(DialogueId id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (d, actor, _) => d.Approve(actor), cancellationToken);

    public Task RejectAsync(DialogueId id, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (d, actor, _) => d.Reject(actor, reason), cancellationToken);

    public Task CloseAsync(DialogueId id, string? outcome, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (d, actor, now) => d.Close(actor, outcome, now), cancellationToken);

    /// <summary>Attaches checked files to a dialogue: documents, and optionally a new cover picture.</summary>
    public async Task AttachAsync(DialogueId id, IReadOnlyList<UploadedFile> documents, UploadedFile? cover = null, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var dialogue = await db.Dialogues.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        DomainException.ThrowIf(dialogue is null || !CanSee(dialogue, actor), DomainErrors.NotFound);
        DomainException.ThrowIf(!dialogue!.CanEdit(actor), DomainErrors.Forbidden);
        DomainException.ThrowIf(dialogue.Documents.Count + documents.Count > Dialogue.MaxDocuments, DomainErrors.DialogueTooManyDocuments, Dialogue.MaxDocuments);
        foreach (var document in documents)
        {
            dialogue.AttachDocument(await attachments.StoreAsync(actor.Id, document, cancellationToken));
        }
        if (cover is not null)
        {
            dialogue.SetCoverImage(await attachments.StoreAsync(actor.Id, cover, cancellationToken));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task RemoveDocumentAsync(DialogueId id, AttachmentId document, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (d, actor, _) => EditWith(d, actor, () => d.RemoveDocument(document)), cancellationToken);

    private static void EditWith(Dialogue dialogue, Actor actor, Action change)
    {
        DomainException.ThrowIf(!dialogue.CanEdit(actor), DomainErrors.Forbidden);
        change();
    }

    private async Task ChangeAsync(DialogueId id, Action<Dialogue, Actor, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        var actor = await currentActor.RequireAsync(cancellationToken);
        await databases.ChangeAsync(async db =>
        {
            var dialogue = await db.Dialogues.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
            DomainException.ThrowIf(dialogue is null || !CanSee(dialogue, actor), DomainErrors.NotFound);
            return dialogue!;
        }, dialogue => change(dialogue, actor, clock.GetUtcNow()), cancellationToken);
    }

    internal static bool CanSee(Dialogue dialogue, Actor? actor) =>
        dialogue.IsPublic || (actor is not null && (actor.IsStaff || actor.Id == dialogue.CreatedBy));

    private static readonly Expression<Func<Dialogue, bool>> IsPublic =
        d => d.Approval == DialogueApproval.Approved && d.PublishedAt != null && d.HiddenAt == null;

    private static Expression<Func<Dialogue, bool>> InPhase(DialoguePhase? phase, DateTimeOffset now) => phase switch
    {
        DialoguePhase.Upcoming => d => now < d.DiscussionStartsAt,
        DialoguePhase.Discussion => d => d.DiscussionStartsAt <= now && now < (d.ClosedEarlyAt ?? d.ClosesAt) && (d.VotingStartsAt == null || now < d.VotingStartsAt),
        DialoguePhase.Voting => d => d.VotingStartsAt <= now && now < (d.ClosedEarlyAt ?? d.ClosesAt),
        DialoguePhase.Closed => d => (d.ClosedEarlyAt ?? d.ClosesAt) <= now,
        _ => d => true,
    };
}

/// <summary>How an author appears on public pages: an erased account shows as an anonymised participant.</summary>
public static class AuthorNames
{
    public static string Display(string? displayName, Microsoft.Extensions.Localization.IStringLocalizer text) =>
        string.IsNullOrEmpty(displayName) ? text["AnonymisedParticipant"] : displayName;
}
