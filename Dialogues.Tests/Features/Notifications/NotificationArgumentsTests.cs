using Dialogues.App.Features.Notifications;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.App.Infrastructure.Time;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dialogues.Tests.Features.Notifications;

/// <summary>A notification stored once reads its dates in each reader's language and in Sofia's time.</summary>
public class NotificationArgumentsTests
{
    private static readonly Formats Format = new(new MunicipalCalendar(TimeProvider.System, MunicipalCalendar.Bulgaria));

    [Theory]
    [InlineData("bg-BG", "13 декември 2026")]
    [InlineData("en-GB", "13 December 2026")]
    public void ADate_IsWrittenInTheReadersCulture(string culture, string expected)
    {
        var stored = NotificationArguments.Date(new DateOnly(2026, 12, 13));

        using var _ = CultureScope.Use(culture);
        Assert.Equal(expected, NotificationArguments.Shown(stored, Format));
    }

    [Theory]
    [InlineData("2026-03-28T07:30:00Z", "28 March 2026, 09:30")] // winter time, UTC+2
    [InlineData("2026-03-29T07:30:00Z", "29 March 2026, 10:30")] // summer time from that night, UTC+3
    public void AMoment_IsShownOnSofiasClock(string utc, string expected)
    {
        var stored = NotificationArguments.Moment(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        using var _ = CultureScope.Use("en-GB");
        Assert.Equal(expected, NotificationArguments.Shown(stored, Format));
    }

    [Theory]
    [InlineData("bg-BG", "Срокът за отговор по ПР-2026-7 „Пейки в парка“ е удължен до 13 декември 2026")]
    [InlineData("en-GB", "The answer deadline for ПР-2026-7 \"Пейки в парка\" was extended to 13 December 2026")]
    public void TheNotificationText_CarriesTheDateInTheReadersCulture(string culture, string expected)
    {
        // A recommendation's template is in the recommendations' own texts, as the app registers it.
        var texts = new PrefixedTexts<NotificationText>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance),
            [new PrefixedTextSource<NotificationText>(typeof(Dialogues.App.Features.Recommendations.RecommendationText), ["Recommendation"])]);
        var notification = new Notification
        {
            Template = "Recommendation.Extended",
            Arguments = ["ПР-2026-7", "Пейки в парка", NotificationArguments.Date(new DateOnly(2026, 12, 13))],
        };

        using var _ = CultureScope.Use(culture);
        Assert.Equal(expected, texts.TitleOf(notification, Format));
    }

    [Theory]
    [InlineData("ПР-2026-7")]
    [InlineData("13.12.2026")] // as notifications stored before dates were marked
    [InlineData("@date:not a date")]
    public void AnythingElse_IsShownAsStored(string argument) => Assert.Equal(argument, NotificationArguments.Shown(argument, Format));
}
