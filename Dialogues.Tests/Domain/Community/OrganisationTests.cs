using Dialogues.Domain.Community;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using static Dialogues.Tests.Domain.Participants.People;

namespace Dialogues.Tests.Domain.Community;

public class OrganisationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private static OrganisationDraft Draft(string? eik = "121604974", OrganisationKind kind = OrganisationKind.Ngo, string name = "Сдружение „Зелен Ботевград“") =>
        new(name, kind, eik, "Мария Петрова", "info@zelen-botevgrad.bg", "0888 123 456", "ул. „Васил Левски“ 1", "Залесяване и чисти реки.",
            [new PolicyAreaId(Guid.NewGuid())], [new SettlementId(Guid.NewGuid())], ["https://zelen-botevgrad.bg"]);

    [Theory]
    [InlineData("831641791", true)]
    [InlineData("121604974", true)]
    [InlineData("131468980", true)]
    [InlineData("BG 131 468 980", true)]
    [InlineData("8316417911009", true)]
    [InlineData("8316417911010", false)]
    [InlineData("831641792", false)]
    [InlineData("83164179", false)]
    [InlineData("83164179a", false)]
    public void TheEik_IsCheckedByItsCheckDigit(string given, bool valid) =>
        Assert.Equal(valid, Eik.IsValid(Eik.Normalize(given)!));

    [Theory]
    [InlineData("831641792", OrganisationKind.Ngo, DomainErrors.OrganisationEikInvalid)]
    [InlineData(null, OrganisationKind.Business, DomainErrors.OrganisationEikRequired)]
    [InlineData("831641791", OrganisationKind.InformalGroup, DomainErrors.OrganisationInformalHasNoEik)]
    public void ARegisteredOrganisationNeedsAValidCode_AndAnInformalGroupHasNone(string? eik, OrganisationKind kind, string refusal)
    {
        var refused = Assert.Throws<DomainException>(() => Organisation.Register(Resident(), Draft(eik, kind), eikTaken: false, Now));
        Assert.Equal(refusal, refused.Code);
        Assert.Equal(OrganisationKind.InformalGroup, Organisation.Register(Resident(), Draft(null, OrganisationKind.InformalGroup), false, Now).Kind);
        Assert.Equal(DomainErrors.OrganisationEikTaken, Assert.Throws<DomainException>(() => Organisation.Register(Resident(), Draft(), eikTaken: true, Now)).Code);
    }

    [Fact]
    public void BadContactsAndLinks_AreRefused()
    {
        Assert.Equal(DomainErrors.OrganisationEmailInvalid,
            Assert.Throws<DomainException>(() => Organisation.Register(Resident(), Draft() with { Email = "не е адрес" }, false, Now)).Code);
        Assert.Equal(DomainErrors.OrganisationLinkInvalid,
            Assert.Throws<DomainException>(() => Organisation.Register(Resident(), Draft() with { Links = ["javascript:alert(1)"] }, false, Now)).Code);
    }

    [Fact]
    public void TheFounderOwnsIt_AndChangingTheNameOrCodeTakesTheBadgeAway()
    {
        var founder = Resident();
        var organisation = Organisation.Register(founder, Draft(), false, Now);
        Assert.Equal(MemberRole.Owner, organisation.RoleOf(founder.Id));
        Assert.Equal("121604974", organisation.Eik);

        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() => organisation.Verify(founder, Now)).Code);
        organisation.Verify(Administrator(), Now);
        organisation.Edit(founder, Draft() with { Description = "Нов текст" }, false, Now);
        Assert.True(organisation.IsVerified);
        organisation.Edit(founder, Draft(name: "Сдружение „Зелен Ботевград 2“"), false, Now);
        Assert.False(organisation.IsVerified);
        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() => organisation.Edit(Resident(), Draft(), false, Now)).Code);
    }

    [Fact]
    public void AnInvitation_IsAcceptedOnlyFromTheInvitedAddress_BeforeItExpires()
    {
        var founder = Resident();
        var organisation = Organisation.Register(founder, Draft(), false, Now);
        var invitee = Resident("Поканен");
        var invitation = organisation.Invite(founder, "Pokanen@Example.bg", [], Now);
        Assert.Equal("pokanen@example.bg", invitation.Email);
        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() => organisation.Invite(invitee, "x@example.bg", [], Now)).Code);

        Assert.Equal(DomainErrors.OrganisationInvitationInvalid,
            Assert.Throws<DomainException>(() => organisation.AcceptInvitation(invitee, "other@example.bg", invitation.Id, Now)).Code);
        Assert.Equal(DomainErrors.OrganisationInvitationInvalid,
            Assert.Throws<DomainException>(() => organisation.AcceptInvitation(invitee, "pokanen@example.bg", invitation.Id, Now + Organisation.InvitationValidity)).Code);
        organisation.AcceptInvitation(invitee, "POKANEN@example.bg", invitation.Id, Now.AddDays(1));

        Assert.Equal(MemberRole.Member, organisation.RoleOf(invitee.Id));
        Assert.True(organisation.MaySpeakFor(invitee.Id));
        Assert.Empty(organisation.Invitations);
        Assert.Equal(DomainErrors.OrganisationAlreadyMember,
            Assert.Throws<DomainException>(() => organisation.Invite(founder, "pokanen@example.bg", ["pokanen@example.bg"], Now)).Code);
    }

    [Fact]
    public void AJoinRequest_WaitsForAnAdmin_AndIsAskedOnce()
    {
        var founder = Resident();
        var organisation = Organisation.Register(founder, Draft(), false, Now);
        var asker = Resident("Кандидат");
        organisation.RequestToJoin(asker, Now);
        Assert.Equal(DomainErrors.OrganisationJoinPending, Assert.Throws<DomainException>(() => organisation.RequestToJoin(asker, Now)).Code);
        Assert.False(organisation.MaySpeakFor(asker.Id));
        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() => organisation.Approve(asker, asker.Id, Now)).Code);

        organisation.Approve(founder, asker.Id, Now);

        Assert.True(organisation.MaySpeakFor(asker.Id));
        Assert.Empty(organisation.JoinRequests);
    }

    [Fact]
    public void OnlyOwnersHandleOwners_AndTheLastOwnerNeverLeaves()
    {
        var owner = Resident("Собственик");
        var organisation = Organisation.Register(owner, Draft(), false, Now);
        var admin = Resident("Админ на сдружението");
        var member = Resident("Член");
        foreach (var person in new[] { admin, member })
        {
            organisation.RequestToJoin(person, Now);
            organisation.Approve(owner, person.Id, Now);
        }
        organisation.ChangeRole(owner, admin.Id, MemberRole.Admin, Now);

        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() => organisation.ChangeRole(admin, member.Id, MemberRole.Owner, Now)).Code);
        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() => organisation.Remove(admin, owner.Id, Now)).Code);
        Assert.Equal(DomainErrors.OrganisationLastOwner, Assert.Throws<DomainException>(() => organisation.Remove(owner, owner.Id, Now)).Code);
        Assert.Equal(DomainErrors.OrganisationLastOwner, Assert.Throws<DomainException>(() => organisation.ChangeRole(owner, owner.Id, MemberRole.Admin, Now)).Code);

        organisation.Remove(admin, member.Id, Now);
        organisation.ChangeRole(owner, admin.Id, MemberRole.Owner, Now);
        organisation.Remove(owner, owner.Id, Now);

        Assert.Equal([(admin.Id, MemberRole.Owner)], organisation.Members.Select(m => (m.UserId, m.Role)));
    }
}
