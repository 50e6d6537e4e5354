using System.Net;
using System.Reflection;
using Dialogues.App;
using Dialogues.Domain.Participants;
using Dialogues.Tests.Support;
using Microsoft.AspNetCore.Components;

namespace Dialogues.Tests.Features.Accounts;

/// <summary>Every administration page, found by its route, refuses guests and residents.</summary>
public class AdminAccessTests(AppHost host) : IClassFixture<AppHost>
{
    public static TheoryData<string> AdminRoutes()
    {
        var data = new TheoryData<string>();
        foreach (var route in typeof(DialoguesApp).Assembly.GetTypes()
                     .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
                     .Select(r => r.Template)
                     .Where(t => t.StartsWith("/admin", StringComparison.Ordinal) && !t.Contains('{'))
                     .Distinct())
        {
            data.Add(route);
        }
        return data;
    }

    [Fact]
    public void AdminRoutes_AreFound() => Assert.NotEmpty(AdminRoutes());

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task Guest_IsSentToLogIn(string route)
    {
        using var http = new HttpSession(host.BaseUrl);

        var response = await http.GetAsync(route);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString());
    }

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task Resident_GetsForbidden(string route)
    {
        var resident = await host.CreateUserAsync();
        using var http = new HttpSession(host.BaseUrl);
        await http.LogInAsync(resident.Email);

        var response = await http.GetAsync(route);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Нямате достъп до тази страница", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task Administrator_GetsThePage(string route)
    {
        var admin = await host.CreateUserAsync(roles: [Role.Administrator]);
        using var http = new HttpSession(host.BaseUrl);
        await http.LogInAsync(admin.Email);

        var response = await http.GetAsync(route);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
