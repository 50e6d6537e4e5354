using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Shared;
using static Dialogues.Tests.Domain.DialogueSpaces.DialogueBuilder;
using static Dialogues.Tests.Domain.Participants.People;

namespace Dialogues.Tests.Domain.DialogueSpaces;

public class CommentTests
{
    private readonly Dialogue _open = new DialogueBuilder().InDiscussion().Build();

    [Fact]
    public void Post_InDiscussion_RaisesCommentPosted()
    {
        var author = Resident();

        var comment = Comment.Post(_open, author, Stance.For, "Подкрепям идеята.", Now);

        Assert.Equal(comment.Id, comment.ThreadId);
        Assert.Equal(0, comment.Depth);
        var posted = Assert.IsType<CommentPosted>(Assert.Single(comment.DomainEvents));
        Assert.True(posted.IsTopLevel);
        Assert.Equal(author.Id, posted.AuthorId);
    }

    [Fact]
    public void Post_ByOfficial_CarriesTheDepartment()
    {
        var official = Official();

        var comment = Comment.Post(_open, official, Stance.Neutral, "Отговор от общината.", Now);

        Assert.Equal(official.DepartmentId, comment.OfficialDepartmentId);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" а ")]
    public void Post_TooShort_IsRefused(string body) =>
        Assert.Equal(DomainErrors.CommentLength, Assert.Throws<DomainException>(() => Comment.Post(_open, Resident(), Stance.For, body, Now)).Code);

    [Fact]
    public void Post_LongestAllowed_IsAccepted_OneMore_IsRefused()
    {
        Comment.Post(_open, Resident(), Stance.For, new string('я', Comment.MaxLength), Now);

        Assert.Throws<DomainException>(() => Comment.Post(_open, Resident(), Stance.For, new string('я', Comment.MaxLength + 1), Now));
    }

    [Fact]
    public void Post_WithoutStance_IsRefused() =>
        Assert.Equal(DomainErrors.CommentStanceRequired, Assert.Throws<DomainException>(() => Comment.Post(_open, Resident(), null, "Без позиция", Now)).Code);

    [Fact]
    public void Post_InClosedDialogue_IsRefused()
    {
        var closed = new DialogueBuilder().Closed().Build();

        Assert.Equal(DomainErrors.CommentsClosed, Assert.Throws<DomainException>(() => Comment.Post(closed, Resident(), Stance.For, "Късно", Now)).Code);
    }

    [Fact]
    public void Post_DuringVoting_IsAllowed() =>
        Comment.Post(new DialogueBuilder().InVoting().Build(), Resident(), Stance.Against, "Още един довод.", Now);

    [Fact]
    public void Reply_BeyondMaxDepth_JoinsTheDeepestLevel()
    {
        var comment = Comment.Post(_open, Resident(), Stance.For, "Корен", Now);
        for (var depth = 1; depth <= Comment.MaxDepth + 2; depth++)
        {
            var reply = Comment.Reply(_open, comment, Resident(), null, $"Отговор {depth}", Now);
            Assert.Equal(Math.Min(depth, Comment.MaxDepth), reply.Depth);
            Assert.Equal(comment.ThreadId, reply.ThreadId);
            comment = reply;
        }
    }

    [Fact]
    public void Reply_ToDeletedComment_IsRefused()
    {
        var author = Resident();
        var parent = Comment.Post(_open, author, Stance.For, "Ще го изтрия", Now);
        parent.Delete(author, Now);

        Assert.Equal(DomainErrors.CommentReplyTargetGone, Assert.Throws<DomainException>(() => Comment.Reply(_open, parent, Resident(), null, "Отговор", Now)).Code);
    }

    [Fact]
    public void Edit_WithinFifteenMinutes_MarksEdited()
    {
        var author = Resident();
        var comment = Comment.Post(_open, author, Stance.For, "Първо", Now);

        comment.Edit(_open, author, "Поправено", Now + Comment.EditWindow);

        Assert.Equal("Поправено", comment.Body);
        Assert.Equal(Now + Comment.EditWindow, comment.EditedAt);
    }

    [Fact]
    public void Edit_AfterFifteenMinutes_IsRefused()
    {
        var author = Resident();
        var comment = Comment.Post(_open, author, Stance.For, "Първо", Now);

        var error = Assert.Throws<DomainException>(() => comment.Edit(_open, author, "Късно", Now + Comment.EditWindow + TimeSpan.FromSeconds(1)));

        Assert.Equal(DomainErrors.CommentEditWindowPassed, error.Code);
        Assert.Equal("Първо", comment.Body);
    }

    [Fact]
    public void Edit_BySomeoneElse_IsRefused()
    {
        var comment = Comment.Post(_open, Resident(), Stance.For, "Мое", Now);

        Assert.Equal(DomainErrors.CommentNotAuthor, Assert.Throws<DomainException>(() => comment.Edit(_open, Resident(), "Чуждо", Now)).Code);
    }

    [Fact]
    public void Delete_LeavesATombstoneWithoutText()
    {
        var author = Resident();
        var comment = Comment.Post(_open, author, Stance.For, "Лични данни по погрешка", Now);

        comment.Delete(author, Now);

        Assert.False(comment.IsVisible);
        Assert.Equal("", comment.Body);
        Assert.Throws<DomainException>(() => comment.Delete(author, Now));
    }

    [Fact]
    public void Vote_OnOwnComment_IsRefused()
    {
        var author = Resident();
        var comment = Comment.Post(_open, author, Stance.For, "Мое", Now);

        Assert.Equal(DomainErrors.CommentOwnVote, Assert.Throws<DomainException>(() => CommentVote.Cast(_open, comment, author, 1, Now)).Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(-5)]
    public void Vote_OtherThanPlusOrMinusOne_IsRefused(int value)
    {
        var comment = Comment.Post(_open, Resident(), Stance.For, "Текст", Now);

        Assert.Throws<DomainException>(() => CommentVote.Cast(_open, comment, Resident(), value, Now));
    }

    [Fact]
    public void Vote_Change_KeepsOneVoteWithTheNewValue()
    {
        var voter = Resident();
        var comment = Comment.Post(_open, Resident(), Stance.For, "Текст", Now);
        var vote = CommentVote.Cast(_open, comment, voter, 1, Now);

        vote.Change(_open, comment, voter, -1, Now);

        Assert.Equal(-1, vote.Value);
    }
}
