using System.Data.Common;
using System.Net;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Infrastructure.Data;

/// <summary>Makes every connection of the app read-only while on, as a read-only file or a read replica would.</summary>
public sealed class ReadOnlySwitch : DbConnectionInterceptor
{
    private volatile bool _on;

    public bool On { get => _on; set => _on = value; }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA query_only = {(On ? 1 : 0)}";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA query_only = {(On ? 1 : 0)}";
        command.ExecuteNonQuery();
    }
}

public sealed class ReadOnlyDatabaseHost : AppHost
{
    public ReadOnlySwitch ReadOnly { get; } = new();

    protected override void Configure(IServiceCollection services) => services.AddSingleton<IInterceptor>(ReadOnly);
}

public class ReadOnlyDatabaseTests(ReadOnlyDatabaseHost host) : IClassFixture<ReadOnlyDatabaseHost>
{
    [Fact]
    public async Task Health_IsUnhealthy_WhileTheDatabaseRefusesWrites()
    {
        using var http = new HttpSession(host.BaseUrl);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);

        host.ReadOnly.On = true;
        try
        {
            var response = await http.GetAsync("/health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
        }
        finally
        {
            host.ReadOnly.On = false;
        }
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);
    }
}
