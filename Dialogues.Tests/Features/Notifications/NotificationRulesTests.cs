using Dialogues.App.Features.DialogueSpaces;
using Dialogues.App.Features.Notifications;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Features.DialogueSpaces;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.Tests.Features.Notifications;

public class NotificationRulesTests(AppHost host) : IClassFixture<AppHost>
{
    [Fact]
    public async Task CommentOnAFollowedDialogue_NotifiesFollowers_ButNotTheAuthor()
    {
        var (dialogue, _) = await OpenAsync();
        var follower = await host.CreateUserAsync("Следящ");
        var author = await host.CreateUserAsync("Коментиращ");
        await FollowAsync(follower, dialogue);

        var comment = await DialogueSpacesCast.CommentAsync(host, author, dialogue, "Нов коментар за следящите.");

        var notification = Assert.Single(await NotificationsOf(follower));
        Assert.Equal("Comment.New", notification.Template);
        Assert.Equal(NotificationKind.FollowedActivity, notification.Kind);
        Assert.Equal(Delivery.DailyDigest, notification.Delivery);
        Assert.Contains($"comment={comment}", notification.Link);
        Assert.Empty(await NotificationsOf(author));
        await using var asFollower = host.As(follower);
        Assert.Equal(1, await asFollower.Get<NotificationsService>().UnreadCountAsync());
    }

    [Fact]
    public async Task TenQuickComments_MakeOneEntry_WithTheirCount_UntilItIsRead()
    {
        var (dialogue, _) = await OpenAsync();
        var follower = await host.CreateUserAsync("Следящ Бърз Разговор");
        var author = await host.CreateUserAsync("Бърз Коментиращ");
        await FollowAsync(follower, dialogue);

        CommentId last = default;
        for (var i = 1; i <= 10; i++)
        {
            last = await DialogueSpacesCast.CommentAsync(host, author, dialogue, $"Бърз коментар номер {i}.");
        }

        var entry = Assert.Single(await NotificationsOf(follower));
        Assert.Equal(10, entry.Repeats);
        Assert.Contains($"comment={last}", entry.Link);
        await using (var asFollower = host.As(follower))
        {
            var notifications = asFollower.Get<NotificationsService>();
            Assert.Equal(1, await notifications.UnreadCountAsync());
            await notifications.OpenAsync(entry.Id);
        }

        await DialogueSpacesCast.CommentAsync(host, author, dialogue, "Коментар след прочитането.");
        Assert.Equal(2, (await NotificationsOf(follower)).Count);
    }

    [Fact]
    public async Task Reply_TellsTheRepliedToAuthorAtOnce_ByEmail()
    {
        var (dialogue, _) = await OpenAsync();
        var author = await host.CreateUserAsync("Автор на коментара");
        var replier = await host.CreateUserAsync("Отговарящ Човек");
        var comment = await DialogueSpacesCast.CommentAsync(host, author, dialogue);

        await using (var scope = host.As(replier))
        {
            await scope.Get<DiscussionService>().ReplyAsync(comment, null, "Отговарям ви.");
        }

        var notification = Assert.Single(await NotificationsOf(author));
        Assert.Equal(NotificationKind.RepliesToMe, notification.Kind);
        await using var db = host.Db();
        var email = await db.OutboxMessages.SingleAsync(m => m.NotificationId == notification.Id);
        Assert.Equal(author.Email, email.To);
        Assert.Contains("Отговарящ Човек отговори на ваш коментар", email.Subject);
        Assert.Contains("unsubscribe?token=", email.PlainText);
    }

    [Fact]
    public async Task TakingPart_StartsFollowing()
    {
        var (dialogue, _) = await OpenAsync();
        var participant = await host.CreateUserAsync();

        await DialogueSpacesCast.CommentAsync(host, participant, dialogue);

        await using var scope = host.As(participant);
        Assert.True(await scope.Get<FollowService>().IsFollowingAsync(new FollowTarget(ItemKind.Dialogue, dialogue.Value)));
    }

