using Dialogues.App.Features.Deadlines;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.Deadlines;
using Dialogues.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Features.Notifications;

/// <summary>Every kind with a closing window has its reminders written, in its own feature's texts, in both languages.</summary>
public class ReminderTextTests(AppHost host) : IClassFixture<AppHost>
{
    [Theory]
    [InlineData("bg-BG")]
    [InlineData("en-GB")]
    public void EveryClosingReminder_HasATitle(string culture)
    {
        var texts = host.Services.GetRequiredService<PrefixedTexts<NotificationText>>();
        var templates = host.Services.GetServices<IClosingWindowSource>()
            .SelectMany(source => new[] { DeadlineReminderKind.ClosesInThreeDays, DeadlineReminderKind.ClosesTomorrow }
                .Select(kind => $"Closing.{source.Kind}.{kind}.Title"))
            .ToList();

        using var _ = CultureScope.Use(culture);
        Assert.NotEmpty(templates);
        Assert.DoesNotContain(templates, template => texts[template].ResourceNotFound);
        Assert.DoesNotContain("Dialogues.App.Features.Notifications", texts["Closing.Campaign.ClosesTomorrow.Title"].SearchedLocation);
    }
}
