using Dialogues.App.Features.Moderation;
using Dialogues.App.Features.Notifications;
using Dialogues.Domain.Moderation;
using Dialogues.Tests.Features.DialogueSpaces;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Dialogues.Tests.Features.Moderation.ModerationCast;

namespace Dialogues.Tests.Features.Moderation;

public sealed class PreModerationHost : AppHost
{
    protected override IEnumerable<string> Settings => ["Moderation:PremoderateFirstPosts=1"];
}

/// <summary>With pre-moderation on, a new account's first post waits for a moderator's approval.</summary>
public class PreModerationTests(PreModerationHost host) : IClassFixture<PreModerationHost>
{
    [Fact]
    public async Task FirstComment_WaitsForApproval_ThenLaterOnesAppearAtOnce()
    {
        var cast = await CreateAsync(host, flaggers: 0);
        var follower = await FollowerAsync("Следящ", cast.Dialogue);

        var first = await cast.CommentAsync(host, "Първият ми коментар в платформата.");

        Assert.NotNull((await CommentRowAsync(host, first)).HiddenAt);
        Assert.True((await CaseOfAsync(host, first)).PreModeration);
        await using (var db = host.Db())
        {
            // Followers are not told about a comment nobody can see yet.
            Assert.All(await db.Notifications.AsNoTracking().Where(n => n.SubjectId == first.Id).ToListAsync(), n => Assert.NotNull(n.HiddenAt));
        }

        await ClaimAndActAsync(host, cast.FirstModerator, first, new ModerationRequest(ModerationActionKind.Approve, "NoViolation", null));
        Assert.Null((await CommentRowAsync(host, first)).HiddenAt);

        var second = await cast.CommentAsync(host, "Вторият ми коментар излиза веднага.");
        Assert.Null((await CommentRowAsync(host, second)).HiddenAt);
    }

    [Fact]
    public async Task AHeldPost_IsWrittenHiddenForFollowers_WithoutTouchingWhatTheyCanSee()
    {
        var cast = await CreateAsync(host, flaggers: 0);
        var follower = await FollowerAsync("Следящ групата", cast.Dialogue);
        var visible = await DialogueSpacesCast.CommentAsync(host, cast.Official, cast.Dialogue, "Общината отговаря първа.");

        var held = await cast.CommentAsync(host, "Първият ми коментар чака одобрение.");

        await using (var db = host.Db())
        {
            var told = await db.Notifications.AsNoTracking().Where(n => n.UserId == follower.Id).ToListAsync();
            // The entry about the official's comment is untouched: not taken over, not counted up, not hidden.
            var first = Assert.Single(told, n => n.SubjectId == visible.Value);
            Assert.Equal((1, (DateTimeOffset?)null), (first.Repeats, first.HiddenAt));
            // The held comment's news was written hidden in the first place, and no email waits for it.
            var waiting = Assert.Single(told, n => n.SubjectId == held.Id);
            Assert.NotNull(waiting.HiddenAt);
            Assert.False(await db.OutboxMessages.AnyAsync(m => m.NotificationId == waiting.Id));
        }

        await ClaimAndActAsync(host, cast.FirstModerator, held, new ModerationRequest(ModerationActionKind.Approve, "NoViolation", null));

        await using (var db = host.Db())
        {
            Assert.Null((await db.Notifications.AsNoTracking().SingleAsync(n => n.UserId == follower.Id && n.SubjectId == held.Id)).HiddenAt);
        }
    }

    private async Task<TestUser> FollowerAsync(string name, Dialogues.Domain.DialogueSpaces.DialogueId dialogue)
    {
        var follower = await host.CreateUserAsync(name);
        await using var scope = host.As(follower);
        await scope.Get<Dialogues.App.Features.Notifications.FollowService>().FollowAsync(new(Dialogues.Domain.Shared.ItemKind.Dialogue, dialogue.Value));
        return follower;
    }

    [Fact]
    public async Task OfficialsPosts_AreNeverPreModerated()
    {
        var cast = await CreateAsync(host, flaggers: 0);

        var comment = await DialogueSpacesCast.CommentAsync(host, cast.Official, cast.Dialogue, "Отговор от общината по темата.");

        await using var db = host.Db();
        Assert.Null((await db.Comments.AsNoTracking().SingleAsync(c => c.Id == comment)).HiddenAt);
        Assert.False(await db.ModerationCases.AnyAsync(c => c.ItemId == comment.Value));
    }
}
