using Dialogues.App.Features.Acts;
using Dialogues.App.Features.ReferenceData;
using Dialogues.Domain.Acts;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Features.Acts;

/// <summary>An official of a department and a resident, with helpers that publish acts through the real service.</summary>
public sealed class ActsCast
{
    public const string Text = """
        Чл. 1. Наредбата урежда платеното паркиране в центъра на Ботевград.

        Чл. 2. Зоната обхваща площад „Освобождение“ и прилежащите улици.

        Чл. 3. Жителите с постоянен адрес в зоната ползват един абонамент безплатно.

        Чл. 4. Наредбата влиза в сила един месец след обнародването.
        """;

    public required TestUser Official { get; init; }
    public required TestUser Resident { get; init; }
    public required DepartmentId Department { get; init; }
    public required PolicyAreaId Area { get; init; }

    public static async Task<ActsCast> CreateAsync(AppHost host)
    {
        var reference = await host.Services.GetRequiredService<ReferenceCatalog>().GetAsync();
        var department = reference.Departments[1].Id;
        return new ActsCast
        {
            Official = await host.CreateUserAsync("Служител Наредби", [Role.Official], department),
            Resident = await host.CreateUserAsync("Жител Коментиращ"),
            Department = department,
            Area = reference.PolicyAreas[1].Id,
        };
    }

    public static DateOnly Today(AppHost host) => host.Calendar.Today;

    /// <summary>A draft ordinance under consultation from today for <paramref name="days"/> days.</summary>
    public ActDraft Draft(AppHost host, int days = 30, string title = "Наредба за платеното паркиране", DateOnly? adoptedOn = null, string? reason = null) =>
        new("Проект № 7/2026", title, ActType.Ordinance, IssuingBody.MunicipalCouncil, [Area], Department, Text,
            "Паркирането в центъра е претоварено.", "Очакван приход 40 000 лв. годишно.",
            Today(host), Today(host).AddDays(days - 1), reason, adoptedOn, null, null, []);

    public async Task<ActId> PublishAsync(AppHost host, ActDraft draft)
    {
        await using var scope = host.As(Official);
        var acts = scope.Get<ActsService>();
        var id = await acts.CreateAsync(draft);
        // The official has read the warning: the tests look at the flags such a draft gets once published.
        await acts.PublishAsync(id, despiteFindings: true);
        return id;
    }
}
