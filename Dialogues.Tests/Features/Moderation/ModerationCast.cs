using Dialogues.App.Features.Moderation;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Features.DialogueSpaces;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.Tests.Features.Moderation;

/// <summary>The people of a moderation story, each a real account, and the steps they take through the real services.</summary>
public sealed record ModerationCast(
    TestUser Official,
    TestUser Author,
    TestUser FirstModerator,
    TestUser SecondModerator,
    IReadOnlyList<TestUser> Flaggers,
    DialogueId Dialogue)
{
    public static async Task<ModerationCast> CreateAsync(AppHost host, int flaggers = 3)
    {
        var official = await host.CreateUserAsync("Служител", [Role.Official]);
        return new ModerationCast(
            official,
            await host.CreateUserAsync("Автор на коментара"),
            await host.CreateUserAsync("Модератор Първи", [Role.Moderator]),
            await host.CreateUserAsync("Модератор Втори", [Role.Moderator]),
            [.. await Task.WhenAll(Enumerable.Range(1, flaggers).Select(i => host.CreateUserAsync($"Сигнализиращ {i}")))],
            await DialogueSpacesCast.OpenAsync(host, official));
    }

    public async Task<ContentKey> CommentAsync(AppHost host, string body = "Съседът ми е мързелив и нахален, обадете му се на 0888 123 456.") =>
        new(ItemKind.Comment, (await DialogueSpacesCast.CommentAsync(host, Author, Dialogue, body, Stance.Against)).Value);

    public static async Task FlagAsync(AppHost host, TestUser flagger, ContentKey item, FlagReason reason = FlagReason.InsultOrHate, string? text = null)
    {
        await using var scope = host.As(flagger);
        await scope.Get<FlagService>().FlagAsync(item, reason, text);
    }

    /// <summary>Flags from every flagger of the cast: with the default threshold, enough to hide the item.</summary>
    public async Task FlagByAllAsync(AppHost host, ContentKey item)
    {
        foreach (var flagger in Flaggers)
        {
            await FlagAsync(host, flagger, item);
        }
    }

    public static async Task<ModerationCase> CaseOfAsync(AppHost host, ContentKey item)
    {
        await using var db = host.Db();
        return await db.ModerationCases.AsNoTracking().SingleAsync(c => c.ItemKind == item.Kind && c.ItemId == item.Id);
    }

    public static async Task ClaimAndActAsync(AppHost host, TestUser moderator, ContentKey item, ModerationRequest request)
    {
        var moderationCase = await CaseOfAsync(host, item);
        await using var scope = host.As(moderator);
        var queue = scope.Get<ModerationQueue>();
        await queue.ClaimAsync(moderationCase.Id);
        await queue.ActAsync(moderationCase.Id, request);
    }

    public static async Task<Comment> CommentRowAsync(AppHost host, ContentKey item)
    {
        await using var db = host.Db();
        return await db.Comments.AsNoTracking().SingleAsync(c => c.Id == new CommentId(item.Id));
    }

    public static async Task<ModerationDecision> DecisionAsync(AppHost host, ContentKey item, ModerationActionKind action)
    {
        await using var db = host.Db();
        return await db.ModerationDecisions.AsNoTracking().SingleAsync(d => d.ItemKind == item.Kind && d.ItemId == item.Id && d.Action == action);
    }
}
