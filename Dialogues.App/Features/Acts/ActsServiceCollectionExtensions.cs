using Dialogues.App.Features.Accounts;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Live;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.Acts;

namespace Dialogues.App.Features.Acts;

public static class ActsServiceCollectionExtensions
{
    public static IServiceCollection AddActs(this IServiceCollection services)
    {
        services.AddErrorTexts<ActsText>("Act");
        services.AddNotificationTexts<ActsText>("Act");
        services.AddPersonalData<ActPersonalData>();
        services.AddAttachmentHolder<ActFiles>();
        services.AddScoped<ActsService>();
        services.AddSingleton<INotificationRules, ActNotificationRules>();
        services.AddSingleton<IFollowableKind, FollowableActs>();
        // The register and the legality watch change only when an act is published, changed or flagged.
        services.AddLiveTopics<IActEvent>(e => e is ActPublished or ActChanged or LegalityFlagsChanged or ActSummaryPublished
            ? [ActTopics.Of(e.ActId), ActTopics.Register]
            : [ActTopics.Of(e.ActId)]);
        services.AddSingleton<IClosingWindowSource, ConsultationWindows>();
        services.AddModeratedContent<ConsultationCommentModeration>();
        services.AddScoped<IDemoSeeder, ActsDemoSeeder>();
        return services;
    }
}
