using Dialogues.App.Features.Problems;
using Dialogues.App.Features.ReferenceData;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Problems;
using Dialogues.Domain.ReferenceData;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Features.Problems;

/// <summary>A resident of Скравена, an official of the department that handles street lighting, and helpers.</summary>
public sealed class ProblemsCast
{
    public static readonly GeoPoint NearTheCommunityCentre = new(42.9375, 23.8705);

    public required TestUser Resident { get; init; }
    public required TestUser Official { get; init; }
    public required ProblemCategoryId Lighting { get; init; }
    public required SettlementId Skravena { get; init; }
    public required DepartmentId Department { get; init; }

    public static async Task<ProblemsCast> CreateAsync(AppHost host)
    {
        var reference = await host.Services.GetRequiredService<ReferenceCatalog>().GetAsync();
        await using var db = host.Db();
        var lighting = await db.ProblemCategories.OrderBy(c => c.SortOrder).FirstAsync();
        return new ProblemsCast
        {
            Resident = await host.CreateUserAsync("Жител на Скравена"),
            Official = await host.CreateUserAsync("Служител Благоустройство", [Role.Official], lighting.DepartmentId),
            Lighting = lighting.Id,
            Skravena = reference.SettlementNamed("Скравена"),
            Department = lighting.DepartmentId,
        };
    }

    public ProblemDraft Draft(GeoPoint? point = null, string title = "Не свети уличната лампа", string? description = "Лампата срещу читалището не свети от седмица.") =>
        new(Lighting, Skravena, point ?? NearTheCommunityCentre, null, false, title, description);

    public async Task<ProblemReportId> ReportAsync(AppHost host, ProblemDraft? draft = null, TestUser? reporter = null, Guid? submission = null)
    {
        await using var scope = host.As(reporter ?? Resident);
        return await scope.Get<ProblemsService>().SubmitAsync(draft ?? Draft(), [], submission);
    }

    public async Task MoveAsync(AppHost host, ProblemReportId id, ProblemStatus to, string note)
    {
        await using var scope = host.As(Official);
        await scope.Get<ProblemsService>().ChangeStatusAsync(id, to, note, null);
    }
}
