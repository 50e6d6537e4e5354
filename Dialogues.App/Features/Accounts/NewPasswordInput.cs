using System.ComponentModel.DataAnnotations;
using Dialogues.App.Infrastructure.Localization;

namespace Dialogues.App.Features.Accounts;

/// <summary>A new password typed twice, as the reset and change-password forms post it.</summary>
public class NewPasswordInput
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [StringLength(PasswordPolicy.MaxLength, MinimumLength = PasswordPolicy.MinLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Length))]
    [Display(ResourceType = typeof(ValidationText), Name = nameof(ValidationText.FieldNewPassword))]
    public string NewPassword { get; set; } = "";

    [Compare(nameof(NewPassword), ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.PasswordsDiffer))]
    [Display(ResourceType = typeof(ValidationText), Name = nameof(ValidationText.FieldConfirmPassword))]
    public string ConfirmPassword { get; set; } = "";
}

/// <summary>A form that asks for the current password.</summary>
public interface ICurrentPasswordInput
{
    string CurrentPassword { get; set; }
}
