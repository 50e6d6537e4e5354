using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Features.Community;
using Dialogues.App.Features.DialogueSpaces;
using Dialogues.App.Features.Meetings;
using Dialogues.App.Features.ReferenceData;
using Dialogues.Domain.Community;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Features.Community;

/// <summary>Registering, membership and verification of organisations, on the server with the real database.</summary>
public class OrganisationsRulesTests(AppHost host) : IClassFixture<AppHost>
{
    private static int _codes;

    /// <summary>A fresh valid code per test: the check digit computed as the register does.</summary>
    private static string NextEik()
    {
        var body = (20_000_000 + Interlocked.Increment(ref _codes)).ToString("00000000", System.Globalization.CultureInfo.InvariantCulture);
        for (var check = 0; check <= 9; check++)
        {
            if (Eik.IsValid(body + check))
            {
                return body + check;
            }
        }
        throw new InvalidOperationException("no check digit");
    }

    private async Task<OrganisationDraft> DraftAsync(string name, string? eik)
    {
        var reference = await host.Services.GetRequiredService<ReferenceCatalog>().GetAsync();
        return new OrganisationDraft(name, OrganisationKind.Ngo, eik, "Мария Петрова", "info@example.bg", null, null, "Опазване на реките.",
            [reference.PolicyAreas[1].Id], [reference.SettlementNamed("Врачеш")], ["https://example.bg"]);
    }

    [Fact]
    public async Task AnOrganisationIsRegisteredOncePerCode_AndOnlyItsAdminsChangeIt()
    {
        var founder = await host.CreateUserAsync("Основател Сдружение");
        var other = await host.CreateUserAsync("Друг Жител");
        var eik = NextEik();
        OrganisationId id;
        await using (var scope = host.As(founder))
        {
            id = await scope.Get<OrganisationsService>().RegisterAsync(await DraftAsync("Сдружение „Чисти реки“", eik));
        }
        await using (var scope = host.As(other))
        {
            var organisations = scope.Get<OrganisationsService>();
            var twice = await Assert.ThrowsAsync<DomainException>(async () => await organisations.RegisterAsync(await DraftAsync("Двойник", $"BG{eik}")));
            Assert.Equal(DomainErrors.OrganisationEikTaken, twice.Code);
            var edit = await Assert.ThrowsAsync<DomainException>(async () => await organisations.EditAsync(id, await DraftAsync("Чуждо име", eik)));
            Assert.Equal(DomainErrors.Forbidden, edit.Code);
            var details = (await organisations.FindAsync(id))!;
            Assert.Null(details.Members);
            Assert.False(details.CanManage);
        }

        await using var guest = host.As(null);
        var found = await guest.Get<OrganisationsService>().ListAsync(new OrganisationFilter(Search: "чисти"), 0, 10);
        Assert.Equal(("Сдружение „Чисти реки“", 1), (found.Items.Single().Name, found.Items.Single().Members));
        await using var db = host.Db();
        Assert.Equal(1, await db.Organisations.CountAsync(o => o.Eik == eik));
    }

