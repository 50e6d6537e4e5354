using Dialogues.App.Features.Moderation;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Items;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Features.Moderation;
using Dialogues.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Infrastructure.Items;

/// <summary>A kind registered once gives moderation, follows and every label of it, each with its own rule of who may see what.</summary>
public class ItemKindTests(AppHost host) : IClassFixture<AppHost>
{
    [Theory]
    [InlineData("bg-BG")]
    [InlineData("en-GB")]
    public void EveryKindPeopleFollowOrModerate_IsNamedByTheFeatureThatOwnsIt(string culture)
    {
        var names = host.Services.GetRequiredService<ItemKindNames>();
        var kinds = host.Services.GetRequiredService<ModeratedContent>().All.Select(k => k.Kind)
            .Concat(host.Services.GetServices<IFollowableKind>().Select(k => k.Kind))
            .Append(ItemKind.PolicyArea).Append(ItemKind.Settlement)
            .Distinct().ToList();

        using var _ = CultureScope.Use(culture);
        Assert.All(kinds, kind =>
        {
            Assert.True(names.Knows(kind), $"{kind} has no name");
            Assert.DoesNotContain("Kind.", names.Of(kind));
        });
        Assert.Equal(culture == "bg-BG" ? "сигнал за проблем" : "problem report", names.InSentence(ItemKind.ProblemReport));
    }

    [Fact]
    public async Task AHiddenDialogue_LeavesItsFollowersLists_ButModeratorsStillSeeIt_WithItsAuthorAndLink()
    {
        var cast = await ModerationCast.CreateAsync(host, flaggers: 0);
        var key = new ContentKey(ItemKind.Dialogue, cast.Dialogue.Value);
        var target = new FollowTarget(ItemKind.Dialogue, cast.Dialogue.Value);
        var followables = host.Services.GetRequiredService<Followables>();
        await using (var db = host.Db())
        {
            Assert.Equal($"dialogues/{cast.Dialogue.Value}", (await followables.FindAsync(db, [target]))[target].Link);
        }

        // A moderator's flag hides at once.
        await ModerationCast.FlagAsync(host, cast.FirstModerator, key);

        await using var after = host.Db();
        Assert.Empty(await followables.FindAsync(after, [target]));
        var preview = (await host.Services.GetRequiredService<ModeratedContent>().PreviewAsync(after, [key], CancellationToken.None))[key];
        Assert.True(preview.IsHidden);
        Assert.Equal(cast.Official.Id, preview.AuthorId);
        Assert.Equal($"dialogues/{cast.Dialogue.Value}", preview.Link);
    }
}
