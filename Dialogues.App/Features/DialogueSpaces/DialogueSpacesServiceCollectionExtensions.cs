using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.Moderation;
using Dialogues.Domain.News;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Infrastructure.Items;
using Dialogues.App.Infrastructure.Live;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Shared;

namespace Dialogues.App.Features.DialogueSpaces;

public static class DialogueSpacesServiceCollectionExtensions
{
    public static IServiceCollection AddDialogueSpaces(this IServiceCollection services)
    {
        services.AddErrorTexts<DialogueSpacesText>("Dialogue", "Comment", "Proposal", "Scenario");
        services.AddNotificationTexts<DialogueSpacesText>("Dialogue", "Comment", "Proposal");
        services.AddPersonalData<DialoguePersonalData>();
        services.AddAttachmentHolder<DialogueFiles>();
        services.AddScoped<DialoguesService>();
        services.AddScoped<DiscussionService>();
        services.AddSingleton<DiscussionHosts>();
        services.AddDiscussionHost<DialogueDiscussions>();
        services.AddLiveTopics<IDiscussionEvent>(e => [DiscussionTopics.Of(e.Place)]);
        services.AddSingleton<INotificationRules, DiscussionNotificationRules>();
        services.AddScoped<ProposalsService>();
        services.AddScoped<ScenariosService>();
        services.AddSingleton<DialoguePresence>();
        services.AddLiveTopics<IDialogueEvent>(e => [DialogueTopics.Of(e.DialogueId)]);
        services.AddScoped<IDemoSeeder, DialogueSpacesDemoSeeder>();
        services.AddSingleton<INotificationRules, DialogueNotificationRules>();
        services.AddItemKind<Dialogue, DialogueId>(ItemKind.Dialogue, d =>
                new ItemCard(d.Id.Value, d.CreatedBy, d.Title, d.Summary + "\n\n" + d.Body, $"dialogues/{d.Id.Value}", d.HiddenAt != null,
                    d.HiddenAt == null && d.Approval == DialogueApproval.Approved && d.PublishedAt != null))
            .Named<DialogueSpacesText>()
            .Followed()
            // Staff publish dialogues, and proposals from others already wait for a moderator's approval.
            .Moderated(e => e is DialogueCreated created ? Written.New(created.DialogueId.Value) : null, preModerates: false);
        services.AddItemKind<Proposal, ProposalId>(ItemKind.Proposal, p =>
                new ItemCard(p.Id.Value, p.AuthorId, p.Title, p.Body, $"dialogues/{p.DialogueId.Value}#proposal-{p.Id.Value}", p.HiddenAt != null, p.HiddenAt == null))
            .Named<DialogueSpacesText>()
            .Followed()
            .Moderated(e => e is ProposalSubmitted submitted ? Written.New(submitted.ProposalId.Value) : null);
        services.AddItemKind<Comment, CommentId>(ItemKind.Comment, (db, comments) =>
                from comment in comments
                let dialogue = db.Dialogues.Where(d => d.Id == comment.DialogueId).Select(d => d.Title).FirstOrDefault()
                let article = db.Set<Article>().Where(a => a.Id == comment.ArticleId).Select(a => a.Title).FirstOrDefault()
                select new ItemCard(comment.Id.Value, comment.AuthorId, dialogue ?? article ?? "", comment.Body,
                    $"{(comment.DialogueId != null ? "dialogues" : "news")}/{(comment.DialogueId != null ? comment.DialogueId.Value.Value : comment.ArticleId!.Value.Value)}?comment={comment.Id.Value}#comment-{comment.Id.Value}",
                    comment.HiddenAt != null, comment.HiddenAt == null))
            .Named<DialogueSpacesText>()
            .Moderated(e => e switch
            {
                CommentPosted posted => Written.New(posted.CommentId.Value),
                CommentChanged changed => Written.Edited(changed.CommentId.Value),
                _ => null,
            });
        return services;
    }
}
