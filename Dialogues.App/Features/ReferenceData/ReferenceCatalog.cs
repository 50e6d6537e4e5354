using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Localization;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.ReferenceData;

public sealed record ReferenceEntry<TId>(TId Id, string NameBg, string NameEn, int SortOrder, bool IsArchived)
{
    /// <summary>The name in the reader's language.</summary>
    public string Name => Cultures.IsEnglish ? NameEn : NameBg;
}

/// <summary>The reference lists as read at one moment; small enough to keep whole in memory.</summary>
public sealed record ReferenceSnapshot(
    IReadOnlyList<ReferenceEntry<SettlementId>> Settlements,
    IReadOnlyList<ReferenceEntry<PolicyAreaId>> PolicyAreas,
    IReadOnlyList<ReferenceEntry<DepartmentId>> Departments)
{
    public string SettlementName(SettlementId? id) => Find(Settlements, id)?.Name ?? "";

    public string PolicyAreaName(PolicyAreaId? id) => Find(PolicyAreas, id)?.Name ?? "";

    public string DepartmentName(DepartmentId? id) => Find(Departments, id)?.Name ?? "";

    /// <summary>The settlement with this Bulgarian name, for demo data and tests that speak of places by name.</summary>
    public SettlementId SettlementNamed(string nameBg) => Settlements.Single(s => s.NameBg == nameBg).Id;

    public IEnumerable<ReferenceEntry<SettlementId>> ActiveSettlements => Settlements.Where(s => !s.IsArchived);

    public IEnumerable<ReferenceEntry<PolicyAreaId>> ActivePolicyAreas => PolicyAreas.Where(s => !s.IsArchived);

    public IEnumerable<ReferenceEntry<DepartmentId>> ActiveDepartments => Departments.Where(s => !s.IsArchived);

    private static ReferenceEntry<TId>? Find<TId>(IReadOnlyList<ReferenceEntry<TId>> list, TId? id)
        where TId : struct => id is null ? null : list.FirstOrDefault(e => e.Id.Equals(id.Value));
}

/// <summary>
/// Serves the reference lists from memory, reloading after an administrator edits them, so every page
/// that shows a settlement or policy area name costs no query.
/// </summary>
public sealed class ReferenceCatalog(IDbContextFactory<AppDbContext> databases)
{
    private volatile Task<ReferenceSnapshot>? _snapshot;

    public Task<ReferenceSnapshot> GetAsync() => _snapshot ??= LoadAsync();

    public void Invalidate() => _snapshot = null;

    private async Task<ReferenceSnapshot> LoadAsync()
    {
        try
        {
            await using var db = await databases.CreateDbContextAsync();
            return new ReferenceSnapshot(
                await Entries<Settlement, SettlementId>(db.Settlements),
                await Entries<PolicyArea, PolicyAreaId>(db.PolicyAreas),
                await Entries<Department, DepartmentId>(db.Departments));
        }
        catch
        {
            _snapshot = null;
            throw;
        }
    }

    private static async Task<IReadOnlyList<ReferenceEntry<TId>>> Entries<T, TId>(IQueryable<T> items)
        where T : ReferenceItem<TId>
        where TId : struct, IEntityId<TId> =>
        await items.AsNoTracking()
            .OrderBy(i => i.SortOrder)
            .Select(i => new ReferenceEntry<TId>(i.Id, i.Name.Bulgarian, i.Name.English, i.SortOrder, i.IsArchived))
            .ToListAsync();
}
