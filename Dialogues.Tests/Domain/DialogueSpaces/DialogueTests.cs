using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Shared;
using static Dialogues.Tests.Domain.DialogueSpaces.DialogueBuilder;
using static Dialogues.Tests.Domain.Participants.People;

namespace Dialogues.Tests.Domain.DialogueSpaces;

public class DialogueTests
{
    [Fact]
    public void PhaseAt_FollowsTheSchedule()
    {
        var dialogue = new DialogueBuilder().Schedule(Now, Now.AddDays(10), Now.AddDays(20)).Build();

        Assert.Equal(DialoguePhase.Upcoming, dialogue.PhaseAt(Now.AddTicks(-1)));
        Assert.Equal(DialoguePhase.Discussion, dialogue.PhaseAt(Now));
        Assert.Equal(DialoguePhase.Discussion, dialogue.PhaseAt(Now.AddDays(10).AddTicks(-1)));
        Assert.Equal(DialoguePhase.Voting, dialogue.PhaseAt(Now.AddDays(10)));
        Assert.Equal(DialoguePhase.Closed, dialogue.PhaseAt(Now.AddDays(20)));
    }

    [Fact]
    public void PhaseAt_UnpublishedDialogue_IsDraftWhateverTheDate()
    {
        var dialogue = new DialogueBuilder().InDiscussion().Unpublished().Build();

        Assert.Equal(DialoguePhase.Draft, dialogue.PhaseAt(Now));
        Assert.False(dialogue.CommentsOpenAt(Now));
    }

    [Fact]
    public void PhaseAt_WithoutVoting_GoesFromDiscussionToClosed()
    {
        var dialogue = new DialogueBuilder().Schedule(Now.AddDays(-1), null, Now.AddDays(1)).Build();

        Assert.Equal(DialoguePhase.Discussion, dialogue.PhaseAt(Now));
        Assert.False(dialogue.VotingOpenAt(Now.AddHours(20)));
        Assert.Equal(DialoguePhase.Closed, dialogue.PhaseAt(Now.AddDays(1)));
    }

    [Fact]
    public void Switches_MatchThePhase()
    {
        var discussion = new DialogueBuilder().InDiscussion().Build();
        var voting = new DialogueBuilder().InVoting().Build();
        var closed = new DialogueBuilder().Closed().Build();

        Assert.True(discussion.CommentsOpenAt(Now) && discussion.ProposalsOpenAt(Now) && !discussion.VotingOpenAt(Now));
        Assert.True(voting.CommentsOpenAt(Now) && !voting.ProposalsOpenAt(Now) && voting.VotingOpenAt(Now));
        Assert.False(closed.CommentsOpenAt(Now) || closed.ProposalsOpenAt(Now) || closed.VotingOpenAt(Now));
    }

    [Fact]
    public void Close_EarlyWithOutcome_ClosesNow()
    {
        var dialogue = new DialogueBuilder().InDiscussion().Build();

        dialogue.Close(Official(), "Общината приема трасе 2 и ще проектира велоалеята.", Now);

        Assert.Equal(DialoguePhase.Closed, dialogue.PhaseAt(Now));
        Assert.Equal(Now, dialogue.EffectiveClosesAt);
        Assert.Contains(dialogue.DomainEvents, e => e is DialogueClosed);
    }

    [Fact]
    public void Close_WithoutOutcome_IsRefused()
    {
        var dialogue = new DialogueBuilder().InDiscussion().Build();

        var error = Assert.Throws<DomainException>(() => dialogue.Close(Official(), " ", Now));

        Assert.Equal(DomainErrors.DialogueOutcomeRequired, error.Code);
        Assert.Equal(DialoguePhase.Discussion, dialogue.PhaseAt(Now));
    }

    [Fact]
    public void Create_ByResident_AwaitsApproval_AndCannotBePublished()
    {
        var ngo = Resident();
        var dialogue = Dialogue.Create(ngo, Draft(Now.AddDays(1), null, Now.AddDays(30)), Now);

        Assert.Equal(DialogueApproval.PendingApproval, dialogue.Approval);
        Assert.Throws<DomainException>(() => dialogue.Publish(Official(), Now));
        Assert.True(dialogue.CanEdit(ngo));
    }

