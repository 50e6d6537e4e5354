using System.ComponentModel.DataAnnotations;

namespace Dialogues.App.Infrastructure.Email;

public sealed class EmailOptions
{
    public const string Section = "Email";

    [Required, EmailAddress]
    public string From { get; set; } = "dialogues@botevgrad.example";

    [Required]
    public string FromName { get; set; } = "Диалози за бъдещето на Ботевград";

    /// <summary>Where messages are written as .eml files when no SMTP host is set, relative to the data folder.</summary>
    [Required]
    public string PickupFolder { get; set; } = "mail";

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    /// <summary>Empty means: write messages to the pickup folder instead of sending them.</summary>
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public bool EnableSsl { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