    [Fact]
    public async Task AnInvitedPersonJoinsFromTheirOwnAccount_AndAJoinRequestWaitsForAnAdmin()
    {
        var owner = await host.CreateUserAsync("Собственик Покана");
        var invited = await host.CreateUserAsync("Поканен Член");
        var asker = await host.CreateUserAsync("Молещ Член");
        OrganisationId id;
        await using (var scope = host.As(owner))
        {
            id = await scope.Get<OrganisationsService>().RegisterAsync(await DraftAsync("Читалище „Развитие“", NextEik()));
            await scope.Get<OrganisationsService>().InviteAsync(id, invited.Email.ToUpperInvariant());
        }
        var mail = await MailPickup.WaitForAsync(host.MailFolder, invited.Email, m => m.Subject.Contains("Читалище „Развитие“"));
        var invitation = Guid.Parse(mail.FirstLink($"organisations/{id}").Split("invitation=")[1][..36]);

        await using (var scope = host.As(asker))
        {
            // Someone else's invitation does not let them in.
            var refused = await Assert.ThrowsAsync<DomainException>(() => scope.Get<OrganisationsService>().AcceptInvitationAsync(id, invitation));
            Assert.Equal(DomainErrors.OrganisationInvitationInvalid, refused.Code);
            await scope.Get<OrganisationsService>().RequestToJoinAsync(id);
        }
        await using (var scope = host.As(invited))
        {
            await scope.Get<OrganisationsService>().AcceptInvitationAsync(id, invitation);
            Assert.Equal(MemberRole.Member, (await scope.Get<OrganisationsService>().FindAsync(id))!.MyRole);
            // A member sees who the members are, but not who asks to join.
            Assert.Null((await scope.Get<OrganisationsService>().FindAsync(id))!.Requests);
            var approve = await Assert.ThrowsAsync<DomainException>(() => scope.Get<OrganisationsService>().ApproveAsync(id, asker.Id));
            Assert.Equal(DomainErrors.Forbidden, approve.Code);
        }
        await using (var scope = host.As(owner))
        {
            var details = (await scope.Get<OrganisationsService>().FindAsync(id))!;
            Assert.Equal(["Молещ Член"], details.Requests!.Select(r => r.Name));
            await scope.Get<OrganisationsService>().ApproveAsync(id, asker.Id);
        }
        await using (var scope = host.As(asker))
        {
            Assert.Contains((await scope.Get<OrganisationsService>().MineAsync()), o => o.Id == id);
            await scope.Get<OrganisationsService>().RemoveAsync(id, asker.Id);
        }

        await using var db = host.Db();
        var organisation = await db.Organisations.SingleAsync(o => o.Id == id);
        Assert.Equal([(owner.Id, MemberRole.Owner), (invited.Id, MemberRole.Member)], organisation.Members.OrderByDescending(m => m.Role).Select(m => (m.UserId, m.Role)));
        Assert.Empty(organisation.Invitations);
        Assert.Empty(organisation.JoinRequests);
    }

