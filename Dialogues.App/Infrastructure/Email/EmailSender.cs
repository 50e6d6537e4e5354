using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Net.Mail;
using System.Text;
using Dialogues.App.Infrastructure.Data;
using Microsoft.Extensions.Options;

namespace Dialogues.App.Infrastructure.Email;

public sealed record EmailMessage(string To, string Subject, string PlainText, string Html);

/// <summary>The one way the app sends mail.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}

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

/// <summary>
/// Sends through SMTP when a host is configured; otherwise lets <see cref="SmtpClient"/> write each
/// message into the pickup folder, where a developer (or a test) can open it.
/// </summary>
internal sealed class SmtpEmailSender(IOptions<EmailOptions> options, DataFolder dataFolder) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        using var mail = new MailMessage
        {
            From = new MailAddress(settings.From, settings.FromName, Encoding.UTF8),
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
        };
        mail.To.Add(message.To);
        mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.PlainText, Encoding.UTF8, "text/plain"));
        mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.Html, Encoding.UTF8, "text/html"));

        using var client = CreateClient(settings);
        await client.SendMailAsync(mail, cancellationToken);
    }

    private SmtpClient CreateClient(EmailOptions settings)
    {
        if (string.IsNullOrWhiteSpace(settings.Smtp.Host))
        {
            return new SmtpClient
            {
                DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
                PickupDirectoryLocation = dataFolder.Folder(settings.PickupFolder),
            };
        }

        var client = new SmtpClient(settings.Smtp.Host, settings.Smtp.Port) { EnableSsl = settings.Smtp.EnableSsl };
        if (!string.IsNullOrEmpty(settings.Smtp.UserName))
        {
            client.Credentials = new NetworkCredential(settings.Smtp.UserName, settings.Smtp.Password);
        }
        return client;
    }
}

public static class EmailServiceCollectionExtensions
{
    public static IServiceCollection AddEmail(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PlatformOptions>().BindConfiguration(PlatformOptions.Section);
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddSingleton<PublicUrl>();
        services.AddSingleton<EmailComposer>();
        return services;
    }
}