    [Fact]
    public void Approve_ByModerator_ThenStaffPublishes()
    {
        var dialogue = Dialogue.Create(Resident(), Draft(Now.AddDays(1), null, Now.AddDays(30)), Now);

        dialogue.Approve(Moderator());
        dialogue.Publish(Official(), Now);

        Assert.True(dialogue.IsPublic);
        Assert.Equal(DialoguePhase.Upcoming, dialogue.PhaseAt(Now));
    }

    [Fact]
    public void Approve_ByResident_IsForbidden()
    {
        var dialogue = Dialogue.Create(Resident(), Draft(Now.AddDays(1), null, Now.AddDays(30)), Now);

        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() => dialogue.Approve(Resident())).Code);
    }

    [Fact]
    public void Reject_NeedsAReason_TheProposerSees()
    {
        var dialogue = Dialogue.Create(Resident(), Draft(Now.AddDays(1), null, Now.AddDays(30)), Now);

        Assert.Throws<DomainException>(() => dialogue.Reject(Moderator(), ""));
        dialogue.Reject(Moderator(), "Темата вече се обсъжда в друг диалог.");

        Assert.Equal(DialogueApproval.Rejected, dialogue.Approval);
        Assert.Equal("Темата вече се обсъжда в друг диалог.", dialogue.RejectionReason);
    }

    [Theory]
    [InlineData(0, 5, 3)]
    [InlineData(2, 1, 3)]
    [InlineData(2, 3, 3)]
    public void Create_DatesOutOfOrder_AreRefused(int start, int voting, int closes)
    {
        var error = Assert.Throws<DomainException>(() =>
            Dialogue.Create(Official(), Draft(Now.AddDays(start), Now.AddDays(voting), Now.AddDays(closes)), Now));

        Assert.Equal(DomainErrors.DialogueScheduleOrder, error.Code);
    }

    [Fact]
    public void Edit_ClosedDialogue_IsRefused()
    {
        var dialogue = new DialogueBuilder().Closed().Build();

        var error = Assert.Throws<DomainException>(() => dialogue.Edit(Official(), Draft(Now, null, Now.AddDays(3)), dialogue.EditCount, Now));

        Assert.Equal(DomainErrors.DialogueNotEditable, error.Code);
    }

    [Fact]
    public void Edit_StartedBeforeAColleaguesEdit_IsRefusedAndKeepsTheColleaguesChange()
    {
        var dialogue = new DialogueBuilder().InDiscussion().Build();
        var opened = dialogue.EditCount;
        dialogue.Edit(Official(), Draft(Now.AddDays(-5), null, Now.AddDays(12)), opened, Now);

        var error = Assert.Throws<DomainException>(() => dialogue.Edit(Official(), Draft(Now.AddDays(-5), null, Now.AddDays(8)), opened, Now));

        Assert.Equal(DomainErrors.DialogueEditedMeanwhile, error.Code);
        Assert.Equal(Now.AddDays(12), dialogue.ClosesAt);
        Assert.Equal(opened + 1, dialogue.EditCount);
    }

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ", VideoHost.YouTube, "dQw4w9WgXcQ")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ", VideoHost.YouTube, "dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/shorts/dQw4w9WgXcQ", VideoHost.YouTube, "dQw4w9WgXcQ")]
    [InlineData("https://vimeo.com/76979871", VideoHost.Vimeo, "76979871")]
    [InlineData("https://player.vimeo.com/video/76979871", VideoHost.Vimeo, "76979871")]
    public void VideoLink_KnownHosts_AreParsed(string url, VideoHost host, string id)
    {
        var video = VideoLink.Parse(url);

        Assert.Equal(host, video.Host);
        Assert.Equal(id, video.VideoId);
        Assert.StartsWith("https://", video.EmbedUrl);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://evil.example/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/watch?v=<script>")]
    [InlineData("not a url")]
    public void VideoLink_AnythingElse_IsRefused(string url)
    {
        Assert.Equal(DomainErrors.DialogueVideoLink, Assert.Throws<DomainException>(() => VideoLink.Parse(url)).Code);
    }
}
