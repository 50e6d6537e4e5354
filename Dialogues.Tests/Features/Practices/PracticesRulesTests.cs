using Dialogues.App.Features.DialogueSpaces;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Features.Practices;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Practices;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.Tests.Features.Practices;

/// <summary>Review, "I want this here" and dialogues opened from practices, on the server with the real database.</summary>
public class PracticesRulesTests(AppHost host) : IClassFixture<AppHost>
{
    [Fact]
    public async Task AProposal_IsSeenOnlyByItsProposerAndStaff_UntilPublished_AndTheProposerHearsOfIt()
    {
        var cast = await PracticesCast.CreateAsync(host);
        var id = await cast.ProposeAsync(host, "Betri Reykjavík за Ботевград");
        var stranger = await host.CreateUserAsync();

        foreach (var reader in new[] { null, stranger })
        {
            await using var scope = host.As(reader);
            Assert.Null(await scope.Get<PracticesService>().FindAsync(id));
            Assert.DoesNotContain((await scope.Get<PracticesService>().ListAsync(new PracticeFilter(), 0, 100)).Items, p => p.Id == id);
        }
        await using (var scope = host.As(stranger))
        {
            Assert.Equal(DomainErrors.Forbidden, (await Assert.ThrowsAsync<DomainException>(() => scope.Get<PracticesService>().ReviewQueueAsync(0, 10))).Code);
            Assert.Equal(DomainErrors.Forbidden, (await Assert.ThrowsAsync<DomainException>(() => scope.Get<PracticesService>().PublishAsync(id, null))).Code);
        }
        await using (var scope = host.As(cast.Official))
        {
            Assert.Contains((await scope.Get<PracticesService>().ReviewQueueAsync(0, 100)).Items, p => p.Id == id);
            Assert.True((await scope.Get<PracticesService>().FindAsync(id))!.CanReview);
            await scope.Get<PracticesService>().PublishAsync(id, cast.Reference.Departments[1].Id);
        }

        await using (var guest = host.As(null))
        {
            Assert.Contains((await guest.Get<PracticesService>().ListAsync(new PracticeFilter(Method: ParticipationMethod.OnlineConsultation), 0, 100)).Items, p => p.Id == id);
            Assert.DoesNotContain((await guest.Get<PracticesService>().ListAsync(new PracticeFilter(Method: ParticipationMethod.OpenData), 0, 100)).Items, p => p.Id == id);
        }
        await using var db = host.Db();
        Assert.Equal("Practice.Published", (await db.Notifications.SingleAsync(n => n.UserId == cast.Resident.Id && n.SubjectId == id.Value)).Template);
    }

    [Fact]
    public async Task ADeclinedProposal_ShowsItsProposerTheReason_AndADeclineWithoutReasonChangesNothing()
    {
        var cast = await PracticesCast.CreateAsync(host);
        var id = await cast.ProposeAsync(host, "Практика без достатъчно източници");
        await using (var scope = host.As(cast.Official))
        {
            var refused = await Assert.ThrowsAsync<DomainException>(() => scope.Get<PracticesService>().DeclineAsync(id, " "));
            Assert.Equal(DomainErrors.PracticeDeclineReasonLength, refused.Code);
            Assert.Null((await scope.Get<PracticesService>().FindAsync(id))!.Practice.DeclinedAt);
            await scope.Get<PracticesService>().DeclineAsync(id, "Вече има такава практика в библиотеката.");
        }

        await using var own = host.As(cast.Resident);
        var details = (await own.Get<PracticesService>().FindAsync(id))!;
        Assert.Equal(("Вече има такава практика в библиотеката.", false), (details.Practice.DeclineReason, details.CanEdit));
        Assert.Contains((await own.Get<PracticesService>().MineAsync(0, 10)).Items, p => p.Id == id && p.DeclinedAt != null);
    }

    [Fact]
    public async Task WhenEnoughWantItHere_TheDepartmentHearsOnce_EvenWhenTheyArriveAtOnce()
    {
        var cast = await PracticesCast.CreateAsync(host);
        var id = await cast.PublishedAsync(host, "Бюджет за участие за селата");
        var colleague = await host.CreateUserAsync(roles: [Role.Official], department: cast.Reference.Departments[1].Id);
        var residents = await host.CreateResidentsAsync(Practice.WantThreshold + 2);

        foreach (var person in residents.Take(Practice.WantThreshold - 2))
        {
            await using var scope = host.As(person);
            await scope.Get<PracticesService>().WantAsync(id);
        }
        // The last four at once: the threshold is crossed in a race, and told once.
        var last = await host.ActAsync<PracticesService>(residents.Skip(Practice.WantThreshold - 2), practices => practices.WantAsync(id));
        Assert.All(last, Assert.Null);
        await using (var again = host.As(residents[0]))
        {
            var twice = await Assert.ThrowsAsync<DomainException>(() => again.Get<PracticesService>().WantAsync(id));
            Assert.Equal(DomainErrors.PracticeAlreadyWanted, twice.Code);
            await again.Get<PracticesService>().UnwantAsync(id);
        }

        await using var db = host.Db();
        Assert.Equal(Practice.WantThreshold + 1, (await db.Practices.SingleAsync(p => p.Id == id)).WantCount);
        Assert.Equal(Practice.WantThreshold + 1, await db.PracticeWants.CountAsync(w => w.PracticeId == id));
        var told = await db.Notifications.Where(n => n.SubjectId == id.Value && n.Template == "Practice.Wanted").Select(n => n.UserId).ToListAsync();
        // Every official of the department (other tests add theirs to the same one) hears once.
        Assert.Superset(new HashSet<UserId> { cast.Official.Id, colleague.Id }, told.ToHashSet());
        Assert.Equal(told.Count, told.Distinct().Count());
        Assert.DoesNotContain(residents[0].Id, told);
    }

    [Fact]
    public async Task StaffOpenADialogueFromAPractice_Once_AsADraftThatLinksBack()
    {
        var cast = await PracticesCast.CreateAsync(host);
        var id = await cast.PublishedAsync(host, "Моят квартал в Рейкявик");
        await using (var resident = host.As(cast.Resident))
        {
            Assert.Equal(DomainErrors.Forbidden, (await Assert.ThrowsAsync<DomainException>(() => resident.Get<PracticesService>().OpenDialogueAsync(id))).Code);
        }

        await using var scope = host.As(cast.Official);
        var attempts = await host.ActAsync<PracticesService>([cast.Official, cast.Official], practices => practices.OpenDialogueAsync(id));

        Assert.Equal([null, DomainErrors.PracticeDialogueAlreadyOpened], attempts.OrderBy(code => code));
        await using var db = host.Db();
        var practice = await db.Practices.SingleAsync(p => p.Id == id);
        var dialogue = await db.Dialogues.SingleAsync(d => d.Id == practice.DialogueId);
        Assert.Equal(("Да въведем ли „Моят квартал в Рейкявик“ в Ботевград?", null), (dialogue.Title, dialogue.PublishedAt));
        Assert.Contains($"practices/{id}", dialogue.Body);
        var details = (await scope.Get<PracticesService>().FindAsync(id))!;
        Assert.Equal(dialogue.Title, details.DialogueTitle);
        await using var guest = host.As(null);
        Assert.Null((await guest.Get<PracticesService>().FindAsync(id))!.DialogueTitle);
        Assert.Null(await guest.Get<DialoguesService>().FindAsync(dialogue.Id));
    }
}
