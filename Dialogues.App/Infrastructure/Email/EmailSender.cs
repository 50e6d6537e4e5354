using Dialogues.App.Infrastructure.Data;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Dialogues.App.Infrastructure.Email;

public sealed record EmailMessage(string To, string Subject, string PlainText, string Html);

/// <summary>The one way the app sends mail.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}

/// <summary>
/// Sends through SMTP with MailKit when a host is configured; otherwise writes each message as an .eml file into the
/// pickup folder, where a developer (or a test) can open it.
/// </summary>
internal sealed class SmtpEmailSender(IOptions<EmailOptions> options, DataFolder dataFolder) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var mail = new MimeMessage { Subject = message.Subject };
        mail.From.Add(new MailboxAddress(settings.FromName, settings.From));
        mail.To.Add(MailboxAddress.Parse(message.To));
        mail.Body = new BodyBuilder { TextBody = message.PlainText, HtmlBody = message.Html }.ToMessageBody();

        if (string.IsNullOrWhiteSpace(settings.Smtp.Host))
        {
            // Written aside and then renamed, so a reader of the folder never meets half a message.
            var path = Path.Combine(dataFolder.Folder(settings.PickupFolder), $"{Guid.NewGuid():N}.eml");
            await mail.WriteToAsync(path + ".part", cancellationToken);
            File.Move(path + ".part", path);
            return;
        }
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Smtp.Host, settings.Smtp.Port, Security(settings.Smtp), cancellationToken);
        if (!string.IsNullOrEmpty(settings.Smtp.UserName))
        {
            await client.AuthenticateAsync(settings.Smtp.UserName, settings.Smtp.Password ?? "", cancellationToken);
        }
        await client.SendAsync(mail, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    // With SSL on, TLS is required: from the first byte on port 465, by STARTTLS elsewhere (never silently plain).
    private static SecureSocketOptions Security(SmtpOptions smtp) => smtp switch
    {
        { EnableSsl: false } => SecureSocketOptions.None,
        { Port: 465 } => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };
}

public static class EmailServiceCollectionExtensions
{
    public static IServiceCollection AddEmail(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PlatformOptions>().BindConfiguration(PlatformOptions.Section)
            .Validate(o => PlatformOptions.IsValid(o.PublicUrl, environment.IsProduction()),
                "Platform:PublicUrl must be the site's absolute http(s) address; Production requires it, since links in emails carry account secrets.")
            .ValidateOnStart();
        // Requests for any other host are refused once the public address is known (unless AllowedHosts names more).
        services.AddOptions<HostFilteringOptions>().PostConfigure<IOptions<PlatformOptions>>((filtering, platform) =>
        {
            if (Uri.TryCreate(platform.Value.PublicUrl, UriKind.Absolute, out var publicUrl) && (filtering.AllowedHosts.Count == 0 || filtering.AllowedHosts.Contains("*")))
            {
                filtering.AllowedHosts = [publicUrl.Host];
            }
        });
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddSingleton<PublicUrl>();
        services.AddSingleton<EmailComposer>();
        return services;
    }
}
