using Dialogues.App.Features.Campaigns;
using Dialogues.App.Features.ReferenceData;
using Dialogues.Domain.Campaigns;
using Dialogues.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Features.Campaigns;

/// <summary>Helpers that start a campaign and sign it through the service, as people would.</summary>
public static class CampaignsCast
{
    public static async Task<CampaignId> StartAsync(AppHost host, TestUser author, string title, int goal = 10, int closesInDays = 30, string? settlement = "Литаково", Guid? submission = null)
    {
        var reference = await host.Services.GetRequiredService<ReferenceCatalog>().GetAsync();
        await using var scope = host.As(author);
        return await scope.Get<CampaignsService>().StartAsync(new CampaignDraft(title,
            "Искаме осветена пешеходна пътека пред училището, защото децата пресичат на тъмно всяка сутрин.", null, reference.PolicyAreas[1].Id,
            settlement is null ? null : reference.SettlementNamed(settlement), goal, host.Calendar.Today.AddDays(closesInDays)), submission);
    }

    public static async Task SignAsync(AppHost host, TestUser signer, CampaignId id, bool showName = false)
    {
        await using var scope = host.As(signer);
        await scope.Get<CampaignsService>().SignAsync(id, showName);
    }
}
