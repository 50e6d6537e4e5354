using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace Dialogues.App.Features.Shell;

/// <summary>
/// How a component runs what a person asked for, the same way everywhere. While it runs, <see cref="Busy"/> is true
/// (buttons bound to it stay disabled, and a second call is ignored, so a double click acts once). A refusal becomes
/// <see cref="Error"/>, the localized reason shown beside the form; success shows a snackbar saying what happened.
/// Then the component's reload runs, after a refusal too: a refusal usually means the item changed meanwhile (the
/// last seat went, a moderator hid it), and the page must show it as it is now. Each component injects its own.
/// </summary>
public sealed class Command(ErrorTexts errors, ISnackbar snackbar, IDialogService dialogs)
{
    public bool Busy { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The code of the last refusal from the server, for a page that answers one refusal its own way.</summary>
    public string? RefusalCode { get; private set; }

    /// <summary>Forgets the last refusal (the form was closed or started again).</summary>
    public void Clear() => (Error, RefusalCode) = (null, null);

    /// <summary>Refuses before asking the server, for a form that is not filled in enough to send.</summary>
    public void Refuse(string reason) => Error = reason;

    /// <summary>
    /// For a child form that shows the refusal itself (its callback returns it): runs the action as
    /// <see cref="RunAsync"/> does and hands the refusal over instead of keeping it, so it shows once, in the form.
    /// </summary>
    public async Task<string?> RefusalOfAsync(Func<Task> action, string? done = null, Func<Task>? reload = null)
    {
        if (await RunAsync(action, done, reload))
        {
            return null;
        }
        var refusal = Error;
        Error = null;
        return refusal;
    }

    /// <summary>
    /// For what cannot be undone: asks first in a dialog (focus moves into it, Escape cancels), then runs the action
    /// as <see cref="RunAsync"/> does. A question not confirmed changes nothing and says nothing.
    /// </summary>
    public async Task<bool> RunIfConfirmedAsync(Confirmation question, Func<Task> action, string? done = null, Func<Task>? reload = null)
    {
        var answer = await dialogs.ShowMessageBoxAsync(question.Title, question.Text, yesText: question.Yes, cancelText: question.Cancel);
        return answer == true && await RunAsync(action, done, reload);
    }

    /// <returns>Whether the action succeeded.</returns>
    public async Task<bool> RunAsync(Func<Task> action, string? done = null, Func<Task>? reload = null)
    {
        if (Busy)
        {
            return false;
        }
        (Busy, Error, RefusalCode) = (true, null, null);
        try
        {
            await action();
            if (done is not null)
            {
                snackbar.Add(done, Severity.Success);
            }
            return true;
        }
        // A save outside the retrying helper that lost a race wrote nothing: the person is told it changed meanwhile.
        catch (Exception failure) when (failure is DomainException or DbUpdateConcurrencyException)
        {
            var refusal = failure as DomainException ?? new DomainException(DomainErrors.ChangedMeanwhile);
            (Error, RefusalCode) = (errors.Describe(refusal), refusal.Code);
            return false;
        }
        finally
        {
            Busy = false;
            if (reload is not null)
            {
                await reload();
            }
        }
    }
}

/// <summary>A question asked before an action that cannot be undone, with its two answers.</summary>
public sealed record Confirmation(string Title, string Text, string Yes, string Cancel);
