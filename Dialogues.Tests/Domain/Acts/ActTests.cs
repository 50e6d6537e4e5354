using Dialogues.Domain.Acts;
using Dialogues.Domain.Shared;
using static Dialogues.Tests.Domain.Acts.ActBuilder;
using static Dialogues.Tests.Domain.Participants.People;

namespace Dialogues.Tests.Domain.Acts;

public class ActTests
{
    [Fact]
    public void Create_ConsultationEndBeforeStart_IsRefused()
    {
        var draft = Draft() with { ConsultationStart = Start, ConsultationEnd = Start.AddDays(-1) };

        var error = Assert.Throws<DomainException>(() => Act.Create(Drafter(), draft, Now));

        Assert.Equal(DomainErrors.ActConsultationEndBeforeStart, error.Code);
    }

    [Fact]
    public void Create_ByAResident_IsForbidden() =>
        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() => Act.Create(Resident(), Draft(), Now)).Code);

    [Fact]
    public void Edit_PublishedActWithoutANote_IsRefused()
    {
        var official = Drafter();
        var act = Published(official: official);

        var error = Assert.Throws<DomainException>(() => act.Edit(official, Draft() with { Title = "Ново заглавие на наредбата" }, " ", act.RevisionCount, Now));

        Assert.Equal(DomainErrors.ActRevisionNoteRequired, error.Code);
        Assert.Equal("Наредба за платеното паркиране", act.Title);
    }

    [Theory]
    [InlineData(10, null, LegalityRule.ConsultationShorterThan14Days)]
    [InlineData(20, null, LegalityRule.ConsultationShorterThan30Days)]
    public void Publish_AConsultationTheWatchWouldFlag_IsRefusedUntilTheOfficialConfirms(int days, string? reason, LegalityRule rule)
    {
        var official = Drafter();
        var act = Act.Create(official, Draft(consultationDays: days, reason: reason), Now);

        Assert.Equal(rule, Assert.Single(act.FindingsOncePublished()).Rule);
        Assert.Equal(DomainErrors.ActPublishWouldBeFlagged, Assert.Throws<DomainException>(() => act.Publish(official, Now)).Code);
        Assert.Null(act.PublishedAt);

        act.Publish(official, Now, despiteFindings: true);
        Assert.Contains(act.LegalityFlags, f => f.Rule == rule);
    }

    [Fact]
    public void Publish_ALawfulConsultation_NeedsNoConfirmation()
    {
        var official = Drafter();
        var act = Act.Create(official, Draft(consultationDays: 30), Now);

        Assert.Empty(act.FindingsOncePublished());
        act.Publish(official, Now);
        Assert.Empty(act.LegalityFlags);
    }

    [Fact]
    public void Edit_PublishedAct_KeepsEachVersionAsARevision()
    {
        var official = Drafter();
        var act = Act.Create(official, Draft(), Now);
        var first = act.Publish(official, Now);

        var second = act.Edit(official, Draft() with { Title = "Наредба за паркирането в центъра" }, "Уточнено заглавие.", act.RevisionCount, Now.AddDays(1))!;

        Assert.Equal(1, first.Revision);
        Assert.Equal("Наредба за платеното паркиране", first.Title);
        Assert.Equal(2, second.Revision);
        Assert.Equal("Наредба за паркирането в центъра", second.Title);
        Assert.Equal("Уточнено заглавие.", second.Note);
        Assert.Equal(2, act.RevisionCount);
    }

    [Fact]
    public void Edit_StartedFromAnOlderRevision_IsRefusedAndChangesNothing()
    {
        var official = Drafter();
        var act = Published(official: official);
        act.Edit(Drafter(), Draft() with { Title = "Наредба, редактирана от колега" }, "Колегата уточни заглавието.", 1, Now);

        var error = Assert.Throws<DomainException>(() =>
            act.Edit(official, Draft() with { Title = "Наредба на остаряла основа" }, "Редакция върху стара версия.", 1, Now));

        Assert.Equal(DomainErrors.ActEditedMeanwhile, error.Code);
        Assert.Equal("Наредба, редактирана от колега", act.Title);
        Assert.Equal(2, act.RevisionCount);
    }

    [Fact]
    public void Edit_BeforePublication_KeepsNoRevision()
    {
        var official = Drafter();
        var act = Act.Create(official, Draft(), Now);

        Assert.Null(act.Edit(official, Draft() with { Title = "Работно заглавие на проекта" }, null, act.RevisionCount, Now));
    }

    [Fact]
    public void Paragraphs_AreNumberedAndLabelledByArticle()
    {
        var act = Published();

        Assert.Equal(3, act.Paragraphs.Count);
        Assert.Equal("Чл. 3", act.Paragraphs[2].Article);
        Assert.StartsWith("Чл. 3. Жителите на Врачеш", act.Paragraphs[2].Text);
    }

    [Fact]
    public void Comment_OnAParagraphThatDoesNotExist_IsRefused()
    {
        var act = Published();

        var error = Assert.Throws<DomainException>(() => ConsultationComment.Post(act, Resident(), 4, "Коментар по несъществуваща алинея.", Start, Now));

        Assert.Equal(DomainErrors.ActParagraphNotFound, error.Code);
    }

    [Fact]
    public void Comment_AfterTheConsultationEnded_IsRefused()
    {
        var act = Published();

        var error = Assert.Throws<DomainException>(() => ConsultationComment.Post(act, Resident(), 3, "Късно изпратен коментар.", Start.AddDays(30), Now));

        Assert.Equal(DomainErrors.ActConsultationClosed, error.Code);
    }

    [Fact]
    public void Comment_OnTheLastDay_IsAccepted()
    {
        var comment = ConsultationComment.Post(Published(), Resident(), 3, "Коментар в последния ден.", Start.AddDays(29), Now);

        Assert.Equal(3, comment.Paragraph);
    }

    [Fact]
    public void PublishSummary_BeforeTheConsultationEnded_IsRefused()
    {
        var official = Drafter();
        var act = Published(official: official);

        Assert.Equal(DomainErrors.ActConsultationNotEnded,
            Assert.Throws<DomainException>(() => act.PublishSummary(official, [], [], Start.AddDays(29), Now)).Code);
    }

    [Fact]
    public void PublishSummary_MustAnswerEveryComment()
    {
        var official = Drafter();
        var act = Published(official: official);
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());

        var error = Assert.Throws<DomainException>(() => act.PublishSummary(official,
            [new SummaryEntryDraft(first, SummaryOutcome.Accepted, "Приема се.")], [first, second], Start.AddDays(30), Now));

        Assert.Equal(DomainErrors.ActSummaryIncomplete, error.Code);
        Assert.Null(act.SummaryPublishedAt);
    }

    [Fact]
    public void StatusOn_FollowsTheDates()
    {
        var act = Published(Draft() with { AdoptedOn = Start.AddDays(40), InForceFrom = Start.AddDays(50) });

        Assert.Equal(ActStatus.UnderConsultation, act.StatusOn(Start));
        Assert.Equal(ActStatus.ConsultationClosed, act.StatusOn(Start.AddDays(30)));
        Assert.Equal(ActStatus.Adopted, act.StatusOn(Start.AddDays(40)));
        Assert.Equal(ActStatus.InForce, act.StatusOn(Start.AddDays(50)));
    }
}