    [Fact]
    public async Task TheLogo_IsSetOnlyByThoseWhoKeepTheProfile_AndIsPublic()
    {
        var owner = await host.CreateUserAsync("Собственик Лого");
        var stranger = await host.CreateUserAsync("Непознат Лого");
        var picture = new UploadedFile("logo.jpg", FileInspector.Jpeg, await TestImages.JpegAsync());
        OrganisationId id;
        await using (var scope = host.As(owner))
        {
            id = await scope.Get<OrganisationsService>().RegisterAsync(await DraftAsync("Сдружение „С лого“", NextEik()));
            await scope.Get<OrganisationsService>().SetLogoAsync(id, picture);
        }
        await using (var scope = host.As(stranger))
        {
            var refused = await Assert.ThrowsAsync<DomainException>(() => scope.Get<OrganisationsService>().SetLogoAsync(id, picture));
            Assert.Equal(DomainErrors.Forbidden, refused.Code);
        }

        await using var db = host.Db();
        var logo = (await db.Organisations.SingleAsync(o => o.Id == id)).LogoId!.Value;
        Assert.False(await db.Attachments.AnyAsync(a => a.UploadedBy == stranger.Id), "a refused logo stores nothing");
        using var guest = new HttpSession(host.BaseUrl);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await guest.GetAsync(Attachments.UrlOf(logo))).StatusCode);
    }

    [Fact]
    public async Task OnlyAnAdministratorVerifies_AndANewNameTakesTheBadgeAway()
    {
        var owner = await host.CreateUserAsync("Собственик Значка");
        var administrator = await host.CreateUserAsync("Администратор Значка", [Role.Administrator]);
        var eik = NextEik();
        OrganisationId id;
        await using (var scope = host.As(owner))
        {
            id = await scope.Get<OrganisationsService>().RegisterAsync(await DraftAsync("Сдружение „Значка“", eik));
            var refused = await Assert.ThrowsAsync<DomainException>(() => scope.Get<OrganisationsService>().VerifyAsync(id));
            Assert.Equal(DomainErrors.Forbidden, refused.Code);
        }
        await using (var scope = host.As(administrator))
        {
            await scope.Get<OrganisationsService>().VerifyAsync(id);
        }
        await using (var scope = host.As(null))
        {
            Assert.True((await scope.Get<OrganisationsService>().ListAsync(new OrganisationFilter(Search: eik), 0, 10)).Items.Single().IsVerified);
        }
        await using (var scope = host.As(owner))
        {
            await scope.Get<OrganisationsService>().EditAsync(id, await DraftAsync("Сдружение „Нова значка“", eik));
        }

        await using var db = host.Db();
        Assert.Null((await db.Organisations.SingleAsync(o => o.Id == id)).VerifiedAt);
    }

    [Fact]
    public async Task AMemberProposesForTheirOrganisation_ItsPageListsIt_AndANonMemberMayNot()
    {
        var official = await host.CreateUserAsync(roles: [Role.Official]);
        var member = await host.CreateUserAsync("Член Предложител");
        OrganisationId organisation;
        await using (var scope = host.As(member))
        {
            organisation = await scope.Get<OrganisationsService>().RegisterAsync(new OrganisationDraft("Сдружение „Чешми за селата“", OrganisationKind.InformalGroup, null,
                null, null, null, null, null, [], [], []));
        }
        var open = await DialogueSpaces.DialogueSpacesCast.OpenAsync(host, official, "Вода на площадите");
        var draft = await DialogueSpaces.DialogueSpacesCast.OpenAsync(host, official, "Непубликуван диалог за чешми", publish: false);
        const string Body = "Предлагаме чешма с питейна вода на всеки площад в селата.";

        await using (var scope = host.As(member))
        {
            await scope.Get<ProposalsService>().SubmitAsync(open, "Чешма на всеки площад", Body, organisation: organisation);
        }
        await using (var scope = host.As(official))
        {
            // Staff may propose in a dialogue still being prepared, but not for an organisation they do not belong to.
            var refused = await Assert.ThrowsAsync<DomainException>(() => scope.Get<ProposalsService>().SubmitAsync(draft, "Чужда чешма", Body, organisation: organisation));
            Assert.Equal(DomainErrors.OrganisationNotYours, refused.Code);
        }

        await using var guest = host.As(null);
        var shown = Assert.Single((await guest.Get<ProposalsService>().ListAsync(open, 0, 10)).Items);
        Assert.Equal((organisation, "Сдружение „Чешми за селата“"), (shown.OrganisationId, shown.OrganisationName));
        var listed = Assert.Single(await guest.Get<ProposalsService>().ByOrganisationAsync(organisation, 10));
        Assert.Equal(("Вода на площадите", "Чешма на всеки площад", $"dialogues/{open.Value}#proposal-{shown.Id.Value}"), (listed.PlaceTitle, listed.Excerpt, listed.Link));
    }

    [Fact]
    public async Task AnOfficialWhoIsAMember_AnnouncesAnEventForTheOrganisation_NotForTheMunicipality_AndItsPageListsIt()
    {
        var cast = await Meetings.MeetingsCast.CreateAsync(host);
        OrganisationId organisation;
        await using (var scope = host.As(cast.Official))
        {
            organisation = await scope.Get<OrganisationsService>().RegisterAsync(new OrganisationDraft("Читалищен хор „Звънче“", OrganisationKind.InformalGroup, null,
                null, null, null, null, null, [], [], []));
        }

        var id = await cast.AnnounceAsync(host, "Коледен концерт на хора", organiser: cast.Official, organisation: organisation);
        var refused = await Assert.ThrowsAsync<DomainException>(() => cast.AnnounceAsync(host, "Чужд концерт от името на хора", organiser: cast.Resident, organisation: organisation));

        Assert.Equal(DomainErrors.OrganisationNotYours, refused.Code);
        await using var guest = host.As(null);
        var row = Assert.Single((await guest.Get<MeetingsService>().ListAsync(new MeetingFilter(MeetingPeriod.Upcoming), 0, 100)).Items, r => r.Id == id);
        Assert.Equal("Читалищен хор „Звънче“", row.CommunityOrganiser);
        var details = await guest.Get<MeetingsService>().FindAsync(id);
        Assert.Equal((false, organisation), (details!.Event.ByMunicipality, details.Event.OrganisationId));
        var listed = Assert.Single(await guest.Get<MeetingsService>().ByOrganisationAsync(organisation, 10));
        Assert.Equal(("Коледен концерт на хора", $"events/{id.Value}"), (listed.PlaceTitle, listed.Link));
        await using var db = host.Db();
        Assert.False(await db.Meetings.AnyAsync(m => m.Title == "Чужд концерт от името на хора"));
    }
}
