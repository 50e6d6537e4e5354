using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Items;
using Dialogues.App.Infrastructure.Live;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.Practices;
using Dialogues.Domain.Shared;

namespace Dialogues.App.Features.Practices;

public static class PracticesServiceCollectionExtensions
{
    /// <summary>The library of good practices from elsewhere: proposed, reviewed, wanted here, and turned into dialogues.</summary>
    public static IServiceCollection AddPractices(this IServiceCollection services)
    {
        services.AddErrorTexts<PracticesText>("Practices");
        services.AddNotificationTexts<PracticesText>("Practice");
        services.AddScoped<PracticesService>();
        services.AddPersonalData<PracticePersonalData>();
        services.AddSingleton<INotificationRules, PracticeNotificationRules>();
        // Proposals are reviewed before they are published, so they are not held back again for new accounts.
        services.AddItemKind<Practice, PracticeId>(ItemKind.Practice, p =>
                new ItemCard(p.Id.Value, p.ProposedBy, p.Title, p.Problem, $"practices/{p.Id.Value}", p.HiddenAt != null, p.PublishedAt != null && p.HiddenAt == null))
            .Named<PracticesText>()
            .Followed()
            .Moderated(e => e switch
            {
                PracticeProposed proposed => Written.New(proposed.PracticeId.Value),
                PracticeEdited { ByProposer: true } edited => Written.Edited(edited.PracticeId.Value),
                _ => null,
            }, preModerates: false);
        services.AddLiveTopics<IPracticeEvent>(e => e is PracticeWanted ? [PracticeTopics.Of(e.PracticeId)] : [PracticeTopics.Of(e.PracticeId), PracticeTopics.All]);
        services.AddScoped<IDemoSeeder, PracticesDemoSeeder>();
        return services;
    }
}
