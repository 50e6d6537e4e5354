using Dialogues.App.Features.DialogueSpaces;
using Dialogues.App.Features.Moderation;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
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
        var follower = await host.CreateUserAsync("Следящ");
        await using (var scope = host.As(follower))
        {
            await scope.Get<Dialogues.App.Features.Notifications.FollowService>().FollowAsync(new(Dialogues.Domain.Notifications.FollowTargetKind.Dialogue, cast.Dialogue.Value));
        }

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
    public async Task OfficialsPosts_AreNeverPreModerated()
    {
        var cast = await CreateAsync(host, flaggers: 0);

        var comment = await DialogueSetup.CommentAsync(host, cast.Official, cast.Dialogue, "Отговор от общината по темата.");

        await using var db = host.Db();
        Assert.Null((await db.Comments.AsNoTracking().SingleAsync(c => c.Id == comment)).HiddenAt);
        Assert.False(await db.ModerationCases.AnyAsync(c => c.ItemId == comment.Value));
    }
}
