using Dialogues.App.Features.DialogueSpaces;
using Dialogues.Domain.Participants;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.Tests.Features.DialogueSpaces;

public class SupportConcurrencyTests(AppHost host) : IClassFixture<AppHost>
{
    [Fact]
    public async Task TwoHundredConcurrentSupports_FromAHundredPeople_CountEachPersonOnce()
    {
        var official = await host.CreateUserAsync(roles: [Role.Official]);
        var author = await host.CreateUserAsync();
        var dialogue = await DialogueSpacesCast.OpenAsync(host, official, votingIn: TimeSpan.FromHours(1));
        var proposal = await DialogueSpacesCast.ProposeAsync(host, author, dialogue);
        host.Clock.Advance(TimeSpan.FromHours(2));
        var supporters = await host.CreateResidentsAsync(100);

        // Every supporter clicks twice at the same moment (two tabs, or a double click).
        var clicks = supporters.Concat(supporters).Select(async supporter =>
        {
            await using var scope = host.As(supporter);
            await scope.Get<ProposalsService>().SupportAsync(proposal);
        });
        await Task.WhenAll(clicks);

        await using var db = host.Db();
        Assert.Equal(100, await db.ProposalSupports.CountAsync(s => s.ProposalId == proposal));
        await using var reader = host.As(author);
        var page = await reader.Get<ProposalsService>().ListAsync(dialogue, 0, 10);
        Assert.Equal(100, Assert.Single(page.Items).Supports);
    }
}
