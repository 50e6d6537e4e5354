using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using static Dialogues.Tests.Domain.Moderation.ModerationBuilder;
using static Dialogues.Tests.Domain.Participants.People;

namespace Dialogues.Tests.Domain.Moderation;

public class ModerationDecisionTests
{
    [Fact]
    public void Take_WithoutTemplateOrReason_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() =>
            ModerationDecision.Take(Item(), new UserId(Guid.NewGuid()), ModerationActionKind.Hide, Moderator(), null, " ", null, Now));

        Assert.Equal(DomainErrors.ModerationReasonRequired, error.Code);
    }

    [Fact]
    public void Take_SuspensionWithoutFutureEnd_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() =>
            ModerationDecision.Take(Item(), new UserId(Guid.NewGuid()), ModerationActionKind.Suspend, Moderator(), "Repeated", null, Now, Now));

        Assert.Equal(DomainErrors.ModerationSuspensionLength, error.Code);
    }

    [Fact]
    public void Suspension_BarsUntilItsEnd()
    {
        var suspension = ModerationDecision.Take(Item(), new UserId(Guid.NewGuid()), ModerationActionKind.Suspend, Moderator(), "Repeated", null, Now.AddDays(7), Now);

        Assert.True(suspension.BarsAt(Now.AddDays(6)));
        Assert.False(suspension.BarsAt(Now.AddDays(7)));
    }

    [Fact]
    public void Appeal_ByTheAuthor_OnceOnly()
    {
        var author = Resident();
        var decision = HideBy(Moderator(), author: author.Id);

        decision.Appeal(author, "Коментарът ми не съдържа обиди.", [], Now);
        var error = Assert.Throws<DomainException>(() => decision.Appeal(author, "Отново обжалвам решението.", [], Now));

        Assert.Equal(DomainErrors.ModerationAlreadyAppealed, error.Code);
    }

    [Fact]
    public void Appeal_BySomeoneElse_IsForbidden()
    {
        var decision = HideBy(Moderator(), author: Resident().Id);

        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() => decision.Appeal(Resident(), "Чужд коментар, но обжалвам.", [], Now)).Code);
    }

    [Fact]
    public void Appeal_OfAWarning_IsNotAllowed()
    {
        var author = Resident();
        var warning = ModerationDecision.Take(Item(), author.Id, ModerationActionKind.Warn, Moderator(), "InsultOrHate", null, null, Now);

        Assert.Equal(DomainErrors.ModerationNotAppealable, Assert.Throws<DomainException>(() => warning.Appeal(author, "Не съм съгласен с това.", [], Now)).Code);
    }

    [Fact]
    public void DecideAppeal_BySameModerator_IsRefused()
    {
        var (author, moderator) = (Resident(), Moderator());
        var decision = HideBy(moderator, author: author.Id);
        decision.Appeal(author, "Коментарът ми не съдържа обиди.", [], Now);

        var error = Assert.Throws<DomainException>(() => decision.DecideAppeal(moderator, [], grant: true, "Преразгледах го.", Now));

        Assert.Equal(DomainErrors.ModerationAppealSameModerator, error.Code);
    }

    [Fact]
    public void DecideAppeal_ByAnotherModerator_IsFinal()
    {
        var author = Resident();
        var decision = HideBy(Moderator(), author: author.Id);
        decision.Appeal(author, "Коментарът ми не съдържа обиди.", [], Now);

        decision.DecideAppeal(Moderator(), [], grant: true, "Няма обида, възстановяваме.", Now);
        var error = Assert.Throws<DomainException>(() => decision.DecideAppeal(Moderator(), [], grant: false, "Промених мнението си.", Now));

        Assert.Equal(DomainErrors.ModerationAppealDecided, error.Code);
        Assert.False(decision.AppealUpheld);
        Assert.Equal(Now, decision.LiftedAt);
    }

    [Fact]
    public void DecideAppeal_Granted_AnnouncesTheItemVisibleAgain()
    {
        var author = Resident();
        var decision = HideBy(Moderator(), author: author.Id);
        decision.Appeal(author, "Коментарът ми не съдържа обиди.", [], Now);
        decision.ClearDomainEvents();

        decision.DecideAppeal(Moderator(), [], grant: true, "Няма обида, възстановяваме.", Now);

        Assert.Contains(decision.DomainEvents, e => e is ContentVisibilityChanged { Hidden: false });
    }

    [Fact]
    public void DecideAppeal_WithoutAppeal_IsRefused()
    {
        var decision = HideBy(Moderator());

        Assert.Equal(DomainErrors.ModerationNoAppeal, Assert.Throws<DomainException>(() => decision.DecideAppeal(Moderator(), [], true, "Възстановяваме.", Now)).Code);
    }

    [Fact]
    public void Appeal_AgainstTheAutomaticHide_AfterTheModeratorsHideWasAppealed_IsRefused()
    {
        var author = Resident();
        var item = Item();
        var automatic = ModerationDecision.AutoHide(item, author.Id, Now);
        var byModerator = HideBy(Moderator(), item, author.Id);
        byModerator.Appeal(author, "Коментарът ми не съдържа обиди.", [automatic], Now);
        byModerator.DecideAppeal(Moderator(), [automatic], grant: false, "Телефонният номер остава скрит.", Now);

        var error = Assert.Throws<DomainException>(() => automatic.Appeal(author, "Обжалвам и автоматичното скриване.", [byModerator], Now));

        Assert.Equal(DomainErrors.ModerationAlreadyAppealed, error.Code);
    }

    [Fact]
    public void DecideAppeal_OnTheAutomaticHide_ByTheModeratorWhoAlsoHidTheItem_IsRefused()
    {
        var (author, hider) = (Resident(), Moderator());
        var item = Item();
        var automatic = ModerationDecision.AutoHide(item, author.Id, Now);
        var byModerator = HideBy(hider, item, author.Id);
        automatic.Appeal(author, "Коментарът ми не съдържа обиди.", [byModerator], Now);

        var error = Assert.Throws<DomainException>(() => automatic.DecideAppeal(hider, [byModerator], grant: false, "Остава скрит.", Now));

        Assert.Equal(DomainErrors.ModerationAppealSameModerator, error.Code);
        automatic.DecideAppeal(Moderator(), [byModerator], grant: true, "Възстановяваме.", Now);
        Assert.True(automatic.IsAutomatic);
    }

    [Fact]
    public void Redaction_CutsEveryOccurrenceAndKeepsTheRest()
    {
        var texts = Redaction.Apply("0888 123 456", "Обадете се на 0888 123 456 или 0888 123 456.");

        Assert.Equal("Обадете се на […] или […].", texts[0]);
    }

    [Fact]
    public void Redaction_OfAFragmentNotInTheText_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => Redaction.Apply("0899", "Обадете се на 0888 123 456."));

        Assert.Equal(DomainErrors.ModerationRedactionInvalid, error.Code);
    }
}
