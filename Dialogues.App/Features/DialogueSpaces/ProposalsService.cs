using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.Community;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Community;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.DialogueSpaces;

public sealed record ProposalView(
    ProposalId Id,
    string Title,
    string Body,
    UserId AuthorId,
    string AuthorName,
    AttachmentId? ImageId,
    DateTimeOffset CreatedAt,
    OrganisationId? OrganisationId,
    string? OrganisationName,
    int Supports,
    bool SupportedByMe);

/// <summary>Participants' proposals inside a dialogue, and the supports they gather in the voting phase.</summary>
public sealed class ProposalsService(
    IDbContextFactory<AppDbContext> databases,
    CurrentActor currentActor,
    Attachments attachments,
    TimeProvider clock)
{
    /// <param name="organisation">The organisation the author proposes for, one they are a member of; null for themselves.</param>
    public async Task<ProposalId> SubmitAsync(DialogueId dialogueId, string? title, string? body, UploadedFile? image = null, OrganisationId? organisation = null,
        CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var dialogue = await DiscussionService.VisibleDialogueAsync(db, dialogueId, actor, cancellationToken);
        var speakingFor = organisation is null ? null : await OnBehalfOf.RequireAsync(db, organisation, actor, cancellationToken);
        var proposal = Proposal.Submit(dialogue, actor, title, body, clock.GetUtcNow(), speakingFor);
        if (image is not null)
        {
            proposal.Illustrate(await attachments.StoreAsync(actor.Id, image, cancellationToken));
        }
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync(cancellationToken);
        return proposal.Id;
    }

    /// <summary>Adds the reader's support; supporting twice (two tabs, a double click) leaves one support.</summary>
    public async Task SupportAsync(ProposalId proposalId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireToAsync(Participation.Vote, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var (dialogue, proposal) = await LoadAsync(db, proposalId, actor, cancellationToken);
        if (await db.ProposalSupports.AnyAsync(s => s.ProposalId == proposalId && s.UserId == actor.Id, cancellationToken))
        {
            return;
        }
        db.ProposalSupports.Add(ProposalSupport.Give(dialogue, proposal, actor, clock.GetUtcNow()));
        await db.SaveOncePerPersonAsync(cancellationToken);
    }

    public async Task WithdrawSupportAsync(ProposalId proposalId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireToAsync(Participation.Vote, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var (dialogue, proposal) = await LoadAsync(db, proposalId, actor, cancellationToken);
        var support = await db.ProposalSupports.SingleOrDefaultAsync(s => s.ProposalId == proposalId && s.UserId == actor.Id, cancellationToken);
        if (support is null)
        {
            return;
        }
        support.Withdraw(dialogue, proposal, clock.GetUtcNow());
        db.ProposalSupports.Remove(support);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Already withdrawn by a simultaneous request.
        }
    }

    public async Task<Page<ProposalView>> ListAsync(DialogueId dialogueId, int skip, int take, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.FindAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await DiscussionService.VisibleDialogueAsync(db, dialogueId, actor, cancellationToken);
        var me = actor?.Id;
        var page = await db.Proposals.AsNoTracking()
            .Where(p => p.DialogueId == dialogueId && p.HiddenAt == null)
            .Select(p => new
            {
                Proposal = p,
                Supports = db.ProposalSupports.Count(s => s.ProposalId == p.Id),
                Mine = me != null && db.ProposalSupports.Any(s => s.ProposalId == p.Id && s.UserId == me),
            })
            .OrderByDescending(p => p.Supports).ThenBy(p => p.Proposal.CreatedAt)
            .ToPageAsync(skip, take, cancellationToken);
        var names = await ParticipantNames.LoadAsync(db, page.Items.Select(p => p.Proposal.AuthorId), cancellationToken);
        return new Page<ProposalView>(
            page.Items.Select(p => new ProposalView(p.Proposal.Id, p.Proposal.Title, p.Proposal.Body, p.Proposal.AuthorId,
                names.GetValueOrDefault(p.Proposal.AuthorId, ""), p.Proposal.ImageId, p.Proposal.CreatedAt,
                p.Proposal.OrganisationId, p.Proposal.OrganisationName, p.Supports, p.Mine)).ToList(),
            page.Total, page.Skip, page.Take);
    }

    /// <summary>The newest visible proposals members made for an organisation, in dialogues anyone may see, for its page.</summary>
    public async Task<IReadOnlyList<OrganisationContribution>> ByOrganisationAsync(OrganisationId organisation, int count, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from proposal in db.Proposals.AsNoTracking()
                join dialogue in db.Dialogues on proposal.DialogueId equals dialogue.Id
                where proposal.OrganisationId == organisation && proposal.HiddenAt == null
                    && dialogue.Approval == DialogueApproval.Approved && dialogue.PublishedAt != null && dialogue.HiddenAt == null
                orderby proposal.CreatedAt descending
                select new { proposal.Id, proposal.DialogueId, Dialogue = dialogue.Title, proposal.Title, proposal.AuthorId, proposal.CreatedAt })
            .Take(count).ToListAsync(cancellationToken);
        var names = await ParticipantNames.LoadAsync(db, rows.Select(r => r.AuthorId), cancellationToken);
        return [.. rows.Select(r => new OrganisationContribution(ItemKind.Proposal, r.Id.Value, r.Dialogue, $"dialogues/{r.DialogueId.Value}#proposal-{r.Id.Value}",
            r.Title, names.GetValueOrDefault(r.AuthorId, ""), r.CreatedAt))];
    }

    /// <summary>The current support count of one proposal and whether the reader supports it.</summary>
    public async Task<(int Supports, bool Mine)> SupportOfAsync(ProposalId proposalId, CancellationToken cancellationToken = default)
    {
        var me = await currentActor.UserIdAsync();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var supports = db.ProposalSupports.Where(s => s.ProposalId == proposalId);
        return (await supports.CountAsync(cancellationToken), me is { } id && await supports.AnyAsync(s => s.UserId == id, cancellationToken));
    }

    private static async Task<(Dialogue, Proposal)> LoadAsync(AppDbContext db, ProposalId proposalId, Actor actor, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.AsNoTracking().SingleOrNotFoundAsync(p => p.Id == proposalId, cancellationToken);
        var dialogue = await DiscussionService.VisibleDialogueAsync(db, proposal.DialogueId, actor, cancellationToken);
        return (dialogue, proposal);
    }
}
