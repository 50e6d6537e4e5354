using System.ComponentModel.DataAnnotations;
using Dialogues.App.Infrastructure.Localization;

namespace Dialogues.App.Features.Accounts;

/// <summary>The one field of the resend-confirmation and forgot-password forms.</summary>
public sealed class EmailInput
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [EmailAddress(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Email))]
    [Display(ResourceType = typeof(ValidationText), Name = nameof(ValidationText.FieldEmail))]
    public string Email { get; set; } = "";
}
