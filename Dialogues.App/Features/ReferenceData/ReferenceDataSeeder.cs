using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.ReferenceData;

/// <summary>
/// The municipality's settlements, the seven policy areas and the departments, inserted once into an empty
/// database. Administrators edit them afterwards; this seeder never overwrites their changes.
/// </summary>
internal sealed class ReferenceDataSeeder : IReferenceSeeder
{
    public int Order => 0;

    private static readonly (string Bg, string En, SettlementKind Kind)[] Settlements =
    [
        ("Ботевград", "Botevgrad", SettlementKind.Town),
        ("Боженица", "Bozhenitsa", SettlementKind.Village),
        ("Врачеш", "Vrachesh", SettlementKind.Village),
        ("Гурково", "Gurkovo", SettlementKind.Village),
        ("Елов дол", "Elov Dol", SettlementKind.Village),
        ("Краево", "Kraevo", SettlementKind.Village),
        ("Липница", "Lipnitsa", SettlementKind.Village),
        ("Литаково", "Litakovo", SettlementKind.Village),
        ("Новачене", "Novachene", SettlementKind.Village),
        ("Радотина", "Radotina", SettlementKind.Village),
        ("Рашково", "Rashkovo", SettlementKind.Village),
        ("Скравена", "Skravena", SettlementKind.Village),
        ("Трудовец", "Trudovets", SettlementKind.Village),
    ];

    private static readonly (string Bg, string En)[] PolicyAreas =
    [
        ("Данъци и такси", "Taxes and fees"),
        ("Градска среда и екология", "Urban environment and ecology"),
        ("Здравеопазване", "Healthcare"),
        ("Култура и образование", "Culture and education"),
        ("Местна икономика", "Local economy"),
        ("Спорт и туризъм", "Sports and tourism"),
        ("Социални въпроси", "Social affairs"),
    ];

    private static readonly (string Bg, string En)[] Departments =
    [
        ("Дирекция „Местни данъци и такси“", "Local Taxes and Fees Directorate"),
        ("Дирекция „Устройство на територията и строителство“", "Spatial Planning and Construction Directorate"),
        ("Дирекция „Екология и благоустройство“", "Ecology and Public Works Directorate"),
        ("Дирекция „Хуманитарни дейности“", "Education, Culture, Health and Social Affairs Directorate"),
        ("Дирекция „Икономическо развитие и проекти“", "Economic Development and Projects Directorate"),
        ("Отдел „Спорт и туризъм“", "Sports and Tourism Unit"),
        ("Дирекция „Административно обслужване“", "Administrative Services Directorate"),
    ];

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken);
        if (!await db.Settlements.AnyAsync(cancellationToken))
        {
            db.Settlements.AddRange(Settlements.Select((s, i) => Settlement.Create(BilingualName.Of(s.Bg, s.En), s.Kind, i)));
        }
        if (!await db.PolicyAreas.AnyAsync(cancellationToken))
        {
            db.PolicyAreas.AddRange(PolicyAreas.Select((a, i) => PolicyArea.Create(BilingualName.Of(a.Bg, a.En), i)));
        }
        if (!await db.Departments.AnyAsync(cancellationToken))
        {
            db.Departments.AddRange(Departments.Select((d, i) => Department.Create(BilingualName.Of(d.Bg, d.En), i)));
        }
        await db.SaveChangesAsync(cancellationToken);
        services.GetRequiredService<ReferenceCatalog>().Invalidate();
    }
}
