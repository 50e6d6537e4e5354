using System.Net.Mail;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.Domain.Community;

public readonly record struct OrganisationId(Guid Value) : IEntityId<OrganisationId>
{
    public static OrganisationId From(Guid value) => new(value);

    public static OrganisationId New() => new(Guid.NewGuid());

    public override string ToString() => Value.ToString();
}

public enum OrganisationKind
{
    Ngo,
    Business,
    CommunityCentre,
    InformalGroup,
    LocalActionGroup,
    PublicBody,
}

/// <summary>A member's rights in an organisation: owners may do all, admins manage members and the profile, members speak for it.</summary>
public enum MemberRole
{
    Member,
    Admin,
    Owner,
}

/// <summary>What an organisation's profile says about it.</summary>
public sealed record OrganisationDraft(
    string? Name,
    OrganisationKind Kind,
    string? Eik,
    string? Representative,
    string? Email,
    string? Phone,
    string? Address,
    string? Description,
    IReadOnlyList<PolicyAreaId> Areas,
    IReadOnlyList<SettlementId> Settlements,
    IReadOnlyList<string> Links);

/// <summary>A person in an organisation: each with their own account, never a shared login.</summary>
public sealed class OrganisationMember
{
    private OrganisationMember()
    {
    }

    internal OrganisationMember(OrganisationId organisation, UserId user, MemberRole role, DateTimeOffset now) =>
        (OrganisationId, UserId, Role, JoinedAt) = (organisation, user, role, now);

    public OrganisationId OrganisationId { get; private set; }

    public UserId UserId { get; private set; }

    public MemberRole Role { get; internal set; }

    public DateTimeOffset JoinedAt { get; private set; }
}

/// <summary>An invitation by email to join as a member; it holds for <see cref="Organisation.InvitationValidity"/>.</summary>
public sealed class OrganisationInvitation
{
    private OrganisationInvitation() => Email = "";

    internal OrganisationInvitation(OrganisationId organisation, string email, UserId invitedBy, DateTimeOffset now) =>
        (Id, OrganisationId, Email, InvitedBy, InvitedAt, ExpiresAt) = (Guid.NewGuid(), organisation, email, invitedBy, now, now + Organisation.InvitationValidity);

    public Guid Id { get; private set; }

    public OrganisationId OrganisationId { get; private set; }

    /// <summary>Lower case: an address is matched whatever case it was typed in.</summary>
    public string Email { get; private set; }

    public UserId InvitedBy { get; private set; }

    public DateTimeOffset InvitedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }
}

/// <summary>A person asking to join; an admin approves or declines.</summary>
public sealed class JoinRequest
{
    private JoinRequest()
    {
    }

    internal JoinRequest(OrganisationId organisation, UserId user, DateTimeOffset now) => (OrganisationId, UserId, RequestedAt) = (organisation, user, now);

    public OrganisationId OrganisationId { get; private set; }

    public UserId UserId { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }
}

/// <summary>
/// An organisation (НПО, business, читалище, informal group, local action group, public body) with a profile and
/// members who act on its behalf from their own accounts. Registered ones carry a valid ЕИК/БУЛСТАТ; an informal group
/// has none. An administrator verifies an organisation, and changing its name or code takes the badge away until it is
/// verified again, so the badge always vouches for what the profile says.
/// </summary>
public sealed class Organisation : AggregateRoot
{
    public const int NameMin = 2, NameMax = 200, RepresentativeMax = 150, ContactMax = 200, DescriptionMax = 5_000, MaxLinks = 10, LinkMax = 500;
    public static readonly TimeSpan InvitationValidity = TimeSpan.FromDays(14);

    private readonly List<OrganisationMember> _members = [];
    private readonly List<OrganisationInvitation> _invitations = [];
    private readonly List<JoinRequest> _joinRequests = [];
    private readonly List<PolicyAreaId> _areas = [];
    private readonly List<SettlementId> _settlements = [];
    private readonly List<string> _links = [];