    [Fact]
    public async Task PublishedDialogue_TellsThoseFollowingItsArea()
    {
        var official = await host.CreateUserAsync(roles: [Role.Official]);
        var interested = await host.CreateUserAsync("Интересуващ се");
        var reference = await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Dialogues.App.Features.ReferenceData.ReferenceCatalog>(host.Services).GetAsync();
        await using (var scope = host.As(interested))
        {
            await scope.Get<FollowService>().SetPlacesAsync(ItemKind.PolicyArea, [reference.PolicyAreas[1].Id.Value]);
        }

        await DialogueSpacesCast.OpenAsync(host, official, "Нов парк в Радотина");

        var notification = Assert.Single(await NotificationsOf(interested));
        Assert.Equal(NotificationKind.NewInMyAreas, notification.Kind);
        Assert.Equal(["Нов парк в Радотина"], notification.Arguments);
    }

    [Fact]
    public async Task Follow_DraftOrMissingDialogue_IsRefused()
    {
        var official = await host.CreateUserAsync(roles: [Role.Official]);
        var draft = await DialogueSpacesCast.OpenAsync(host, official, "Чернова", publish: false);
        var resident = await host.CreateUserAsync();
        await using var scope = host.As(resident);
        var follows = scope.Get<FollowService>();

        Assert.Equal(DomainErrors.NotFound, (await Assert.ThrowsAsync<DomainException>(() => follows.FollowAsync(new FollowTarget(ItemKind.Dialogue, draft.Value)))).Code);
        Assert.Equal(DomainErrors.NotFound, (await Assert.ThrowsAsync<DomainException>(() => follows.FollowAsync(new FollowTarget(ItemKind.Dialogue, Guid.NewGuid())))).Code);
    }

    [Fact]
    public async Task ErasedAccount_IsToldNothing()
    {
        var (dialogue, _) = await OpenAsync();
        var leaving = await host.CreateUserAsync("Напускащ");
        await FollowAsync(leaving, dialogue);
        await using (var scope = host.As(leaving))
        {
            var principal = (await scope.Get<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>().GetAuthenticationStateAsync()).User;
            Assert.True(await scope.Get<Dialogues.App.Features.Accounts.AccountSelfService>().EraseAsync(principal, TestUser.Password));
        }

        await DialogueSpacesCast.CommentAsync(host, await host.CreateUserAsync(), dialogue);

        Assert.Empty(await NotificationsOf(leaving));
    }

    [Fact]
    public async Task OpenAndMarkAllRead_EmptyTheBell()
    {
        var (dialogue, _) = await OpenAsync();
        var reader = await host.CreateUserAsync();
        await FollowAsync(reader, dialogue);
        await DialogueSpacesCast.CommentAsync(host, await host.CreateUserAsync(), dialogue, "Първи.");
        await using var scope = host.As(reader);
        var notifications = scope.Get<NotificationsService>();

        var link = await notifications.OpenAsync((await notifications.ListAsync(false, 0, 10)).Items[0].Id);
        Assert.StartsWith($"dialogues/{dialogue}?comment=", link);
        Assert.Equal(0, await notifications.UnreadCountAsync());
        await DialogueSpacesCast.CommentAsync(host, await host.CreateUserAsync(), dialogue, "Втори.");
        await DialogueSpacesCast.CommentAsync(host, await host.CreateUserAsync(), dialogue, "Трети.");
        Assert.Equal(1, await notifications.UnreadCountAsync());
        await notifications.MarkAllReadAsync();
        Assert.Equal(0, await notifications.UnreadCountAsync());
    }

    private async Task<(DialogueId, TestUser)> OpenAsync()
    {
        var official = await host.CreateUserAsync(roles: [Role.Official]);
        return (await DialogueSpacesCast.OpenAsync(host, official), official);
    }

    private async Task FollowAsync(TestUser user, DialogueId dialogue)
    {
        await using var scope = host.As(user);
        await scope.Get<FollowService>().FollowAsync(new FollowTarget(ItemKind.Dialogue, dialogue.Value));
    }

    private async Task<List<Notification>> NotificationsOf(TestUser user)
    {
        await using var db = host.Db();
        return await db.Notifications.Where(n => n.UserId == user.Id).ToListAsync();
    }
}
