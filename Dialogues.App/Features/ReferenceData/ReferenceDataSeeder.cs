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

    // Centres are approximate (the village square); they place address-only reports and check the settlement.
    private static readonly (string Bg, string En, SettlementKind Kind, double Lat, double Lon)[] Settlements =
    [
        ("Ботевград", "Botevgrad", SettlementKind.Town, 42.9067, 23.7934),
        ("Боженица", "Bozhenitsa", SettlementKind.Village, 42.9569, 23.6953),
        ("Врачеш", "Vrachesh", SettlementKind.Village, 42.8686, 23.7558),
        ("Гурково", "Gurkovo", SettlementKind.Village, 42.8756, 23.8431),
        ("Елов дол", "Elov Dol", SettlementKind.Village, 42.9880, 23.6450),
        ("Краево", "Kraevo", SettlementKind.Village, 42.9531, 23.7442),
        ("Липница", "Lipnitsa", SettlementKind.Village, 42.9700, 23.8400),
        ("Литаково", "Litakovo", SettlementKind.Village, 42.8231, 23.9408),
        ("Новачене", "Novachene", SettlementKind.Village, 42.9433, 23.9767),
        ("Радотина", "Radotina", SettlementKind.Village, 42.9300, 23.6367),
        ("Рашково", "Rashkovo", SettlementKind.Village, 42.9278, 23.7067),
        ("Скравена", "Skravena", SettlementKind.Village, 42.9372, 23.8700),
        ("Трудовец", "Trudovets", SettlementKind.Village, 42.8939, 23.8536),
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
            db.Settlements.AddRange(Settlements.Select((s, i) =>
            {
                var settlement = Settlement.Create(BilingualName.Of(s.Bg, s.En), s.Kind, i);
                settlement.PlaceAt(s.Lat, s.Lon);
                return settlement;
            }));
        }
        else
        {
            // Databases created before settlements had centres get them once, matched by name.
            foreach (var settlement in await db.Settlements.Where(s => s.Latitude == null).ToListAsync(cancellationToken))
            {
                if (Settlements.FirstOrDefault(s => s.Bg == settlement.Name.Bulgarian) is { Bg: not null } known)
                {
                    settlement.PlaceAt(known.Lat, known.Lon);
                }
            }
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
