using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Participants;
using Microsoft.AspNetCore.Identity;

namespace Dialogues.App.Features.Accounts;

/// <summary>One demo account per role (and a few more residents), all with the same published password.</summary>
public static class DemoAccounts
{
    public const string Password = "zelena-liva-2026";

    public static readonly DemoAccount Administrator = new("admin@botevgrad.example", "Мария Петрова", [Role.Administrator]);
    public static readonly DemoAccount Moderator = new("moderator@botevgrad.example", "Георги Илиев", [Role.Moderator]);
    public static readonly DemoAccount Official = new("official@botevgrad.example", "Елена Димитрова", [Role.Official], Department: 1);
    public static readonly DemoAccount Resident = new("resident@botevgrad.example", "Иван Стоянов", [Role.Resident], Settlement: 11);
    public static readonly DemoAccount Resident2 = new("resident2@botevgrad.example", "Десислава Тодорова", [Role.Resident], Settlement: 2);
    /// <summary>A person who chairs the NGO „Зелен Ботевград“ and acts for it as its owner; the organisation is its own profile.</summary>
    public static readonly DemoAccount Ngo = new("ngo@botevgrad.example", "Мария Петрова", [Role.Resident], Settlement: 0);

    public static readonly IReadOnlyList<DemoAccount> All = [Administrator, Moderator, Official, Resident, Resident2, Ngo];

    /// <summary>Residents who only sign and support, so that demo campaigns can reach their goals.</summary>
    public static readonly IReadOnlyList<DemoAccount> Neighbours =
    [
        .. new[] { "Петър Николов", "Анна Христова", "Николай Василев", "Цветелина Маринова", "Стефан Йорданов", "Радостина Колева", "Христо Ангелов", "Мила Георгиева" }
            .Select((name, i) => new DemoAccount($"neighbour{i + 1}@botevgrad.example", name, [Role.Resident], Settlement: i)),
    ];
}

/// <param name="Department">Index into the seeded departments, for officials.</param>
/// <param name="Settlement">Index into the seeded settlements.</param>
public sealed record DemoAccount(string Email, string DisplayName, string[] Roles, int? Department = null, int? Settlement = null);

internal sealed class DemoAccountsSeeder(UserManager<AppUser> users, ReferenceCatalog catalog, TimeProvider clock) : IDemoSeeder
{
    public int Order => 0;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var reference = await catalog.GetAsync();
        foreach (var account in DemoAccounts.All.Concat(DemoAccounts.Neighbours))
        {
            if (await users.FindByEmailAsync(account.Email) is not null)
            {
                continue;
            }
            var user = new AppUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
                SignedUpAt = clock.GetUtcNow(),
                TermsAcceptedAt = clock.GetUtcNow(),
                DepartmentId = account.Department is { } d ? reference.Departments[d].Id : null,
                SettlementId = account.Settlement is { } s ? reference.Settlements[s].Id : null,
            };
            var result = await users.CreateAsync(user, DemoAccounts.Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {account.Email} was refused: {string.Join("; ", result.Errors.Select(e => e.Code))}");
            }
            await users.AddToRolesAsync(user, account.Roles);
        }

        Console.WriteLine();
        Console.WriteLine("Demo accounts (Development only), password for all: " + DemoAccounts.Password);
        foreach (var account in DemoAccounts.All)
        {
            Console.WriteLine($"  {string.Join(", ", account.Roles),-14} {account.Email}");
        }
        Console.WriteLine();
    }

    /// <summary>Finds a demo account's user for other features' demo seeders.</summary>
    public static async Task<AppUser> FindAsync(UserManager<AppUser> users, DemoAccount account) =>
        await users.FindByEmailAsync(account.Email) ?? throw new InvalidOperationException($"Demo account {account.Email} is missing.");

    /// <summary>The demo account as the domain sees an acting person, for seeders that build content directly.</summary>
    public static async Task<Actor> ActorAsync(UserManager<AppUser> users, DemoAccount account)
    {
        var user = await FindAsync(users, account);
        return new Actor(user.UserId, user.DisplayName, account.Roles.ToHashSet(), user.DepartmentId, user.IsDepartmentHead);
    }

    /// <summary>The demo residents who only sign and support.</summary>
    public static async Task<List<Actor>> NeighboursAsync(UserManager<AppUser> users)
    {
        var neighbours = new List<Actor>();
        foreach (var account in DemoAccounts.Neighbours)
        {
            neighbours.Add(await ActorAsync(users, account)); // one at a time: the user store shares one context
        }
        return neighbours;
    }

    /// <summary>The three demo people who take part: two residents and the NGO.</summary>
    public static async Task<Actor[]> ParticipantsAsync(UserManager<AppUser> users) =>
    [
        await ActorAsync(users, DemoAccounts.Resident),
        await ActorAsync(users, DemoAccounts.Resident2),
        await ActorAsync(users, DemoAccounts.Ngo),
    ];
}
