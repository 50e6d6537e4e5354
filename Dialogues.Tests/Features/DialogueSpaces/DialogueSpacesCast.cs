using Dialogues.App.Features.DialogueSpaces;
using Dialogues.App.Features.ReferenceData;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Tests.Support;

namespace Dialogues.Tests.Features.DialogueSpaces;

/// <summary>Creates published dialogues through the real services, scheduled around the host's test clock.</summary>
public static class DialogueSpacesCast
{
    /// <summary>A dialogue open for discussion; voting (if any) opens <paramref name="votingIn"/> from now.</summary>
    public static async Task<DialogueId> OpenAsync(
        AppHost host,
        TestUser official,
        string title = "Нов площад във Врачеш",
        TimeSpan? votingIn = null,
        ScenarioVotingMethod method = ScenarioVotingMethod.SingleChoice,
        int settlementIndex = 0,
        bool publish = true)
    {
        var now = host.Clock.GetUtcNow();
        await using var scope = host.As(official);
        var reference = await scope.Get<ReferenceCatalog>().GetAsync();
        var service = scope.Get<DialoguesService>();
        var id = await service.CreateAsync(new DialogueDraft(
            title, "Кратко описание на диалога за тест.", "## Подробности\nТекст на диалога.",
            reference.PolicyAreas[1].Id, reference.Settlements[settlementIndex].Id,
            now.AddHours(-1), votingIn is { } voting ? now + voting : null, now.AddDays(30), method, []));
        if (publish)
        {
            await service.PublishAsync(id);
        }
        return id;
    }

    public static async Task<ProposalId> ProposeAsync(AppHost host, TestUser author, DialogueId dialogue, string title = "Чешма на площада")
    {
        await using var scope = host.As(author);
        return await scope.Get<ProposalsService>().SubmitAsync(dialogue, title, "Предлагам чешма с питейна вода на площада пред читалището.");
    }

    public static async Task<CommentId> CommentAsync(AppHost host, TestUser author, DialogueId dialogue, string body = "Подкрепям идеята.", Stance stance = Stance.For)
    {
        await using var scope = host.As(author);
        return await scope.Get<DiscussionService>().PostAsync(DiscussionPlace.Of(dialogue), stance, body);
    }
}
