using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Email;
using Dialogues.App.Infrastructure.Items;
using Dialogues.App.Infrastructure.Live;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.Meetings;
using Dialogues.Domain.Shared;

namespace Dialogues.App.Features.Meetings;

public static class MeetingsServiceCollectionExtensions
{
    public static IServiceCollection AddMeetings(this IServiceCollection services)
    {
        services.AddErrorTexts<MeetingsText>("Meetings");
        services.AddNotificationTexts<MeetingsText>("Meeting", "Closing.Meeting");
        services.AddPersonalData<MeetingPersonalData>();
        services.AddScoped<MeetingsService>();
        services.AddSingleton<INotificationRules, MeetingNotificationRules>();
        services.AddItemKind<Meeting, MeetingId>(ItemKind.Meeting, m =>
                new ItemCard(m.Id.Value, m.OrganiserId, m.Title, m.Description, $"events/{m.Id.Value}", m.HiddenAt != null, m.HiddenAt == null))
            .Named<MeetingsText>()
            .Followed()
            // The municipality's own meetings are its staff's word, not user content: only residents' and NGOs' are screened.
            .Moderated(e => e switch
            {
                MeetingScheduled { ByMunicipality: false } scheduled => Written.New(scheduled.MeetingId.Value),
                MeetingChanged { RewrittenByResident: true } changed => Written.Edited(changed.MeetingId.Value),
                _ => null,
            });
        services.AddLiveTopics<IMeetingEvent>(e => [MeetingTopics.Of(e.MeetingId), MeetingTopics.All]);
        services.AddSingleton<IClosingWindowSource, MeetingWindows>();
        services.AddScoped<IDemoSeeder, MeetingsDemoSeeder>();
        return services;
    }

    /// <summary>GET /events/{id}/calendar.ics: the meeting for a calendar application.</summary>
    public static IEndpointRouteBuilder MapMeetingCalendar(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/events/{id:guid}/calendar.ics", async (Guid id, HttpContext context, MeetingsService events, PublicUrl urls) =>
        {
            if (await events.CalendarEntryAsync(new MeetingId(id), context.RequestAborted) is not { } meeting)
            {
                return Results.NotFound();
            }
            // The configured address, never the request's Host header, which the requester chooses.
            var page = urls.To($"events/{id}");
            var calendar = MeetingCalendar.Write(meeting, page, new Uri(urls.Base).Host);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(calendar), "text/calendar; charset=utf-8", "event.ics");
        }).AllowAnonymous();
        return endpoints;
    }
}
