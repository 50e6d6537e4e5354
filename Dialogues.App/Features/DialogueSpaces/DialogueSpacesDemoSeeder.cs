using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.DialogueSpaces;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.DialogueSpaces;

/// <summary>
/// Two realistic dialogues: the new square in Врачеш (in its voting phase, with scenarios) and cycling
/// lanes in the town centre (in discussion), each with comments, replies, proposals and votes.
/// </summary>
internal sealed class DialogueSpacesDemoSeeder(
    IDbContextFactory<AppDbContext> databases,
    UserManager<AppUser> users,
    ReferenceCatalog catalog,
    TimeProvider clock) : IDemoSeeder
{
    public int Order => 10;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await db.Dialogues.AnyAsync(cancellationToken))
        {
            return;
        }
        var reference = await catalog.GetAsync();
        var official = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Official);
        var resident = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Resident);
        var neighbour = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Resident2);
        var ngo = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Ngo);
        var moderator = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Moderator);
        var now = clock.GetUtcNow();
        var urban = reference.PolicyAreas[1].Id;
        var vrachesh = reference.SettlementNamed("Врачеш");
        var botevgrad = reference.SettlementNamed("Ботевград");

        // 1. The square in Врачеш: discussion three weeks ago, voting on scenarios now.
        var start = now.AddDays(-21);
        var square = Dialogue.Create(official, new DialogueDraft(
            "Нов площад в центъра на Врачеш",
            "Общината подготвя обновяване на площада пред читалището във Врачеш. Кажете какво ви трябва там и изберете един от трите сценария.",
            """
            Площадът пред читалище „Христо Ботев“ е основното място за срещи във Врачеш, но настилката е
            разбита, няма сянка и осветлението не работи.

            ## Какво предвиждаме
            - нова настилка и достъп без стъпала;
            - пейки, дървета и чешма;
            - LED осветление с датчици.

            Бюджетът е около **420 000 лв.** по програма за развитие на селските райони. Изберете сценарий до края на гласуването.
            """,
            urban, vrachesh, start, now.AddDays(-2), now.AddDays(12), ScenarioVotingMethod.SingleChoice,
            ["https://www.youtube.com/watch?v=dQw4w9WgXcQ"]), start);
        square.Publish(official, start);
        db.Dialogues.Add(square);
        var scenarios = new[]
        {
            Scenario.Publish(square, official, "Зелен площад", "Повече дървета и тревни площи, детски кът в сянка, по-малко място за събития.", 0, start.AddDays(1)),
            Scenario.Publish(square, official, "Площад за събития", "Голяма открита настилка със сцена за събори и пазар, дървета само по края.", 1, start.AddDays(1)),
            Scenario.Publish(square, official, "Смесен вариант", "Сцена от едната страна, зелен кът с пейки и чешма от другата.", 2, start.AddDays(1)),
        };
        db.Scenarios.AddRange(scenarios);
        var first = Comment.Post(square, resident, Stance.For, "Най-после! Площадът е в това състояние от години. Нека има сянка – лятото там не се стои.", start.AddDays(2));
        var second = Comment.Post(square, neighbour, Stance.Against, "Сумата е голяма за село с 1500 души. Първо да се оправят улиците към училището.", start.AddDays(3));
        var third = Comment.Post(square, ngo, Stance.Neutral, "Подкрепяме идеята, но молим да има публично обсъждане на проекта, преди да се обяви поръчката.", start.AddDays(4));
        var answer = Comment.Reply(square, second, official, null, "Улиците са в отделна програма за 2027 г.; средствата за площада не могат да се пренасочат към тях.", start.AddDays(5));
        db.Comments.AddRange(first, second, third, answer);
        db.CommentVotes.Add(CommentVote.Cast(square, first, neighbour, 1, start.AddDays(6)));
        db.CommentVotes.Add(CommentVote.Cast(square, first, ngo, 1, start.AddDays(6)));
        db.CommentVotes.Add(CommentVote.Cast(square, second, resident, -1, start.AddDays(6)));
        var fountain = Proposal.Submit(square, resident, "Чешма с питейна вода", "Предлагам на площада да има чешма с питейна вода и поилка за птици – лятно време е нужна на всички.", start.AddDays(7));
        var market = Proposal.Submit(square, ngo, "Съботен пазар на местни производители", "Нека площадът има място и ток за сергии, за да може всяка събота да има пазар на местни производители.", start.AddDays(8));
        db.Proposals.AddRange(fountain, market);
        var votingNow = now.AddHours(-6);
        db.ProposalSupports.Add(ProposalSupport.Give(square, fountain, neighbour, votingNow));
        db.ProposalSupports.Add(ProposalSupport.Give(square, fountain, ngo, votingNow));
        db.ProposalSupports.Add(ProposalSupport.Give(square, market, resident, votingNow));
        db.ScenarioChoices.Add(ScenarioChoice.Choose(square, scenarios[2], resident, votingNow));
        db.ScenarioChoices.Add(ScenarioChoice.Choose(square, scenarios[0], neighbour, votingNow));
        db.ScenarioChoices.Add(ScenarioChoice.Choose(square, scenarios[2], ngo, votingNow));

        // 2. Cycling lanes in the town centre: open for discussion, voting to come.
        var opened = now.AddDays(-5);
        var lanes = Dialogue.Create(official, new DialogueDraft(
            "Велоалеи в центъра на Ботевград",
            "Как да свържем кварталите с центъра, училищата и гарата с безопасни велоалеи? Обсъждаме трасетата преди проектирането.",
            """
            Общината кандидатства по програма за устойчива градска мобилност. Предложените трасета са:

            1. бул. „Цар Освободител“ – от гарата до площада;
            2. ул. „Васил Левски“ – до СУ „Христо Ботев“;
            3. връзка с парк „Зелин“.

            Споделете кои участъци са опасни днес и къде бихте карали колело, ако има алея.
            """,
            urban, botevgrad, opened, now.AddDays(20), now.AddDays(35), ScenarioVotingMethod.Score, []), opened);
        lanes.Publish(official, opened);
        db.Dialogues.Add(lanes);
        var lane1 = Comment.Post(lanes, neighbour, Stance.For, "Карам всеки ден до работа. Най-опасно е кръстовището при пазара – там трябва светофар за колела.", opened.AddDays(1));
        var lane2 = Comment.Post(lanes, resident, Stance.Against, "Булевардът е тесен; ако махнем платно, ще има задръствания. По-добре алеята да е по успоредните улици.", opened.AddDays(2));
        var lane3 = Comment.Reply(lanes, lane2, ngo, Stance.For, "Успоредните улици са добра идея – по-тихи са и минават покрай две училища.", opened.AddDays(2).AddHours(3));
        db.Comments.AddRange(lane1, lane2, lane3);
        db.CommentVotes.Add(CommentVote.Cast(lanes, lane1, resident, 1, opened.AddDays(3)));
        db.CommentVotes.Add(CommentVote.Cast(lanes, lane3, neighbour, 1, opened.AddDays(3)));
        db.Proposals.Add(Proposal.Submit(lanes, ngo, "Паркинги за велосипеди пред училищата", "Покрити стойки за поне 30 велосипеда пред всяко училище, за да могат децата да идват с колело.", opened.AddDays(3)));

        // 3. An NGO's proposal for a dialogue, waiting for a moderator.
        db.Dialogues.Add(Dialogue.Create(ngo, new DialogueDraft(
            "Достъпни ли са спирките за хора с увреждания?",
            "Предлагаме диалог за това кои автобусни спирки в общината трябва да се преустроят първи.",
            "Сдружението картографира 40 спирки; ще споделим данните в диалога.",
            reference.PolicyAreas[6].Id, null, now.AddDays(3), null, now.AddDays(40), ScenarioVotingMethod.Approval, []), now));

        await db.SaveChangesAsync(cancellationToken);
    }
}
