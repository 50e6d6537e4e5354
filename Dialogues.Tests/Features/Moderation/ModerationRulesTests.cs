using Dialogues.App.Features.Audit;
using Dialogues.App.Features.Moderation;
using Dialogues.App.Features.Notifications;
using Dialogues.App.Features.Recommendations;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Recommendations;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Features.Recommendations;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Dialogues.Tests.Features.Moderation.ModerationCast;

namespace Dialogues.Tests.Features.Moderation;

/// <summary>Flags, claims, actions, appeals and their records, through the real services on a real database.</summary>
public class ModerationRulesTests(AppHost host) : IClassFixture<AppHost>
{
    [Fact]
    public async Task Flag_ThirdDistinctFlag_HidesTheCommentAndTellsTheAuthorWhy()
    {
        var cast = await CreateAsync(host);
        var comment = await cast.CommentAsync(host);

        await FlagAsync(host, cast.Flaggers[0], comment);
        await FlagAsync(host, cast.Flaggers[1], comment);
        Assert.Null((await CommentRowAsync(host, comment)).HiddenAt);
        await FlagAsync(host, cast.Flaggers[2], comment);

        Assert.NotNull((await CommentRowAsync(host, comment)).HiddenAt);
        var autoHide = await DecisionAsync(host, comment, ModerationActionKind.AutoHide);
        await using var db = host.Db();
        Assert.True(await db.Notifications.AnyAsync(n => n.UserId == cast.Author.Id && n.Template == "Moderation.AutoHide" && n.Link == $"moderation/decisions/{autoHide.Id}"));
    }

    [Fact]
    public async Task Flag_ByTwelvePeopleAtOnce_HidesOnceAtTheThreshold_AndTheRestFindItGone()
    {
        var cast = await CreateAsync(host, flaggers: 12);
        var comment = await cast.CommentAsync(host);

        var attempts = await host.ActAsync<FlagService>(cast.Flaggers, flags => flags.FlagAsync(comment, FlagReason.PersonalData, null));

        Assert.Equal(3, attempts.Count(a => a is null));
        Assert.All(attempts.Where(a => a is not null), code => Assert.Equal(DomainErrors.NotFound, code));
        await using var db = host.Db();
        Assert.Equal(3, await db.Flags.CountAsync(f => f.ItemId == comment.Id));
        Assert.Single(await db.ModerationDecisions.Where(d => d.ItemId == comment.Id && d.Action == ModerationActionKind.AutoHide).ToListAsync());
    }

    [Fact]
    public async Task Flag_WithoutAReason_IsRefused_AndNothingIsCounted()
    {
        var cast = await CreateAsync(host);
        var comment = await cast.CommentAsync(host);
        await using var scope = host.As(cast.Flaggers[0]);

        var error = await Assert.ThrowsAsync<DomainException>(() => scope.Get<FlagService>().FlagAsync(comment, null, "Не избрах причина."));

        Assert.Equal(DomainErrors.FlagReasonRequired, error.Code);
        await using var db = host.Db();
        Assert.False(await db.Flags.AnyAsync(f => f.ItemId == comment.Id));
    }

    [Fact]
    public async Task TwoModeratorsClaimingAtTheSameInstant_OnlyOneHoldsTheClaim_TheOtherIsTold()
    {
        var cast = await CreateAsync(host);
        var comment = await cast.CommentAsync(host);
        await cast.FlagByAllAsync(host, comment);
        var moderationCase = await CaseOfAsync(host, comment);

        var results = await host.ActAsync<ModerationQueue>([cast.FirstModerator, cast.SecondModerator], queue => queue.ClaimAsync(moderationCase.Id));

        Assert.Single(results, r => r is null);
        Assert.Single(results, r => r == DomainErrors.ModerationClaimedByOther);
        await using var db = host.Db();
        var claimed = await db.ModerationCases.AsNoTracking().SingleAsync(c => c.Id == moderationCase.Id);
        Assert.Contains(claimed.ClaimedBy, new Dialogues.Domain.Participants.UserId?[] { cast.FirstModerator.Id, cast.SecondModerator.Id });
    }

