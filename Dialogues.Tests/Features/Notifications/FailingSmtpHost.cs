using Dialogues.Tests.Support;

namespace Dialogues.Tests.Features.Notifications;

/// <summary>An app whose SMTP server refuses connections: every send fails for real.</summary>
public sealed class FailingSmtpHost : AppHost
{
    protected override IEnumerable<string> Settings =>
    [
        "Email:Smtp:Host=127.0.0.1",
        "Email:Smtp:Port=1",
        "Email:Smtp:EnableSsl=false",
        "Outbox:MaxAttempts=3",
        "Outbox:RetryDelay=00:01:00",
    ];
}
