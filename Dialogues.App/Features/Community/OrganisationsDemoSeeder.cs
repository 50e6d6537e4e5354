using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Community;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Community;

/// <summary>
/// The demo NGO as a real, verified organisation whose account is its owner and a neighbour its member; a community
/// centre waiting for verification with a neighbour asking to join; and an informal group of parents.
/// </summary>
internal sealed class OrganisationsDemoSeeder(
    IDbContextFactory<AppDbContext> databases,
    UserManager<AppUser> users,
    ReferenceCatalog catalog,
    TimeProvider clock) : IDemoSeeder
{
    public const string NgoName = "Сдружение „Зелен Ботевград“";

    // Before the news, whose NGO article speaks for the NGO's organisation.
    public int Order => 25;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await db.Organisations.AnyAsync(cancellationToken))
        {
            return;
        }
        var reference = await catalog.GetAsync();
        var ngo = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Ngo);
        var resident = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Resident2);
        var administrator = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Administrator);
        var neighbours = await DemoAccountsSeeder.NeighboursAsync(users);
        var now = clock.GetUtcNow();
        var (environment, social, culture) = (reference.PolicyAreas[1].Id, reference.PolicyAreas[6].Id, reference.PolicyAreas[5].Id);
        var botevgrad = reference.SettlementNamed("Ботевград");

        // The codes are made-up ones with a valid check digit, not real organisations'.
        var green = Organisation.Register(ngo, new OrganisationDraft(NgoName, OrganisationKind.Ngo, "123456786", "Елена Димитрова", "info@zelen-botevgrad.example",
            "0888 000 111", "Ботевград, пл. „Освобождение“ 13", "Залесяваме, чистим реките и учим децата да пазят природата около Ботевград.",
            [environment], [botevgrad, reference.SettlementNamed("Врачеш")], ["https://zelen-botevgrad.example"]), false, now.AddDays(-200));
        green.RequestToJoin(neighbours[0], now.AddDays(-150));
        green.Approve(ngo, neighbours[0].Id, now.AddDays(-149));
        green.Verify(administrator, now.AddDays(-190));

        var centre = Organisation.Register(resident, new OrganisationDraft("Народно читалище „Просвета 1900“", OrganisationKind.CommunityCentre, "111111113",
            "Десислава Тодорова", null, null, null, "Библиотека, самодейни състави и курсове за възрастни в селото.",
            [culture], [reference.Settlements[2].Id], []), false, now.AddDays(-30));
        centre.RequestToJoin(neighbours[1], now.AddDays(-2));

        var parents = Organisation.Register(neighbours[2], new OrganisationDraft("Родители за достъпна среда", OrganisationKind.InformalGroup, null, null, null, null,
            null, "Родители на деца с увреждания, които искат достъпни площадки, тротоари и училища.", [social], [botevgrad], []), false, now.AddDays(-10));

        db.Organisations.AddRange(green, centre, parents);
        await db.SaveChangesAsync(cancellationToken);
    }
}
