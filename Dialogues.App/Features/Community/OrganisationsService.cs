using Dialogues.App.Features.Accounts;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Email;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Community;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dialogues.App.Features.Community;

public sealed record OrganisationFilter(OrganisationKind? Kind = null, PolicyAreaId? Area = null, SettlementId? Settlement = null, string? Search = null);

public sealed record OrganisationRow(OrganisationId Id, string Name, OrganisationKind Kind, bool IsVerified, IReadOnlyList<SettlementId> Settlements,
    IReadOnlyList<PolicyAreaId> Areas, int Members);

public sealed record SettlementCount(SettlementId Settlement, int Organisations);

public sealed record MemberView(UserId UserId, string Name, MemberRole Role, DateTimeOffset JoinedAt);

public sealed record RequestView(UserId UserId, string Name, DateTimeOffset RequestedAt);

/// <summary>
/// An organisation's page for one reader. Who the members are is shown to its members and to administrators; others
/// see how many there are and the representative the organisation names.
/// </summary>
public sealed record OrganisationDetails(Organisation Organisation, MemberRole? MyRole, bool CanManage, bool AskedToJoin,
    IReadOnlyList<MemberView>? Members, IReadOnlyList<RequestView>? Requests);

/// <summary>Organisations: registered by anyone taking part, kept by their owners and admins, verified by administrators.</summary>
public sealed class OrganisationsService(
    IDbContextFactory<AppDbContext> databases,
    CurrentActor currentActor,
    Attachments attachments,
    EmailComposer composer,
    IEmailSender sender,
    PublicUrl urls,
    IStringLocalizer<CommunityText> text,
    TimeProvider clock)
{
    public async Task<Page<OrganisationRow>> ListAsync(OrganisationFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await Filtered(db, filter)
            .OrderByDescending(o => o.VerifiedAt != null).ThenBy(o => o.Name)
            .Select(o => new OrganisationRow(o.Id, o.Name, o.Kind, o.VerifiedAt != null, o.Settlements, o.Areas, o.Members.Count))
            .ToPageAsync(skip, take, cancellationToken);
    }

    /// <summary>How many organisations of the filter (whatever its settlement) work in each settlement, for the map.</summary>
    public async Task<IReadOnlyList<SettlementCount>> SettlementCountsAsync(OrganisationFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var places = await Filtered(db, filter with { Settlement = null }).Select(o => o.Settlements).ToListAsync(cancellationToken);
        return places.SelectMany(p => p).GroupBy(s => s).Select(g => new SettlementCount(g.Key, g.Count())).ToList();
    }

    private static IQueryable<Organisation> Filtered(AppDbContext db, OrganisationFilter filter)
    {
        var organisations = db.Organisations.AsNoTracking();
        if (filter.Kind is { } kind)
        {
            organisations = organisations.Where(o => o.Kind == kind);
        }
        if (filter.Area is { } area)
        {
            organisations = organisations.Where(o => o.Areas.Contains(area));
        }
        if (filter.Settlement is { } settlement)
        {
            organisations = organisations.Where(o => o.Settlements.Contains(settlement));
        }
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var search = filter.Search.Trim().ToLowerInvariant();
            var code = Eik.Normalize(search);
            organisations = organisations.Where(o => o.SearchName.Contains(search) || o.Eik == code);
        }
        return organisations;
    }

    /// <summary>The organisations the reader belongs to, to act on behalf of one.</summary>
    public async Task<IReadOnlyList<OrganisationRow>> MineAsync(CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.FindAsync(cancellationToken);
        if (actor is null)
        {
            return [];
        }
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Organisations.AsNoTracking().Where(o => o.Members.Any(m => m.UserId == actor.Id)).OrderBy(o => o.Name)
            .Select(o => new OrganisationRow(o.Id, o.Name, o.Kind, o.VerifiedAt != null, o.Settlements, o.Areas, o.Members.Count))
            .ToListAsync(cancellationToken);
    }

    public async Task<OrganisationDetails?> FindAsync(OrganisationId id, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.FindAsync(cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return null;
        }
        var role = organisation.RoleOf(actor?.Id);
        var canManage = organisation.MayManage(actor);
        IReadOnlyList<MemberView>? members = null;
        IReadOnlyList<RequestView>? requests = null;
        if (role is not null || actor is { IsAdministrator: true })
        {
            var names = await ParticipantNames.LoadAsync(db, [.. organisation.Members.Select(m => m.UserId), .. organisation.JoinRequests.Select(r => r.UserId)], cancellationToken);
            members = organisation.Members.OrderByDescending(m => m.Role).ThenBy(m => m.JoinedAt)
                .Select(m => new MemberView(m.UserId, names.GetValueOrDefault(m.UserId, ""), m.Role, m.JoinedAt)).ToList();
            requests = canManage
                ? organisation.JoinRequests.OrderBy(r => r.RequestedAt).Select(r => new RequestView(r.UserId, names.GetValueOrDefault(r.UserId, ""), r.RequestedAt)).ToList()
                : null;
        }
        return new OrganisationDetails(organisation, role, canManage, actor is not null && organisation.JoinRequests.Any(r => r.UserId == actor.Id), members, requests);
    }

    /// <param name="submission">The form's own id: sent twice, the organisation is registered once.</param>
    public async Task<OrganisationId> RegisterAsync(OrganisationDraft draft, Guid? submission = null, CancellationToken cancellationToken = default)
    {
        var founder = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var id = new OrganisationId(submission ?? Guid.NewGuid());
        if (await db.Organisations.AnyAsync(o => o.Id == id && o.CreatedBy == founder.Id, cancellationToken))
        {
            return id;
        }
        await RequireReferenceAsync(db, draft, cancellationToken);
        var organisation = Organisation.Register(founder, draft, await EikTakenAsync(db, draft.Eik, null, cancellationToken), clock.GetUtcNow(), id);
        db.Organisations.Add(organisation);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (DbErrors.IsUniqueViolation(error))
        {
            // Two people registering the same code at once: the second is told it exists.
            throw new DomainException(DomainErrors.OrganisationEikTaken);
        }
        return organisation.Id;
    }

    public async Task EditAsync(OrganisationId id, OrganisationDraft draft, CancellationToken cancellationToken = default)
    {
        var editor = await currentActor.RequireAsync(cancellationToken);
        await ChangeAsync(id, async (db, organisation) =>
        {
            await RequireReferenceAsync(db, draft, cancellationToken);
            organisation.Edit(editor, draft, await EikTakenAsync(db, draft.Eik, id, cancellationToken), clock.GetUtcNow());
        }, cancellationToken);
    }

    /// <summary>A new logo (a picture, checked like every upload), or none. Refused before anything is stored for someone who may not change it.</summary>
    public async Task SetLogoAsync(OrganisationId id, UploadedFile? logo, CancellationToken cancellationToken = default)
    {
        var editor = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            var organisation = await db.Organisations.AsNoTracking().SingleOrNotFoundAsync(o => o.Id == id, cancellationToken);
            DomainException.ThrowIf(!organisation.MayManage(editor), DomainErrors.Forbidden);
        }
        var stored = logo is null ? (AttachmentId?)null : await attachments.StoreAsync(editor.Id, logo, cancellationToken);
        await ChangeAsync(id, (_, organisation) => Done(() => organisation.SetLogo(editor, stored, clock.GetUtcNow())), cancellationToken);
    }

    public async Task VerifyAsync(OrganisationId id, CancellationToken cancellationToken = default)
    {
        var administrator = await currentActor.RequireAsync(cancellationToken);
        await ChangeAsync(id, (_, organisation) => Done(() => organisation.Verify(administrator, clock.GetUtcNow())), cancellationToken);
    }

    public async Task UnverifyAsync(OrganisationId id, CancellationToken cancellationToken = default)
    {
        var administrator = await currentActor.RequireAsync(cancellationToken);
        await ChangeAsync(id, (_, organisation) => Done(() => organisation.Unverify(administrator)), cancellationToken);
    }

    /// <summary>Invites a person by email; the link takes them to the organisation, where they accept from their own account.</summary>
    public async Task InviteAsync(OrganisationId id, string? email, CancellationToken cancellationToken = default)
    {
        var inviter = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        OrganisationInvitation? invitation = null;
        string name = "";
        await ChangeAsync(id, async (db, organisation) =>
        {
            var memberIds = organisation.Members.Select(m => m.UserId.Value).ToList();
            var memberEmails = await db.Users.Where(u => memberIds.Contains(u.Id)).Select(u => u.Email!).ToListAsync(cancellationToken);
            invitation = organisation.Invite(inviter, email, memberEmails, clock.GetUtcNow());
            name = organisation.Name;
        }, cancellationToken);
        var link = urls.To($"organisations/{id}?invitation={invitation!.Id}");
        await sender.SendAsync(composer.Compose(invitation.Email, text["Invite.Subject", name],
            [text["Invite.Body", inviter.DisplayName, name, (int)Organisation.InvitationValidity.TotalDays]], new EmailAction(text["Invite.Action"], link)), cancellationToken);
    }

    public async Task AcceptInvitationAsync(OrganisationId id, Guid invitation, CancellationToken cancellationToken = default)
    {
        var person = await currentActor.RequireAsync(cancellationToken);
        await ChangeAsync(id, async (db, organisation) =>
        {
            var email = await db.Users.Where(u => u.Id == person.Id.Value).Select(u => u.Email!).SingleAsync(cancellationToken);
            organisation.AcceptInvitation(person, email, invitation, clock.GetUtcNow());
        }, cancellationToken);
    }

    public async Task RequestToJoinAsync(OrganisationId id, CancellationToken cancellationToken = default)
    {
        var person = await currentActor.RequireToAsync(Participation.Post, cancellationToken);
        await ChangeAsync(id, (_, organisation) => Done(() => organisation.RequestToJoin(person, clock.GetUtcNow())), cancellationToken);
    }

    public async Task ApproveAsync(OrganisationId id, UserId person, CancellationToken cancellationToken = default)
    {
        var admin = await currentActor.RequireAsync(cancellationToken);
        await ChangeAsync(id, (_, organisation) => Done(() => organisation.Approve(admin, person, clock.GetUtcNow())), cancellationToken);
    }

    public async Task DeclineAsync(OrganisationId id, UserId person, CancellationToken cancellationToken = default)
    {
        var admin = await currentActor.RequireAsync(cancellationToken);
        await ChangeAsync(id, (_, organisation) => Done(() => organisation.Decline(admin, person)), cancellationToken);
    }

    public async Task ChangeRoleAsync(OrganisationId id, UserId member, MemberRole role, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAsync(cancellationToken);
        await ChangeAsync(id, (_, organisation) => Done(() => organisation.ChangeRole(actor, member, role, clock.GetUtcNow())), cancellationToken);
    }

    /// <summary>Removes a member, or the reader themself when <paramref name="member"/> is their own id; leaving is allowed while suspended.</summary>
    public async Task RemoveAsync(OrganisationId id, UserId member, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.RequireAccountAsync(cancellationToken);
        if (actor.Id != member)
        {
            actor = await currentActor.RequireAsync(cancellationToken);
        }
        await ChangeAsync(id, (_, organisation) => Done(() => organisation.Remove(actor, member, clock.GetUtcNow())), cancellationToken);
    }

    private static async Task<bool> EikTakenAsync(AppDbContext db, string? eik, OrganisationId? except, CancellationToken cancellationToken)
    {
        var code = Eik.Normalize(eik);
        return code is not null && await db.Organisations.AnyAsync(o => o.Eik == code && o.Id != except, cancellationToken);
    }

    private static async Task RequireReferenceAsync(AppDbContext db, OrganisationDraft draft, CancellationToken cancellationToken)
    {
        var areas = draft.Areas.Distinct().ToList();
        var settlements = draft.Settlements.Distinct().ToList();
        DomainException.ThrowIf(await db.PolicyAreas.CountAsync(a => areas.Contains(a.Id), cancellationToken) != areas.Count
            || await db.Settlements.CountAsync(s => settlements.Contains(s.Id), cancellationToken) != settlements.Count, DomainErrors.NotFound);
    }

    private static Task Done(Action change)
    {
        change();
        return Task.CompletedTask;
    }

    private Task ChangeAsync(OrganisationId id, Func<AppDbContext, Organisation, Task> change, CancellationToken cancellationToken) =>
        databases.ChangeAsync(db => db.Organisations.SingleOrNotFoundAsync(o => o.Id == id, cancellationToken), change, cancellationToken);
}
