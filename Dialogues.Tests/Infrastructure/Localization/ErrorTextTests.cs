using System.Reflection;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Infrastructure.Localization;

/// <summary>Every refusal the domain can raise has a text, in its feature's resources, that reads numbers the reader's way.</summary>
public class ErrorTextTests(AppHost host) : IClassFixture<AppHost>
{
    private ErrorTexts Texts => host.Services.GetRequiredService<ErrorTexts>();

    [Theory]
    [InlineData("bg-BG", "между 2 и 5 000 знака")]
    [InlineData("en-GB", "between 2 and 5,000 characters")]
    public void LimitsInARefusal_FollowTheCulture(string culture, string expected)
    {
        var refusal = Assert.Throws<DomainException>(() => Dialogues.Domain.Shared.Text.Required(new string('x', Comment.MaxLength + 1), Comment.MinLength, Comment.MaxLength, DomainErrors.CommentLength));

        using var _ = CultureScope.Use(culture);
        Assert.Contains(expected, Texts.Describe(refusal).Replace('\u00a0', ' '));
    }

    [Theory]
    [InlineData("bg-BG")]
    [InlineData("en-GB")]
    public void EveryDomainErrorCode_HasAText(string culture)
    {
        var codes = typeof(DomainErrors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);

        using var _ = CultureScope.Use(culture);
        Assert.DoesNotContain(codes, code => Texts.Find(code).ResourceNotFound);
    }

    [Fact]
    public void AFeaturesRefusal_IsReadFromItsOwnTexts_AndASharedOneFromTheSharedTexts()
    {
        using var _ = CultureScope.Use("en-GB");

        Assert.Equal("Dialogues.App.Features.Campaigns.CampaignsText", Texts.Find(DomainErrors.CampaignBusy).SearchedLocation);
        Assert.Equal("Dialogues.App.Infrastructure.Localization.ErrorText", Texts.Find(DomainErrors.ChangedMeanwhile).SearchedLocation);
    }
}
