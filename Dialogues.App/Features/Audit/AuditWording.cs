using System.Globalization;
using System.Text.RegularExpressions;
using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Items;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using Microsoft.Extensions.Localization;

namespace Dialogues.App.Features.Audit;

/// <summary>
/// An audit entry as people read it. Entries are stored once, in the fixed words the handlers write ("Hidden",
/// "Administrator, Official; department …", "InsultOrHate — …"), and are never rewritten; this puts them in the
/// reader's language with names for ids, older entries' forms included.
/// </summary>
public sealed partial class AuditWording(
    IStringLocalizer<AuditText> audit,
    IStringLocalizer<ModerationText> moderation,
    IStringLocalizer<AccountText> accounts,
    ItemKindNames kinds,
    Formats format)
{
    /// <summary>The name of a stored kind: an item kind's own, else the log's (accounts, and kinds as they were once called).</summary>
    public string Kind(string kind) => Enum.TryParse<ItemKind>(kind, out var known) && kinds.Knows(known) ? kinds.Of(known) : audit[$"Kind.{kind}"];

    /// <summary>A reason: its template (a moderation reason) in words, then the moderator's own text.</summary>
    public string? Reason(string? reason)
    {
        if (string.IsNullOrEmpty(reason))
        {
            return reason;
        }
        var parts = reason.Split(" — ", 2);
        return moderation[$"Template.{parts[0]}"] is { ResourceNotFound: false } template
            ? parts.Length > 1 ? $"{template} — {parts[1]}" : template
            : reason;
    }

    /// <summary>A state before or after the action: each of its "; "-separated parts in words.</summary>
    public string? State(string? state, ReferenceSnapshot reference) =>
        string.IsNullOrEmpty(state) ? state : string.Join("; ", state.Split("; ").Select(part => Part(part, reference)));

    private string Part(string part, ReferenceSnapshot reference)
    {
        if (audit[$"State.{part}"] is { ResourceNotFound: false } known)
        {
            return known;
        }
        if (SuspendedUntil().Match(part) is { Success: true } suspended
            && DateTimeOffset.TryParse(suspended.Groups["until"].Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var until))
        {
            return audit["State.SuspendedUntil", format.DateTime(until)];
        }
        if (Redacted().Match(part) is { Success: true } redacted)
        {
            return audit["State.Redacted", int.Parse(redacted.Groups["count"].Value, CultureInfo.InvariantCulture)];
        }
        if (Department().Match(part) is { Success: true } department && Guid.TryParse(department.Groups["id"].Value, out var id))
        {
            var name = reference.DepartmentName(new DepartmentId(id));
            return audit[department.Groups["head"].Success ? "State.DepartmentHead" : "State.Department", name];
        }
        // A list of roles ("Administrator, Official").
        var roles = part.Split(", ");
        return roles.All(r => accounts[$"Role.{r}"] is { ResourceNotFound: false })
            ? string.Join(", ", roles.Select(r => accounts[$"Role.{r}"].Value))
            : part;
    }

    [GeneratedRegex(@"^Suspended until (?<until>\S+)$")]
    private static partial Regex SuspendedUntil();

    [GeneratedRegex(@"^(?<count>\d+) characters redacted$")]
    private static partial Regex Redacted();

    // "department 3f2…" and, in older entries, "department DepartmentId { Value = 3f2… }"; " (head)" for its head.
    [GeneratedRegex(@"^department (?:DepartmentId \{ Value = )?(?<id>[0-9a-fA-F-]{36})(?: \})?(?<head> \(head\))?$")]
    private static partial Regex Department();
}
