using Dialogues.App.Features.Accounts;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dialogues.App.Features.Moderation;

/// <summary>
/// Something for the demo moderator to do: a comment hidden by three flags (it shows a phone number), one the word
/// list queued, and a hidden comment whose author appealed (the administrator, another moderator, can decide it).
/// </summary>
internal sealed class ModerationDemoSeeder(
    IDbContextFactory<AppDbContext> databases,
    UserManager<AppUser> users,
    IOptions<ModerationOptions> options,
    TimeProvider clock) : IDemoSeeder
{
    public int Order => 30;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var dialogues = await db.Dialogues.ToListAsync(cancellationToken);
        var open = dialogues.FirstOrDefault(d => d.PhaseAt(now) == DialoguePhase.Discussion);
        if (open is null || await db.ModerationCases.AnyAsync(cancellationToken))
        {
            return;
        }
        var (resident, neighbour, ngo, official, moderator) = (await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Resident), await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Resident2),
            await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Ngo), await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Official), await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Moderator));

        var phone = Comment.Post(open, neighbour, Stance.For, "Който иска да помогне с боядисването на пейките, да звъни на Петър на 0887 555 123 вечер.", now.AddHours(-5));
        db.Comments.Add(phone);
        foreach (var flagger in new[] { resident, ngo, official })
        {
            var flag = Flag.Raise(new ContentKey(ItemKind.Comment, phone.Id.Value), flagger, FlagReason.PersonalData, null, now.AddHours(-4));
            db.Flags.Add(flag);
            await CaseBook.RecordFlagAsync(db, phone, flag, options.Value.FlagThreshold, now.AddHours(-4), cancellationToken);
        }

        // The word list catches this one on save and queues it for a look, still visible.
        db.Comments.Add(Comment.Post(open, ngo, Stance.Against, "Само идиот би сложил велоалея по главната, там няма място и за колите.", now.AddHours(-3)));

        var rude = Comment.Post(open, resident, Stance.Against, "Тези от общината не разбират нищо, да си ходят всичките!", now.AddDays(-2));
        db.Comments.Add(rude);
        var item = new ContentKey(ItemKind.Comment, rude.Id.Value);
        var moderatorFlag = Flag.Raise(item, moderator, FlagReason.InsultOrHate, null, now.AddDays(-2));
        db.Flags.Add(moderatorFlag);
        await CaseBook.RecordFlagAsync(db, rude, moderatorFlag, options.Value.FlagThreshold, now.AddDays(-2), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var moderationCase = await db.ModerationCases.SingleAsync(c => c.ItemId == rude.Id.Value, cancellationToken);
        var decidedAt = now.AddDays(-2).AddMinutes(40);
        moderationCase.Claim(moderator, decidedAt);
        var hide = ModerationDecision.Take(item, resident.Id, ModerationActionKind.Hide, moderator, "InsultOrHate", "Критиката е добре дошла, обидите — не.", null, decidedAt);
        moderationCase.Acted(moderator, resolves: true, decidedAt);
        hide.Appeal(resident, "Не съм обидил конкретен човек, изразих недоволство от работата на общината.", [], now.AddDays(-1));
        db.ModerationDecisions.Add(hide);
        Audit.AuditLog.Record(db, decidedAt, moderator.Id, "Moderation.Hide", item.Kind.ToString(), item.Id, resident.Id, "InsultOrHate — Критиката е добре дошла, обидите — не.", "Hidden", "Hidden");
        await db.SaveChangesAsync(cancellationToken);
    }
}
