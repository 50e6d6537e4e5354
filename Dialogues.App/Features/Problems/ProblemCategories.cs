using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Problems;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Problems;

public sealed record CategoryEdit(string? NameBg, string? NameEn, int SortOrder, PolicyAreaId Area, DepartmentId Department, bool IsArchived);

/// <summary>Administrators add, rename, re-route and archive problem categories.</summary>
public sealed class ProblemCategoriesAdministration(IDbContextFactory<AppDbContext> databases, CurrentActor currentActor)
{
    public async Task SaveAsync(ProblemCategoryId? id, CategoryEdit edit, CancellationToken cancellationToken = default)
    {
        await currentActor.RequireRoleAsync(Role.Administrator, cancellationToken);
        var name = BilingualName.Of(edit.NameBg, edit.NameEn);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        DomainException.ThrowIf(!await db.PolicyAreas.AnyAsync(a => a.Id == edit.Area, cancellationToken)
            || !await db.Departments.AnyAsync(d => d.Id == edit.Department, cancellationToken), DomainErrors.NotFound);
        var category = id is { } existing
            ? await db.ProblemCategories.FindAsync([existing], cancellationToken) ?? throw new DomainException(DomainErrors.NotFound)
            : db.ProblemCategories.Add(ProblemCategory.Create(name, edit.SortOrder, edit.Area, edit.Department)).Entity;
        category.Rename(name, edit.SortOrder);
        category.Route(edit.Area, edit.Department);
        if (edit.IsArchived)
        {
            category.Archive();
        }
        else
        {
            category.Restore();
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>The default categories, each routed to its policy area and department, inserted once into an empty list.</summary>
internal sealed class ProblemCategorySeeder : IReferenceSeeder
{
    // (Bulgarian, English, policy area index, department index) in the order of the reference seeder's lists.
    private static readonly (string Bg, string En, int Area, int Department)[] Defaults =
    [
        ("Улично осветление", "Street lighting", 1, 2),
        ("Пътища и тротоари", "Roads and pavements", 1, 1),
        ("Отпадъци", "Waste", 1, 2),
        ("Водоснабдяване и канализация", "Water and sewerage", 1, 1),
        ("Паркове и дървета", "Parks and trees", 1, 2),
        ("Обществен транспорт", "Public transport", 4, 4),
        ("Безстопанствени животни", "Stray animals", 1, 2),
        ("Бариери пред достъпността", "Accessibility barriers", 6, 1),
        ("Друго", "Other", 1, 6),
    ];

    public int Order => 10;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken);
        if (await db.ProblemCategories.AnyAsync(cancellationToken))
        {
            return;
        }
        var areas = await db.PolicyAreas.OrderBy(a => a.SortOrder).Select(a => a.Id).ToListAsync(cancellationToken);
        var departments = await db.Departments.OrderBy(d => d.SortOrder).Select(d => d.Id).ToListAsync(cancellationToken);
        if (areas.Count < 7 || departments.Count < 7)
        {
            return;
        }
        db.ProblemCategories.AddRange(Defaults.Select((c, i) => ProblemCategory.Create(BilingualName.Of(c.Bg, c.En), i, areas[c.Area], departments[c.Department])));
        await db.SaveChangesAsync(cancellationToken);
    }
}