    [Fact]
    public async Task Flag_Twice_IsRefusedAndCountsOnce()
    {
        var cast = await CreateAsync(host);
        var comment = await cast.CommentAsync(host);
        await FlagAsync(host, cast.Flaggers[0], comment);

        var error = await Assert.ThrowsAsync<DomainException>(() => FlagAsync(host, cast.Flaggers[0], comment, FlagReason.Spam));

        Assert.Equal(DomainErrors.AlreadyFlagged, error.Code);
        Assert.Equal(1, (await CaseOfAsync(host, comment)).FlagCount);
    }

    [Fact]
    public async Task Flag_OwnComment_IsRefusedAndNothingStored()
    {
        var cast = await CreateAsync(host);
        var comment = await cast.CommentAsync(host);

        var error = await Assert.ThrowsAsync<DomainException>(() => FlagAsync(host, cast.Author, comment));

        Assert.Equal(DomainErrors.FlagOwnContent, error.Code);
        await using var db = host.Db();
        Assert.False(await db.Flags.AnyAsync(f => f.ItemId == comment.Id));
    }

    [Fact]
    public async Task Flag_OtherWithoutText_IsRefusedAndNothingStored()
    {
        var cast = await CreateAsync(host);
        var comment = await cast.CommentAsync(host);

        var error = await Assert.ThrowsAsync<DomainException>(() => FlagAsync(host, cast.Flaggers[0], comment, FlagReason.Other));

        Assert.Equal(DomainErrors.FlagTextRequired, error.Code);
        await using var db = host.Db();
        Assert.False(await db.ModerationCases.AnyAsync(c => c.ItemId == comment.Id));
    }

    [Fact]
    public async Task Flag_ByModerator_HidesAtOnce()
    {
        var cast = await CreateAsync(host);
        var comment = await cast.CommentAsync(host);

        await FlagAsync(host, cast.FirstModerator, comment);

        Assert.NotNull((await CommentRowAsync(host, comment)).HiddenAt);
    }

    [Fact]
    public async Task Act_OnItemClaimedByAnotherModerator_IsRefused()
    {
        var cast = await CreateAsync(host);
        var comment = await cast.CommentAsync(host);
        await cast.FlagByAllAsync(host, comment);
        var moderationCase = await CaseOfAsync(host, comment);
        await using (var first = host.As(cast.FirstModerator))
        {
            await first.Get<ModerationQueue>().ClaimAsync(moderationCase.Id);
        }

        await using var second = host.As(cast.SecondModerator);
        var claim = await Assert.ThrowsAsync<DomainException>(() => second.Get<ModerationQueue>().ClaimAsync(moderationCase.Id));
        var act = await Assert.ThrowsAsync<DomainException>(() => second.Get<ModerationQueue>().ActAsync(moderationCase.Id,
            new ModerationRequest(ModerationActionKind.Restore, "NoViolation", null)));

        Assert.Equal(DomainErrors.ModerationClaimedByOther, claim.Code);
        Assert.Equal(DomainErrors.ModerationClaimedByOther, act.Code);
        Assert.NotNull((await CommentRowAsync(host, comment)).HiddenAt);
        var queue = await second.Get<ModerationQueue>().OpenAsync(0, 100);
        Assert.Equal("Модератор Първи", queue.Items.Single(i => i.Case.Id == moderationCase.Id).ClaimedByName);
    }

    public static TheoryData<ModerationActionKind, string, string> EveryAction => new()
    {
        { ModerationActionKind.DismissFlags, "Hidden", "Visible" },
        { ModerationActionKind.Hide, "Hidden", "Hidden" },
        { ModerationActionKind.Restore, "Hidden", "Visible" },
        { ModerationActionKind.Redact, "Hidden", "Visible; 12 characters redacted" },
        { ModerationActionKind.Warn, "No sanction", "Warned" },
        { ModerationActionKind.Suspend, "No sanction", "Suspended until" },
        { ModerationActionKind.Ban, "No sanction", "Banned" },
    };

