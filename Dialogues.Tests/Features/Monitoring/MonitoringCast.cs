using Dialogues.App.Features.Monitoring;
using Dialogues.App.Features.ReferenceData;
using Dialogues.Domain.Monitoring;
using Dialogues.Domain.Participants;
using Dialogues.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Features.Monitoring;

/// <summary>An administrator who defines policies, and helpers that set one up with an indicator and a round.</summary>
public sealed class MonitoringCast
{
    public required TestUser Administrator { get; init; }
    public required TestUser Resident { get; init; }

    public static async Task<MonitoringCast> CreateAsync(AppHost host) => new()
    {
        Administrator = await host.CreateUserAsync("Админ Наблюдение", [Role.Administrator]),
        Resident = await host.CreateUserAsync("Жител Оценяващ"),
    };

    public async Task<PolicyId> DefineAsync(AppHost host, string title)
    {
        var area = (await host.Services.GetRequiredService<ReferenceCatalog>().GetAsync()).PolicyAreas[5].Id;
        await using var scope = host.As(Administrator);
        return await scope.Get<MonitoringService>().DefineAsync(new PolicyDraft(title, "Описание на политиката и какво очакваме от нея.", area, null, ["Повече посетители"]));
    }

    /// <summary>A round open from today for <paramref name="days"/> days.</summary>
    public async Task<RoundId> OpenRoundAsync(AppHost host, PolicyId policy, int days = 14, int startsIn = 0)
    {
        var today = host.Calendar.Today.AddDays(startsIn);
        await using var scope = host.As(Administrator);
        return await scope.Get<MonitoringService>().ScheduleRoundAsync(policy, "Кръг за оценка", today, today.AddDays(days - 1));
    }
}
