using Bunit;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Features.DialogueSpaces;
using Dialogues.Tests.Support;

namespace Dialogues.Tests.Components;

/// <summary>The bell counts unread notifications and rises live, with a name that says the count in words.</summary>
public class BellTests(AppHost host) : ComponentTest(host), IClassFixture<AppHost>
{
    [Fact]
    public async Task RisesWhenAFollowedDialogueGetsAComment_WithoutAReload()
    {
        using var _ = CultureScope.Use("bg-BG");
        var official = await Host.CreateUserAsync(roles: [Role.Official]);
        var dialogue = await DialogueSpacesCast.OpenAsync(Host, official, "Камбанка за площада");
        var follower = await Host.CreateUserAsync("Следящ площада");
        await using (var scope = Host.As(follower))
        {
            await scope.Get<FollowService>().FollowAsync(new FollowTarget(ItemKind.Dialogue, dialogue.Value));
        }
        ActAs(follower);

        var cut = Bunit.Render<Bell>();
        Assert.Equal("Известия (няма непрочетени)", cut.Find(".visually-hidden").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=bell-count]"));

        await DialogueSpacesCast.CommentAsync(Host, await Host.CreateUserAsync(), dialogue, "Нов коментар за площада.");

        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find("[data-testid=bell-count]").TextContent));
        Assert.Equal("Известия (1 непрочетено)", cut.Find(".visually-hidden").TextContent);
    }
}
