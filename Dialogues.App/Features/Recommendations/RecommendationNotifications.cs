using Dialogues.App.Features.Departments;
using Dialogues.App.Features.Notifications;
using Dialogues.Domain.Notifications;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Recommendations;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Recommendations;

/// <summary>Who hears about a recommendation's steps, and who follows it.</summary>
internal sealed class RecommendationNotificationRules : INotificationRules
{
    public async Task ApplyAsync(IReadOnlyList<IDomainEvent> events, NotificationContext context)
    {
        var recommendationEvents = events.OfType<IRecommendationEvent>().ToList();
        if (recommendationEvents.Count == 0)
        {
            return;
        }
        var db = context.Db;
        var ids = recommendationEvents.Select(e => e.RecommendationId).Distinct().ToList();
        var local = db.Recommendations.Local.Where(r => ids.Contains(r.Id)).ToDictionary(r => r.Id);
        var missing = ids.Where(id => !local.ContainsKey(id)).ToList();
        foreach (var stored in await db.Recommendations.AsNoTracking().Where(r => missing.Contains(r.Id)).ToListAsync(context.CancellationToken))
        {
            local[stored.Id] = stored;
        }

        foreach (var recommendationEvent in recommendationEvents)
        {
            var recommendation = local[recommendationEvent.RecommendationId];
            var target = new FollowTarget(ItemKind.Recommendation, recommendation.Id.Value);
            var subject = new ContentRef(ItemKind.Recommendation, recommendation.Id.Value);
            var link = $"recommendations/{recommendation.Id}";
            var number = recommendation.Number?.ToString() ?? "";
            NotificationDraft Draft(UserId user, NotificationKind kind, string template, bool mandatory = false) =>
                new(user, kind, template, [number, recommendation.Title], link, subject, target, mandatory);

            switch (recommendationEvent)
            {
                case RecommendationSubmitted submitted:
                    context.Follow(submitted.SubmittedBy, target);
                    context.Notify(await StaffDirectory.ModeratorsAsync(db, context.CancellationToken), user =>
                        Draft(user, NotificationKind.Deadlines, "Recommendation.AwaitsScreening"));
                    break;
                case RecommendationRefused refused:
                    context.Notify(Draft(refused.SubmittedBy, NotificationKind.OfficialResponses, "Recommendation.Refused", mandatory: true));
                    break;
                case RecommendationRegistered registered:
                    context.Notify(Draft(registered.SubmittedBy, NotificationKind.OfficialResponses, "Recommendation.Registered"));
                    context.Notify(await StaffDirectory.ForAsync(db, null, escalate: false, context.CancellationToken), user =>
                        Draft(user, NotificationKind.Deadlines, "Recommendation.AwaitsAssignment"));
                    var places = new List<FollowTarget> { new(ItemKind.PolicyArea, registered.PolicyAreaId.Value) };
                    if (registered.SettlementId is { } settlement)
                    {
                        places.Add(new(ItemKind.Settlement, settlement.Value));
                    }
                    context.Notify((await context.FollowersAsync([.. places])).Where(u => u != registered.SubmittedBy), user =>
                        Draft(user, NotificationKind.NewInMyAreas, "Recommendation.New") with { Group = places[0] });
                    break;
                case RecommendationAssigned assigned:
                    context.Notify(await StaffDirectory.ForAsync(db, assigned.Department, escalate: false, context.CancellationToken), user =>
                        Draft(user, NotificationKind.Deadlines, "Recommendation.AssignedToYou"));
                    break;
                case RecommendationDecided decided:
                    var template = $"Recommendation.Decided.{decided.Outcome}";
                    context.Notify(Draft(decided.SubmittedBy, NotificationKind.OfficialResponses, template, mandatory: true));
                    context.Notify(await InterestedAsync(context, recommendation, target), user => Draft(user, NotificationKind.OfficialResponses, template));
                    break;
                case RecommendationDeadlineExtended extended:
                    var until = NotificationArguments.Date(extended.NewDueDate);
                    context.Notify(Draft(extended.SubmittedBy, NotificationKind.OfficialResponses, "Recommendation.Extended", mandatory: true) with { Arguments = [number, recommendation.Title, until] });
                    context.Notify(await InterestedAsync(context, recommendation, target), user =>
                        Draft(user, NotificationKind.OfficialResponses, "Recommendation.Extended") with { Arguments = [number, recommendation.Title, until] });
                    break;
                case RecommendationCoSigned signed:
                    context.Follow(signed.SignedBy, target);
                    break;
                case RecommendationProgressed:
                    context.Notify(await InterestedAsync(context, recommendation, target), user => Draft(user, NotificationKind.FollowedActivity, "Recommendation.Progress"));
                    break;
                case RecommendationImplemented implemented:
                    context.Notify(Draft(implemented.SubmittedBy, NotificationKind.OfficialResponses, "Recommendation.Implemented"));
                    context.Notify(await InterestedAsync(context, recommendation, target), user => Draft(user, NotificationKind.OfficialResponses, "Recommendation.Implemented"));
                    break;
            }
        }
    }

    /// <summary>Co-signers and followers, other than the submitter (who is told separately).</summary>
    private static async Task<IEnumerable<UserId>> InterestedAsync(NotificationContext context, Recommendation recommendation, FollowTarget target)
    {
        var signers = await context.Db.CoSignatures.AsNoTracking().Where(s => s.RecommendationId == recommendation.Id).Select(s => s.UserId).ToListAsync(context.CancellationToken);
        return signers.Concat(await context.FollowersAsync(target)).Distinct().Where(u => u != recommendation.SubmittedBy);
    }
}
