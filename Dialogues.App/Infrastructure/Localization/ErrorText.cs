using Dialogues.Domain.Shared;
using Microsoft.Extensions.Localization;

namespace Dialogues.App.Infrastructure.Localization;

/// <summary>Marker for ErrorText.resx: the texts of refused actions, keyed by <see cref="DomainErrors"/> codes.</summary>
public sealed class ErrorText;

public static class ErrorTextExtensions
{
    public static string Describe(this IStringLocalizer<ErrorText> localizer, DomainException exception) =>
        localizer[exception.Code, [.. exception.Arguments]];
}
