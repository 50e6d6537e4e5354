using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.Dialogues;
using Dialogues.Domain.Shared;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dialogues.Tests.Infrastructure.Localization;

/// <summary>Refusals read numbers the way the reader's culture writes them.</summary>
public class ErrorTextTests
{
    private static readonly IStringLocalizer<ErrorText> Texts = new StringLocalizer<ErrorText>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    [Theory]
    [InlineData("bg-BG", "между 2 и 5 000 знака")]
    [InlineData("en-GB", "between 2 and 5,000 characters")]
    public void LimitsInARefusal_FollowTheCulture(string culture, string expected)
    {
        var refusal = Assert.Throws<DomainException>(() => Dialogues.Domain.Shared.Text.Required(new string('x', Comment.MaxLength + 1), Comment.MinLength, Comment.MaxLength, DomainErrors.CommentLength));

        using var _ = CultureScope.Use(culture);
        Assert.Contains(expected, Texts.Describe(refusal).Replace('\u00a0', ' '));
    }
}
