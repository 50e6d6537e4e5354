using Dialogues.App.Features.Accounts;
using Dialogues.App.Infrastructure.Email;
using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Live;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.Events;

namespace Dialogues.App.Features.Events;

public static class EventsServiceCollectionExtensions
{
    public static IServiceCollection AddEvents(this IServiceCollection services)
    {
        services.AddErrorTexts<EventsText>("Events");
        services.AddNotificationTexts<EventsText>("Event");
        services.AddPersonalData<EventPersonalData>();
        services.AddScoped<EventsService>();
        services.AddSingleton<INotificationRules, EventNotificationRules>();
        services.AddSingleton<IFollowableKind, FollowableEvents>();
        services.AddModeratedContent<EventModeration>();
        services.AddLiveTopics<IPublicEventEvent>(e => [EventTopics.Of(e.EventId), EventTopics.All]);
        services.AddSingleton<IClosingWindowSource, EventWindows>();
        services.AddScoped<IDemoSeeder, EventsDemoSeeder>();
        return services;
    }

    /// <summary>GET /events/{id}/calendar.ics: the event for a calendar application.</summary>
    public static IEndpointRouteBuilder MapEventCalendar(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/events/{id:guid}/calendar.ics", async (Guid id, HttpContext context, EventsService events, PublicUrl urls) =>
        {
            if (await events.CalendarEntryAsync(new PublicEventId(id), context.RequestAborted) is not { } publicEvent)
            {
                return Results.NotFound();
            }
            // The configured address, never the request's Host header, which the requester chooses.
            var page = urls.To($"events/{id}");
            var calendar = EventCalendar.Write(publicEvent, page, new Uri(urls.Base).Host);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(calendar), "text/calendar; charset=utf-8", "event.ics");
        }).AllowAnonymous();
        return endpoints;
    }
}
