using Dialogues.App.Features.Accounts;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Live;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.Dialogues;

namespace Dialogues.App.Features.DialogueSpaces;

public static class DialoguesServiceCollectionExtensions
{
    public static IServiceCollection AddDialogues(this IServiceCollection services)
    {
        services.AddErrorTexts<DialogueText>("Dialogue", "Comment", "Proposal", "Scenario");
        services.AddNotificationTexts<DialogueText>("Dialogue", "Comment", "Proposal");
        services.AddPersonalData<DialoguePersonalData>();
        services.AddAttachmentHolder<DialogueFiles>();
        services.AddScoped<DialoguesService>();
        services.AddScoped<DiscussionService>();
        services.AddScoped<ProposalsService>();
        services.AddScoped<ScenariosService>();
        services.AddSingleton<DialoguePresence>();
        services.AddLiveTopics<IDialogueEvent>(e => [DialogueTopics.Of(e.DialogueId)]);
        services.AddScoped<IDemoSeeder, DialoguesDemoSeeder>();
        services.AddSingleton<INotificationRules, DialogueNotificationRules>();
        services.AddSingleton<IFollowableKind, FollowableDialogues>();
        services.AddSingleton<IFollowableKind, FollowableProposals>();
        services.AddModeratedContent<DialogueModeration>();
        services.AddModeratedContent<CommentModeration>();
        services.AddModeratedContent<ProposalModeration>();
        return services;
    }
}
