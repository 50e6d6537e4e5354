using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Infrastructure.Items;
using Dialogues.App.Infrastructure.Live;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.Acts;
using Dialogues.Domain.Shared;

namespace Dialogues.App.Features.Acts;

public static class ActsServiceCollectionExtensions
{
    public static IServiceCollection AddActs(this IServiceCollection services)
    {
        services.AddErrorTexts<ActsText>("Act");
        services.AddNotificationTexts<ActsText>("Act", "Closing.Act");
        services.AddPersonalData<ActPersonalData>();
        services.AddAttachmentHolder<ActFiles>();
        services.AddScoped<ActsService>();
        services.AddSingleton<INotificationRules, ActNotificationRules>();
        services.AddItemKind<Act, ActId>(ItemKind.Act, a =>
                new ItemCard(a.Id.Value, null, $"{a.Number} {a.Title}", "", $"acts/{a.Id.Value}", false, a.PublishedAt != null))
            .Named<ActsText>()
            .Followed();
        services.AddItemKind<ConsultationComment>(ItemKind.ConsultationComment, (db, comments) =>
                from comment in comments
                join act in db.Acts on comment.ActId equals act.Id
                select new ItemCard(comment.Id, comment.AuthorId, $"{act.Number} {act.Title}", comment.Text,
                    $"acts/{comment.ActId.Value}#consultation-comment-{comment.Id}", comment.HiddenAt != null, comment.HiddenAt == null))
            .Named<ActsText>()
            .Moderated(e => e is ConsultationCommentPosted posted ? Written.New(posted.CommentId) : null);
        // The register and the legality watch change only when an act is published, changed or flagged.
        services.AddLiveTopics<IActEvent>(e => e is ActPublished or ActChanged or LegalityFlagsChanged or ActSummaryPublished
            ? [ActTopics.Of(e.ActId), ActTopics.Register]
            : [ActTopics.Of(e.ActId)]);
        services.AddSingleton<IClosingWindowSource, ConsultationWindows>();
        services.AddScoped<IDemoSeeder, ActsDemoSeeder>();
        return services;
    }
}
