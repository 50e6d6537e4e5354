using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Events;
using Dialogues.App.Infrastructure.Localization;

namespace Dialogues.App.Features.Moderation;

public static class ModerationServiceCollectionExtensions
{
    /// <summary>Flags, the queue, appeals and screening. Each content kind registers itself with <c>AddModeratedContent</c>.</summary>
    public static IServiceCollection AddModeration(this IServiceCollection services)
    {
        services.AddErrorTexts<ModerationText>("Moderation");
        services.AddNotificationTexts<ModerationText>("Moderation", "Flag", "Appeal");
        services.AddPersonalData<ModerationPersonalData>();
        services.AddOptions<ModerationOptions>().BindConfiguration(ModerationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ModeratedContent>();
        services.AddSingleton<WatchWords>();
        services.AddScoped<FlagService>();
        services.AddScoped<ModerationQueue>();
        services.AddScoped<AppealsService>();
        services.AddScoped<ModerationDashboard>();
        services.AddScoped<IDemoSeeder, ModerationDemoSeeder>();
        services.AddSingleton<IBeforeCommitHandler, ContentScreening>();
        services.AddSingleton<INotificationRules, ModerationNotificationRules>();
        services.AddSingleton<IAfterCommitHandler, ModerationLiveBridge>();
        return services;
    }
}
