using System.Security.Claims;
using Dialogues.App;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Participants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Dialogues.Tests.Support;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 on a free port, with its own SQLite file and data folder in a temp
/// directory and a test clock. One instance per test class (as an <see cref="IClassFixture{TFixture}"/>).
/// </summary>
public class AppHost : IAsyncLifetime, IAsyncDisposable
{
    /// <summary>
    /// A host of the calling test's own, for a test that moves the clock: the class's shared host keeps its time, so no
    /// test depends on which ran before it. Starting one costs well under a second.
    /// </summary>
    public static async Task<AppHost> OwnAsync()
    {
        var host = new AppHost();
        await host.InitializeAsync();
        return host;
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private WebApplication? _app;
    private int _userCounter;

    private static readonly string[] RateLimited = ["Post", "Vote", "Flag", "Sign", "AccountForms", "LogIn"];

    public TestClock Clock { get; } = new();

    /// <summary>The app's calendar on the test clock: today in the municipality, where its days begin.</summary>
    public Dialogues.App.Infrastructure.Time.MunicipalCalendar Calendar => Services.GetRequiredService<Dialogues.App.Infrastructure.Time.MunicipalCalendar>();

    public LogCapture Logs { get; } = new();

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("dialogues-test-").FullName;

    public string MailFolder => Path.Combine(DataFolder, "mail");

    public string DatabaseFile => Path.Combine(DataFolder, "dialogues.db");

    public string BaseUrl { get; private set; } = "";

    public IServiceProvider Services => _app!.Services;

    /// <summary>Extra settings for a test class, as command-line style key=value pairs.</summary>
    protected virtual IEnumerable<string> Settings => [];

    /// <summary>Extra services for a test class (a test job, a failing sender ...).</summary>
    protected virtual void Configure(IServiceCollection services) { }

    public async Task InitializeAsync()
    {
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--environment=Testing",
            $"--contentRoot={SolutionFolder.Find("Dialogues.App")}",
            $"--ConnectionStrings:Dialogues=Data Source={DatabaseFile}",
            $"--Database:DataFolder={DataFolder}",
            // Tests run jobs by hand, with the test clock; the scheduler stays off unless a class turns it on.
            "--Jobs:Enabled=false",
            // Tests act fast and often as one person or from one address; a class testing limits sets its own.
            .. RateLimited.Select(limit => $"--RateLimits:{limit}:PermitLimit=100000"),
            "--Logging:LogLevel:Default=Information",
            "--Logging:LogLevel:Microsoft=Warning",
            "--Logging:LogLevel:Hangfire=Warning",
            .. Settings.Select(s => "--" + s),
        ];
        _app = DialoguesApp.Build(args, builder =>
        {
            builder.Services.RemoveAll<TimeProvider>();
            builder.Services.AddSingleton<TimeProvider>(Clock);
            builder.Logging.AddProvider(Logs);
            Configure(builder.Services);
        });
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves litter in the temp folder.
        }
    }

    private string SecurityStampOf(UserId user)
    {
        using var db = Db();
        return db.Users.Where(u => u.Id == user.Value).Select(u => u.SecurityStamp).Single() ?? "";
    }

    public string Url(string relative) => $"{BaseUrl}/{relative.TrimStart('/')}";

    public AppDbContext Db() => Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();

    /// <summary>A confirmed account with the given roles; officials get the first department unless told otherwise.</summary>
    public async Task<TestUser> CreateUserAsync(string? name = null, string[]? roles = null, Dialogues.Domain.ReferenceData.DepartmentId? department = null)
    {
        var n = Interlocked.Increment(ref _userCounter);
        roles ??= [Role.Resident];
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (roles.Contains(Role.Official) && department is null)
        {
            await using var db = Db();
            department = await db.Departments.OrderBy(d => d.SortOrder).Select(d => d.Id).FirstAsync();
        }
        var user = new AppUser
        {
            UserName = $"user{n}-{Guid.NewGuid():N}@test.example",
            Email = $"user{n}-{Guid.NewGuid():N}@test.example",
            EmailConfirmed = true,
            DisplayName = name ?? $"Участник {n}",
            SignedUpAt = Clock.GetUtcNow(),
            DepartmentId = department,
        };
        var result = await users.CreateAsync(user, TestUser.Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        await users.AddToRolesAsync(user, roles);
        return new TestUser(user.UserId, user.Email!, user.DisplayName, roles);
    }

    /// <summary>
    /// Many confirmed resident accounts at once, written straight to the database (no password hashing):
    /// for load and concurrency tests that never log in through a form.
    /// </summary>
    public async Task<IReadOnlyList<TestUser>> CreateResidentsAsync(int count)
    {
        await using var db = Db();
        var users = Enumerable.Range(0, count).Select(i => new AppUser
        {
            Id = Guid.NewGuid(),
            UserName = $"bulk{i}-{Guid.NewGuid():N}@test.example",
            Email = $"bulk{i}-{Guid.NewGuid():N}@test.example",
            EmailConfirmed = true,
            DisplayName = $"Жител {i}",
            SecurityStamp = Guid.NewGuid().ToString(),
            SignedUpAt = Clock.GetUtcNow(),
        }).ToList();
        users.ForEach(u => (u.NormalizedEmail, u.NormalizedUserName) = (u.Email!.ToUpperInvariant(), u.UserName!.ToUpperInvariant()));
        db.Users.AddRange(users);
        await db.SaveChangesAsync();
        return users.Select(u => new TestUser(u.UserId, u.Email!, u.DisplayName, [Role.Resident])).ToList();
    }

    /// <summary>A service scope acting as <paramref name="user"/> (or as a guest when null), as a circuit would.</summary>
    public ActingScope As(TestUser? user)
    {
        var scope = Services.CreateAsyncScope();
        var principal = user is null
            ? new ClaimsPrincipal(new ClaimsIdentity())
            : new ClaimsPrincipal(new ClaimsIdentity(
                [
                    new Claim(ClaimTypes.NameIdentifier, user.Id.Value.ToString()),
                    new Claim(ClaimTypes.Name, user.Email),
                    // As a sign-in would carry it: the account's stamp now, so a later sign-out ends this session too.
                    new Claim(AccountClaims.SecurityStamp, SecurityStampOf(user.Id)),
                ], "Test"));
        var authentication = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        authentication.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return new ActingScope(scope);
    }
}

public sealed record TestUser(UserId Id, string Email, string DisplayName, string[] Roles)
{
    public const string Password = "test-passphrase-42";
}

public sealed class ActingScope(AsyncServiceScope scope) : IAsyncDisposable
{
    public T Get<T>() where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>The scope's services, as a circuit of this person would have them.</summary>
    public IServiceProvider Provider => scope.ServiceProvider;

    public object Get(Type service) => scope.ServiceProvider.GetRequiredService(service);

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}

public static class SolutionFolder
{
    /// <summary>A folder of the solution, found by walking up from the test binaries.</summary>
    public static string Find(string child)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dialogues.sln")))
            {
                return Path.Combine(dir.FullName, child);
            }
        }
        throw new InvalidOperationException("Dialogues.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A second app instance on another host's database: two servers sharing one database.</summary>
public sealed class SecondServer(AppHost first) : AppHost
{
    protected override IEnumerable<string> Settings => [$"ConnectionStrings:Dialogues=Data Source={first.DatabaseFile}"];
}
