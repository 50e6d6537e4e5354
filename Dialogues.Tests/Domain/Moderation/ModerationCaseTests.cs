using Dialogues.Domain.Moderation;
using Dialogues.Domain.Shared;
using static Dialogues.Tests.Domain.Moderation.ModerationBuilder;
using static Dialogues.Tests.Domain.Participants.People;

namespace Dialogues.Tests.Domain.Moderation;

public class ModerationCaseTests
{
    [Fact]
    public void RecordFlag_BelowThreshold_DoesNotHide()
    {
        var moderationCase = OpenCase(out var item);

        Assert.False(moderationCase.RecordFlag(FlagBy(Resident(), item), threshold: 3, Now));
        Assert.False(moderationCase.RecordFlag(FlagBy(Resident(), item), threshold: 3, Now));

        Assert.Equal(2, moderationCase.FlagCount);
        Assert.Null(moderationCase.AutoHiddenAt);
    }

    [Fact]
    public void RecordFlag_ThirdDistinctFlag_HidesOnce()
    {
        var moderationCase = OpenCase(out var item);
        moderationCase.RecordFlag(FlagBy(Resident(), item), 3, Now);
        moderationCase.RecordFlag(FlagBy(Resident(), item), 3, Now);

        Assert.True(moderationCase.RecordFlag(FlagBy(Resident(), item), 3, Now));
        Assert.False(moderationCase.RecordFlag(FlagBy(Resident(), item), 3, Now));
        Assert.Equal(Now, moderationCase.AutoHiddenAt);
    }

    [Fact]
    public void RecordFlag_ModeratorFlag_CountsAsTheWholeThreshold()
    {
        var moderationCase = OpenCase(out var item);

        Assert.True(moderationCase.RecordFlag(FlagBy(Moderator(), item), threshold: 5, Now));
    }

    [Fact]
    public void RecordFlag_WordListFlag_QueuesWithoutCounting()
    {
        var moderationCase = OpenCase(out var item);

        Assert.False(moderationCase.RecordFlag(Flag.ByWordList(item, "идиот", Now), threshold: 1, Now));
        Assert.Equal(0, moderationCase.FlagCount);
        Assert.Equal(CaseStatus.Open, moderationCase.Status);
    }

    [Fact]
    public void RecordFlag_AfterResolution_StartsANewRound()
    {
        var moderator = Moderator();
        var moderationCase = OpenCase(out var item);
        moderationCase.RecordFlag(FlagBy(Resident(), item), 2, Now);
        moderationCase.Claim(moderator, Now);
        moderationCase.Acted(moderator, resolves: true, Now);

        var later = Now.AddDays(1);
        moderationCase.RecordFlag(Flag.Raise(item, Resident(), FlagReason.Spam, null, later), 2, later);

        Assert.Equal(CaseStatus.Open, moderationCase.Status);
        Assert.Equal(1, moderationCase.FlagCount);
        Assert.Equal(later, moderationCase.OpenedAt);
        Assert.Null(moderationCase.FirstActionAt);
    }

    [Fact]
    public void Flag_OtherWithoutText_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => Flag.Raise(Item(), Resident(), FlagReason.Other, "  ", Now));

        Assert.Equal(DomainErrors.FlagTextRequired, error.Code);
    }

    [Fact]
    public void Claim_WhileAnotherModeratorHoldsIt_IsRefused()
    {
        var (first, second) = (Moderator(), Moderator());
        var moderationCase = OpenCase(out _);
        moderationCase.Claim(first, Now);

        var error = Assert.Throws<DomainException>(() => moderationCase.Claim(second, Now.AddMinutes(9)));

        Assert.Equal(DomainErrors.ModerationClaimedByOther, error.Code);
    }

    [Fact]
    public void Claim_AfterTenMinutes_ExpiresAndAnotherModeratorMayTakeIt()
    {
        var (first, second) = (Moderator(), Moderator());
        var moderationCase = OpenCase(out _);
        moderationCase.Claim(first, Now);

        moderationCase.Claim(second, Now + ModerationCase.ClaimLength);

        Assert.Equal(second.Id, moderationCase.ClaimedBy);
        Assert.Throws<DomainException>(() => moderationCase.EnsureClaimedBy(first, Now + ModerationCase.ClaimLength));
    }

    [Fact]
    public void Acted_WithoutOwnClaim_IsRefused()
    {
        var moderationCase = OpenCase(out _);

        var error = Assert.Throws<DomainException>(() => moderationCase.Acted(Moderator(), resolves: true, Now));

        Assert.Equal(DomainErrors.ModerationClaimRequired, error.Code);
    }

    [Fact]
    public void Acted_AfterOwnClaimExpired_IsRefused()
    {
        var moderator = Moderator();
        var moderationCase = OpenCase(out _);
        moderationCase.Claim(moderator, Now);

        Assert.Throws<DomainException>(() => moderationCase.Acted(moderator, resolves: true, Now + ModerationCase.ClaimLength));
    }

    [Fact]
    public void Claim_ByResident_IsForbidden()
    {
        var moderationCase = OpenCase(out _);

        Assert.Equal(DomainErrors.Forbidden, Assert.Throws<DomainException>(() => moderationCase.Claim(Resident(), Now)).Code);
    }

    [Fact]
    public void Acted_Resolving_RecordsFirstActionAndReleasesClaim()
    {
        var moderator = Moderator();
        var moderationCase = OpenCase(out _);
        moderationCase.Claim(moderator, Now);

        moderationCase.Acted(moderator, resolves: true, Now.AddMinutes(2));

        Assert.Equal(CaseStatus.Resolved, moderationCase.Status);
        Assert.Equal(Now.AddMinutes(2), moderationCase.FirstActionAt);
        Assert.Null(moderationCase.ClaimedBy);
    }
}
