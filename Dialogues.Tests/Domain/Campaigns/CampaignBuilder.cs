using Dialogues.Domain.Campaigns;
using Dialogues.Domain.ReferenceData;
using static Dialogues.Tests.Domain.Participants.People;

namespace Dialogues.Tests.Domain.Campaigns;

/// <summary>Campaigns as tests need them: a draft to vary, a campaign started by a resident.</summary>
public static class CampaignBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 12, 1);

    public static CampaignDraft Draft(int goal = 10, int closesInDays = 30) => new(
        "Пешеходна пътека пред училището", "Искаме осветена пешеходна пътека пред училището, защото децата пресичат на тъмно всяка сутрин.",
        null, new PolicyAreaId(Guid.NewGuid()), null, goal, Today.AddDays(closesInDays));

    public static Campaign Started(int goal = 10) => Campaign.Start(Resident(), Draft(goal), Today, Now);
}