    private Organisation() => Name = "";

    public OrganisationId Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The name in lower case, for a search that ignores case in Cyrillic too (SQLite's LIKE folds only ASCII).</summary>
    public string SearchName { get; private set; } = "";

    public OrganisationKind Kind { get; private set; }

    /// <summary>Digits only; null for an informal group.</summary>
    public string? Eik { get; private set; }

    public string? Representative { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public string? Address { get; private set; }

    public string? Description { get; private set; }

    public IReadOnlyList<PolicyAreaId> Areas => _areas;

    public IReadOnlyList<SettlementId> Settlements => _settlements;

    public IReadOnlyList<string> Links => _links;

    public AttachmentId? LogoId { get; private set; }

    public UserId CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? VerifiedAt { get; private set; }

    public UserId? VerifiedBy { get; private set; }

    public bool IsVerified => VerifiedAt is not null;

    public IReadOnlyList<OrganisationMember> Members => _members;

    public IReadOnlyList<OrganisationInvitation> Invitations => _invitations;

    public IReadOnlyList<JoinRequest> JoinRequests => _joinRequests;

    public MemberRole? RoleOf(UserId? user) => _members.FirstOrDefault(m => m.UserId == user)?.Role;

    /// <summary>Whether the person may act on the organisation's behalf: any member may.</summary>
    public bool MaySpeakFor(UserId? user) => RoleOf(user) is not null;

    public bool MayManage(Actor? actor) => actor is not null && (RoleOf(actor.Id) is MemberRole.Admin or MemberRole.Owner || actor.IsAdministrator);

    /// <param name="eikTaken">Whether another organisation already has the code (the service asks the database).</param>
    public static Organisation Register(Actor founder, OrganisationDraft draft, bool eikTaken, DateTimeOffset now, OrganisationId? id = null)
    {
        var organisation = new Organisation { Id = id ?? OrganisationId.New(), CreatedBy = founder.Id, CreatedAt = now };
        organisation.Apply(draft, eikTaken, now);
        organisation._members.Add(new OrganisationMember(organisation.Id, founder.Id, MemberRole.Owner, now));
        organisation.Raise(new OrganisationRegistered(organisation.Id, founder.Id));
        return organisation;
    }

    public void Edit(Actor editor, OrganisationDraft draft, bool eikTaken, DateTimeOffset now)
    {
        EnsureManages(editor);
        var (name, eik) = (Name, Eik);
        Apply(draft, eikTaken, now);
        if (IsVerified && (name != Name || eik != Eik))
        {
            (VerifiedAt, VerifiedBy) = (null, null);
        }
        Raise(new OrganisationChanged(Id));
    }

    public void SetLogo(Actor editor, AttachmentId? logo, DateTimeOffset now)
    {
        EnsureManages(editor);
        (LogoId, UpdatedAt) = (logo, now);
        Raise(new OrganisationChanged(Id));
    }

    public void Verify(Actor administrator, DateTimeOffset now)
    {
        DomainException.ThrowIf(!administrator.IsAdministrator, DomainErrors.Forbidden);
        DomainException.ThrowIf(IsVerified, DomainErrors.OrganisationAlreadyVerified);
        (VerifiedAt, VerifiedBy) = (now, administrator.Id);
        Raise(new OrganisationVerified(Id));
    }

    public void Unverify(Actor administrator)
    {
        DomainException.ThrowIf(!administrator.IsAdministrator, DomainErrors.Forbidden);
        (VerifiedAt, VerifiedBy) = (null, null);
        Raise(new OrganisationChanged(Id));
    }

    /// <param name="memberEmails">The addresses of the accounts already members, so nobody is invited twice.</param>
    public OrganisationInvitation Invite(Actor inviter, string? email, IEnumerable<string> memberEmails, DateTimeOffset now)
    {
        EnsureManages(inviter);
        var address = NormalizeEmail(email) ?? throw new DomainException(DomainErrors.OrganisationEmailInvalid);
        DomainException.ThrowIf(memberEmails.Any(e => string.Equals(e, address, StringComparison.OrdinalIgnoreCase)), DomainErrors.OrganisationAlreadyMember);
        _invitations.RemoveAll(i => i.Email == address || i.ExpiresAt <= now);
        var invitation = new OrganisationInvitation(Id, address, inviter.Id, now);
        _invitations.Add(invitation);
        Raise(new MemberInvited(Id, invitation.Id, address));
        return invitation;
    }

    /// <summary>The invited person joins from their own account, which must have the invited address.</summary>
    public void AcceptInvitation(Actor person, string accountEmail, Guid invitationId, DateTimeOffset now)
    {
        var invitation = _invitations.FirstOrDefault(i => i.Id == invitationId);
        DomainException.ThrowIf(invitation is null || invitation.ExpiresAt <= now
            || !string.Equals(invitation.Email, accountEmail, StringComparison.OrdinalIgnoreCase), DomainErrors.OrganisationInvitationInvalid);
        _invitations.Remove(invitation!);
        Join(person.Id, now);
    }

    public void RequestToJoin(Actor person, DateTimeOffset now)
    {
        DomainException.ThrowIf(MaySpeakFor(person.Id), DomainErrors.OrganisationAlreadyMember);
        DomainException.ThrowIf(_joinRequests.Any(r => r.UserId == person.Id), DomainErrors.OrganisationJoinPending);
        _joinRequests.Add(new JoinRequest(Id, person.Id, now));
        Raise(new JoinRequested(Id, person.Id));
    }

    public void Approve(Actor admin, UserId person, DateTimeOffset now)
    {
        EnsureManages(admin);
        _joinRequests.Remove(PendingRequestOf(person));
        Join(person, now);
    }

    public void Decline(Actor admin, UserId person)
    {
        EnsureManages(admin);
        _joinRequests.Remove(PendingRequestOf(person));
        Raise(new OrganisationChanged(Id));
    }

    /// <summary>Admins make members admins and back; only an owner names or demotes owners, and one owner always remains.</summary>
    public void ChangeRole(Actor actor, UserId member, MemberRole role, DateTimeOffset now)
    {
        EnsureManages(actor);
        var target = MemberOf(member);
        DomainException.ThrowIf((role == MemberRole.Owner || target.Role == MemberRole.Owner) && !IsOwner(actor), DomainErrors.Forbidden);
        DomainException.ThrowIf(target.Role == MemberRole.Owner && role != MemberRole.Owner && OwnerCount == 1, DomainErrors.OrganisationLastOwner);
        target.Role = role;
        UpdatedAt = now;
        Raise(new OrganisationChanged(Id));
    }

    /// <summary>A member leaves, or an admin removes them (an owner only by an owner); the last owner cannot go.</summary>
    public void Remove(Actor actor, UserId member, DateTimeOffset now)
    {
        var target = MemberOf(member);
        if (actor.Id != member)
        {
            EnsureManages(actor);
            DomainException.ThrowIf(target.Role != MemberRole.Member && !IsOwner(actor), DomainErrors.Forbidden);
        }
        DomainException.ThrowIf(target.Role == MemberRole.Owner && OwnerCount == 1, DomainErrors.OrganisationLastOwner);
        _members.Remove(target);
        UpdatedAt = now;
        Raise(new MemberLeft(Id, member));
    }

    private int OwnerCount => _members.Count(m => m.Role == MemberRole.Owner);

    private bool IsOwner(Actor actor) => RoleOf(actor.Id) == MemberRole.Owner || actor.IsAdministrator;

    private void Join(UserId person, DateTimeOffset now)
    {
        DomainException.ThrowIf(MaySpeakFor(person), DomainErrors.OrganisationAlreadyMember);
        _members.Add(new OrganisationMember(Id, person, MemberRole.Member, now));
        UpdatedAt = now;
        Raise(new MemberJoined(Id, person));
    }

    private OrganisationMember MemberOf(UserId user) =>
        _members.FirstOrDefault(m => m.UserId == user) ?? throw new DomainException(DomainErrors.OrganisationNotMember);

    private JoinRequest PendingRequestOf(UserId user) =>
        _joinRequests.FirstOrDefault(r => r.UserId == user) ?? throw new DomainException(DomainErrors.NotFound);

    private void EnsureManages(Actor actor) => DomainException.ThrowIf(!MayManage(actor), DomainErrors.Forbidden);

    private void Apply(OrganisationDraft draft, bool eikTaken, DateTimeOffset now)
    {
        var eik = Community.Eik.Normalize(draft.Eik);
        if (draft.Kind == OrganisationKind.InformalGroup)
        {
            DomainException.ThrowIf(eik is not null, DomainErrors.OrganisationInformalHasNoEik);
        }
        else
        {
            DomainException.ThrowIf(eik is null, DomainErrors.OrganisationEikRequired);
            DomainException.ThrowIf(!Community.Eik.IsValid(eik!), DomainErrors.OrganisationEikInvalid);
            DomainException.ThrowIf(eikTaken, DomainErrors.OrganisationEikTaken);
        }
        var email = draft.Email is { } given && !string.IsNullOrWhiteSpace(given)
            ? NormalizeEmail(given) ?? throw new DomainException(DomainErrors.OrganisationEmailInvalid)
            : null;
        var links = draft.Links.Select(l => l?.Trim() ?? "").Where(l => l.Length > 0).Distinct().ToList();
        DomainException.ThrowIf(links.Count > MaxLinks || links.Any(l => l.Length > LinkMax || !WebAddress.IsValid(l)), DomainErrors.OrganisationLinkInvalid, MaxLinks);
        Name = Text.Required(draft.Name, NameMin, NameMax, DomainErrors.OrganisationNameLength);
        SearchName = Name.ToLowerInvariant();
        Representative = Text.Optional(draft.Representative, RepresentativeMax, DomainErrors.OrganisationContactLength);
        Phone = Text.Optional(draft.Phone, ContactMax, DomainErrors.OrganisationContactLength);
        Address = Text.Optional(draft.Address, ContactMax, DomainErrors.OrganisationContactLength);
        Description = Text.Optional(draft.Description, DescriptionMax, DomainErrors.OrganisationDescriptionLength);
        (Kind, Eik, Email, UpdatedAt) = (draft.Kind, eik, email, now);
        Replace(_areas, draft.Areas.Distinct());
        Replace(_settlements, draft.Settlements.Distinct());
        Replace(_links, links);
    }

    private static void Replace<T>(List<T> list, IEnumerable<T> items)
    {
        var fresh = items.ToList();
        list.Clear();
        list.AddRange(fresh);
    }

    private static string? NormalizeEmail(string? email)
    {
        var trimmed = email?.Trim() ?? "";
        return trimmed.Length is > 3 and <= ContactMax && MailAddress.TryCreate(trimmed, out var address) && address.Address == trimmed && address.Host.Contains('.')
            ? trimmed.ToLowerInvariant()
            : null;
    }
}

public sealed record OrganisationRegistered(OrganisationId OrganisationId, UserId Founder) : IDomainEvent;

public sealed record OrganisationChanged(OrganisationId OrganisationId) : IDomainEvent;

public sealed record OrganisationVerified(OrganisationId OrganisationId) : IDomainEvent;

public sealed record MemberInvited(OrganisationId OrganisationId, Guid InvitationId, string Email) : IDomainEvent;

public sealed record JoinRequested(OrganisationId OrganisationId, UserId UserId) : IDomainEvent;

public sealed record MemberJoined(OrganisationId OrganisationId, UserId UserId) : IDomainEvent;

public sealed record MemberLeft(OrganisationId OrganisationId, UserId UserId) : IDomainEvent;