    [Theory]
    [MemberData(nameof(EveryAction))]
    public async Task Act_RecordsWhoWhatWhenWhyAndTheStateBefore(ModerationActionKind action, string before, string after)
    {
        var cast = await CreateAsync(host);
        var comment = await cast.CommentAsync(host);
        await cast.FlagByAllAsync(host, comment);

        await ClaimAndActAsync(host, cast.FirstModerator, comment,
            new ModerationRequest(action, "PersonalData", "Вижте правилата.", SuspensionDays: 7, Fragment: "0888 123 456"));

        await using var db = host.Db();
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.TargetId == comment.Id);
        Assert.Equal($"Moderation.{action}", entry.Action);
        Assert.Equal(cast.FirstModerator.Id, entry.ActorId);
        Assert.Equal(cast.Author.Id, entry.SubjectUserId);
        Assert.Equal(host.Clock.GetUtcNow(), entry.At);
        Assert.Equal("PersonalData — Вижте правилата.", entry.Reason);
        Assert.Equal(before, entry.Before);
        Assert.StartsWith(after, entry.After);
        var decision = await DecisionAsync(host, comment, action);
        Assert.Equal(cast.FirstModerator.Id, decision.DecidedBy);
    }

    [Fact]
    public async Task Redact_RemovesTheFragmentAndKeepsTheRestVisible()
    {
        var cast = await CreateAsync(host);
        var comment = await cast.CommentAsync(host);
        await cast.FlagByAllAsync(host, comment);

        await ClaimAndActAsync(host, cast.FirstModerator, comment, new ModerationRequest(ModerationActionKind.Redact, "PersonalData", null, Fragment: "0888 123 456"));

        var row = await CommentRowAsync(host, comment);
        Assert.Equal("Съседът ми е мързелив и нахален, обадете му се на […].", row.Body);
        Assert.Null(row.HiddenAt);
        Assert.Equal(CaseStatus.Resolved, (await CaseOfAsync(host, comment)).Status);
    }

    [Fact]
    public async Task Redact_FragmentNotInTheText_IsRefusedAndNothingChanges()
    {
        var cast = await CreateAsync(host);
        var comment = await cast.CommentAsync(host);
        await cast.FlagByAllAsync(host, comment);

        var error = await Assert.ThrowsAsync<DomainException>(() => ClaimAndActAsync(host, cast.FirstModerator, comment,
            new ModerationRequest(ModerationActionKind.Redact, "PersonalData", null, Fragment: "0899 000 000")));

        Assert.Equal(DomainErrors.ModerationRedactionInvalid, error.Code);
        Assert.Contains("0888 123 456", (await CommentRowAsync(host, comment)).Body);
        await using var db = host.Db();
        Assert.False(await db.AuditEntries.AnyAsync(e => e.TargetId == comment.Id));
    }

    [Fact]
    public async Task Hide_TellsEveryFlaggerTheOutcome_WithoutQuotingWhatWasHidden()
    {
        var cast = await CreateAsync(host);
        var comment = await cast.CommentAsync(host);
        await cast.FlagByAllAsync(host, comment);

        await ClaimAndActAsync(host, cast.FirstModerator, comment, new ModerationRequest(ModerationActionKind.Hide, "InsultOrHate", null));

        await using var db = host.Db();
        var told = await db.Notifications.AsNoTracking().Where(n => n.Template == "Flag.Outcome.Hidden" && n.SubjectId == comment.Id).ToListAsync();
        Assert.Equal(cast.Flaggers.Select(f => f.Id.Value).Order(), told.Select(n => n.UserId.Value).Order());
        Assert.All(told, n => Assert.DoesNotContain(n.Arguments, a => a.Contains("0888", StringComparison.Ordinal) || a.Contains("мързелив", StringComparison.Ordinal)));
        var flaggerIds = cast.Flaggers.Select(f => f.Id).ToList();
        var emails = await db.OutboxMessages.AsNoTracking().Where(m => flaggerIds.Contains(m.UserId)).ToListAsync();
        Assert.NotEmpty(emails);
        Assert.All(emails, m => Assert.DoesNotContain("0888", m.Subject + m.PlainText + m.Html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hide_WithdrawsNotificationsAboutTheComment_AndRestoreBringsThemBack()
    {
        var cast = await CreateAsync(host);
        var follower = await host.CreateUserAsync("Следящ диалога");
        await using (var scope = host.As(follower))
        {
            await scope.Get<FollowService>().FollowAsync(new(Dialogues.Domain.Shared.ItemKind.Dialogue, cast.Dialogue.Value));
        }
        var comment = await cast.CommentAsync(host);
        async Task<bool> FollowerSeesIt()
        {
            await using var scope = host.As(follower);
            var page = await scope.Get<NotificationsService>().ListAsync(unreadOnly: false, 0, 50);
            return page.Items.Any(n => n.SubjectId == comment.Id);
        }
        Assert.True(await FollowerSeesIt());

        await cast.FlagByAllAsync(host, comment);
        Assert.False(await FollowerSeesIt());

        await ClaimAndActAsync(host, cast.FirstModerator, comment, new ModerationRequest(ModerationActionKind.Restore, "NoViolation", null));
        Assert.True(await FollowerSeesIt());
    }

    [Fact]
    public async Task Appeal_IsDecidedOnceByAnotherModerator_AndGrantingRestores()
    {
        var cast = await CreateAsync(host);
        var comment = await cast.CommentAsync(host);
        await cast.FlagByAllAsync(host, comment);
        await ClaimAndActAsync(host, cast.FirstModerator, comment, new ModerationRequest(ModerationActionKind.Hide, "InsultOrHate", "Обидно към съседа."));
        var hide = await DecisionAsync(host, comment, ModerationActionKind.Hide);

        await using (var author = host.As(cast.Author))
        {
            var appeals = author.Get<AppealsService>();
            await appeals.AppealAsync(hide.Id, "Не съм обидил никого, описах факти.");
            Assert.Equal(DomainErrors.ModerationAlreadyAppealed,
                (await Assert.ThrowsAsync<DomainException>(() => appeals.AppealAsync(hide.Id, "Обжалвам отново същото решение."))).Code);
        }
        await using (var same = host.As(cast.FirstModerator))
        {
            Assert.Equal(DomainErrors.ModerationAppealSameModerator,
                (await Assert.ThrowsAsync<DomainException>(() => same.Get<AppealsService>().DecideAsync(hide.Id, true, "Преразгледах."))).Code);
        }
        await using (var other = host.As(cast.SecondModerator))
        {
            await other.Get<AppealsService>().DecideAsync(hide.Id, grant: true, "Няма обида; възстановяваме.");
            Assert.Equal(DomainErrors.ModerationAppealDecided,
                (await Assert.ThrowsAsync<DomainException>(() => other.Get<AppealsService>().DecideAsync(hide.Id, false, "Размислих."))).Code);
        }

        Assert.Null((await CommentRowAsync(host, comment)).HiddenAt);
        await using var db = host.Db();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.TargetId == comment.Id && e.Action == "Appeal.Granted" && e.ActorId == cast.SecondModerator.Id && e.Before == "Hidden"));
        Assert.True(await db.Notifications.AnyAsync(n => n.UserId == cast.Author.Id && n.Template == "Appeal.Granted"));
    }

    [Fact]
    public async Task AfterARefusedAppeal_TheEarlierAutomaticHideCannotBeAppealed_NorJudgedByWhoeverHidTheItem()
    {
        var cast = await CreateAsync(host);
        var comment = await cast.CommentAsync(host);
        await cast.FlagByAllAsync(host, comment);
        var autoHide = await DecisionAsync(host, comment, ModerationActionKind.AutoHide);
        await ClaimAndActAsync(host, cast.FirstModerator, comment, new ModerationRequest(ModerationActionKind.Hide, "PersonalData", null));
        var hide = await DecisionAsync(host, comment, ModerationActionKind.Hide);
        await using (var author = host.As(cast.Author))
        {
            await author.Get<AppealsService>().AppealAsync(hide.Id, "Номерът е на общинската служба.");
        }
        await using (var other = host.As(cast.SecondModerator))
        {
            await other.Get<AppealsService>().DecideAsync(hide.Id, grant: false, "Номерът е личен; остава скрит.");
        }

        await using (var author = host.As(cast.Author))
        {
            var appeals = author.Get<AppealsService>();
            Assert.False((await appeals.FindAsync(autoHide.Id))!.CanAppeal);
            Assert.Equal(DomainErrors.ModerationAlreadyAppealed,
                (await Assert.ThrowsAsync<DomainException>(() => appeals.AppealAsync(autoHide.Id, "Обжалвам и автоматичното скриване."))).Code);
        }
        await using var db = host.Db();
        Assert.Null((await db.ModerationDecisions.AsNoTracking().SingleAsync(d => d.Id == autoHide.Id)).AppealedAt);
    }

    [Fact]
    public async Task AppealOfTheAutomaticHide_IsNotForTheModeratorWhoAlsoHidTheItem()
    {
        var cast = await CreateAsync(host);
        var comment = await cast.CommentAsync(host);
        await cast.FlagByAllAsync(host, comment);
        var autoHide = await DecisionAsync(host, comment, ModerationActionKind.AutoHide);
        await ClaimAndActAsync(host, cast.FirstModerator, comment, new ModerationRequest(ModerationActionKind.Hide, "PersonalData", null));
        await using (var author = host.As(cast.Author))
        {
            await author.Get<AppealsService>().AppealAsync(autoHide.Id, "Скриването беше автоматично и несправедливо.");
        }

        await using var hider = host.As(cast.FirstModerator);
        Assert.False((await hider.Get<AppealsService>().FindAsync(autoHide.Id))!.CanDecideAppeal);
        Assert.Equal(DomainErrors.ModerationAppealSameModerator,
            (await Assert.ThrowsAsync<DomainException>(() => hider.Get<AppealsService>().DecideAsync(autoHide.Id, false, "Остава скрит."))).Code);
        await using var other = host.As(cast.SecondModerator);
        Assert.True((await other.Get<AppealsService>().FindAsync(autoHide.Id))!.CanDecideAppeal);
    }

    [Fact]
    public async Task Appeal_OfSomeoneElsesDecision_IsNotFound()
    {
        var cast = await CreateAsync(host);
        var comment = await cast.CommentAsync(host);
        await cast.FlagByAllAsync(host, comment);
        var autoHide = await DecisionAsync(host, comment, ModerationActionKind.AutoHide);

        await using var stranger = host.As(cast.Flaggers[0]);
        var error = await Assert.ThrowsAsync<DomainException>(() => stranger.Get<AppealsService>().AppealAsync(autoHide.Id, "Искам да обжалвам чуждо решение."));

        Assert.Equal(DomainErrors.NotFound, error.Code);
        Assert.Null(await stranger.Get<AppealsService>().FindAsync(autoHide.Id));
    }

    [Fact]
    public async Task Ban_RefusesPosting_UntilAnAppealLiftsIt()
    {
        var cast = await CreateAsync(host);
        var comment = await cast.CommentAsync(host);
        await cast.FlagByAllAsync(host, comment);
        await ClaimAndActAsync(host, cast.FirstModerator, comment, new ModerationRequest(ModerationActionKind.Ban, "Repeated", null));

        var refused = await Assert.ThrowsAsync<DomainException>(() => cast.CommentAsync(host, "Пак пиша, въпреки блокирането."));
        Assert.Equal(DomainErrors.AccountBanned, refused.Code);

        var ban = await DecisionAsync(host, comment, ModerationActionKind.Ban);
        await using (var author = host.As(cast.Author))
        {
            await author.Get<AppealsService>().AppealAsync(ban.Id, "Беше еднократно, моля за втори шанс.");
        }
        await using (var other = host.As(cast.SecondModerator))
        {
            await other.Get<AppealsService>().DecideAsync(ban.Id, grant: true, "Давам втори шанс.");
        }

        await cast.CommentAsync(host, "Благодаря, ще спазвам правилата.");
    }

    [Fact]
    public async Task WatchWord_InLookAlikeLetters_QueuesTheCommentWithoutHidingIt()
    {
        var cast = await CreateAsync(host);

        // A digit zero and a Latin "T" among the Cyrillic letters.
        var comment = await cast.CommentAsync(host, "Само един ИДИ0T би построил паркинг тук.");

        Assert.Null((await CommentRowAsync(host, comment)).HiddenAt);
        await using var db = host.Db();
        var flag = await db.Flags.AsNoTracking().SingleAsync(f => f.ItemId == comment.Id);
        Assert.True(flag.Automatic);
        Assert.Equal("идиот", flag.Text);
        Assert.Equal(CaseStatus.Open, (await CaseOfAsync(host, comment)).Status);
    }

    [Fact]
    public async Task AuditEntries_CannotBeChangedOrDeleted()
    {
        var cast = await CreateAsync(host);
        var comment = await cast.CommentAsync(host);
        await cast.FlagByAllAsync(host, comment);
        await ClaimAndActAsync(host, cast.FirstModerator, comment, new ModerationRequest(ModerationActionKind.Hide, "Spam", null));

        await using (var db = host.Db())
        {
            var entry = await db.AuditEntries.SingleAsync(e => e.TargetId == comment.Id);
            db.Entry(entry).Property(e => e.Reason).CurrentValue = "подправено";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }
        await using (var db = host.Db())
        {
            await Assert.ThrowsAnyAsync<Exception>(() => db.AuditEntries.Where(e => e.TargetId == comment.Id).ExecuteDeleteAsync());
            await Assert.ThrowsAnyAsync<Exception>(() => db.AuditEntries.Where(e => e.TargetId == comment.Id).ExecuteUpdateAsync(u => u.SetProperty(e => e.Reason, "подправено")));
        }
        await using (var db = host.Db())
        {
            Assert.Equal("Spam", (await db.AuditEntries.AsNoTracking().SingleAsync(e => e.TargetId == comment.Id)).Reason);
        }
    }

    [Fact]
    public async Task RoleChange_IsAuditedWithReasonAndStateBefore()
    {
        var admin = await host.CreateUserAsync("Администратор", [Dialogues.Domain.Participants.Role.Administrator]);
        var resident = await host.CreateUserAsync("Бъдещ модератор");

        await using (var scope = host.As(admin))
        {
            await scope.Get<Dialogues.App.Features.Accounts.UserAdministration>().SetRolesAsync(resident.Id,
                [Dialogues.Domain.Participants.Role.Resident, Dialogues.Domain.Participants.Role.Moderator], null, reason: "Избран от общото събрание на МИГ.");
            var page = await scope.Get<AuditService>().ListAsync(new AuditFilter("Account", "Бъдещ модератор", null, null), 0, 10);

            var row = Assert.Single(page.Items);
            Assert.Equal("Account.Roles", row.Entry.Action);
            Assert.Equal("Resident", row.Entry.Before);
            Assert.Equal("Moderator, Resident", row.Entry.After);
            Assert.Equal("Избран от общото събрание на МИГ.", row.Entry.Reason);
            Assert.Equal("Администратор", row.ActorName);
        }
    }

    [Fact]
    public async Task AuditLog_IsForAdministratorsOnly()
    {
        var moderator = await host.CreateUserAsync("Само модератор", [Dialogues.Domain.Participants.Role.Moderator]);
        await using var scope = host.As(moderator);

        var error = await Assert.ThrowsAsync<DomainException>(() => scope.Get<AuditService>().ListAsync(new AuditFilter(null, null, null, null), 0, 10));

        Assert.Equal(DomainErrors.Forbidden, error.Code);
    }

    [Fact]
    public async Task Queue_IsForModeratorsOnly()
    {
        var resident = await host.CreateUserAsync();
        await using var scope = host.As(resident);

        Assert.Equal(DomainErrors.Forbidden, (await Assert.ThrowsAsync<DomainException>(() => scope.Get<ModerationQueue>().OpenAsync(0, 10))).Code);
    }

    [Fact]
    public async Task AModeratorsHide_RacingAnOfficialsDecision_BothLand()
    {
        var cast = await RecommendationsCast.CreateAsync(host);
        var flagger = await host.CreateUserAsync();
        var cases = new List<(RecommendationId Id, Guid Case)>();
        for (var i = 0; i < 6; i++)
        {
            var id = await cast.AssignedAsync(host, $"Препоръка с личен телефон {i}");
            var item = new ContentKey(ItemKind.Recommendation, id.Value);
            await FlagAsync(host, flagger, item, FlagReason.PersonalData);
            var moderationCase = await CaseOfAsync(host, item);
            await using var claim = host.As(cast.Moderator);
            await claim.Get<ModerationQueue>().ClaimAsync(moderationCase.Id);
            cases.Add((id, moderationCase.Id));
        }

        // Each hide and its recommendation's decision at the same instant, on threads of their own.
        var attempts = await host.ActAsync([.. cases.SelectMany(c => new (TestUser, Func<ActingScope, Task>)[]
        {
            (cast.Moderator, scope => scope.Get<ModerationQueue>().ActAsync(c.Case, new ModerationRequest(ModerationActionKind.Hide, "PersonalData", null))),
            (cast.Official, scope => scope.Get<RecommendationWorkflow>().DecideAsync(c.Id, DecisionOutcome.Rejected, "Мярката не е в правомощията на общината.", null)),
        })]);

        Assert.All(attempts, Assert.Null);
        await using var db = host.Db();
        var ids = cases.Select(c => c.Id).ToList();
        var rows = await db.Recommendations.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync();
        Assert.All(rows, r => Assert.True(r.HiddenAt is not null && r.Decision is not null, $"{r.Title}: hidden {r.HiddenAt}, decided {r.Decision}"));
    }
}
