using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.ReferenceData;

public enum ReferenceList
{
    Settlements,
    PolicyAreas,
    Departments,
}

public sealed record ReferenceEdit(string? NameBg, string? NameEn, int SortOrder, bool IsArchived, SettlementKind Kind = SettlementKind.Village);

/// <summary>Administrators add, rename, reorder and archive entries of the reference lists.</summary>
public sealed class ReferenceDataAdministration(
    IDbContextFactory<AppDbContext> databases,
    CurrentActor currentActor,
    ReferenceCatalog catalog)
{
    /// <summary>Saves a new entry (<paramref name="id"/> null) or changes an existing one.</summary>
    public async Task SaveAsync(ReferenceList list, Guid? id, ReferenceEdit edit, CancellationToken cancellationToken = default)
    {
        await currentActor.RequireRoleAsync(Role.Administrator, cancellationToken);
        var name = BilingualName.Of(edit.NameBg, edit.NameEn);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await (list switch
        {
            ReferenceList.Settlements => SaveAsync<Settlement, SettlementId>(db.Settlements, id, () => Settlement.Create(name, edit.Kind, edit.SortOrder), name, edit, cancellationToken),
            ReferenceList.PolicyAreas => SaveAsync<PolicyArea, PolicyAreaId>(db.PolicyAreas, id, () => PolicyArea.Create(name, edit.SortOrder), name, edit, cancellationToken),
            _ => SaveAsync<Department, DepartmentId>(db.Departments, id, () => Department.Create(name, edit.SortOrder), name, edit, cancellationToken),
        });
        await db.SaveChangesAsync(cancellationToken);
        catalog.Invalidate();
    }

    private static async Task SaveAsync<T, TId>(DbSet<T> set, Guid? id, Func<T> create, BilingualName name, ReferenceEdit edit, CancellationToken cancellationToken)
        where T : ReferenceItem<TId>
        where TId : struct, IEntityId<TId>
    {
        T item;
        if (id is null)
        {
            item = create();
            set.Add(item);
        }
        else
        {
            item = await set.FindAsync([TId.From(id.Value)], cancellationToken) ?? throw new DomainException(DomainErrors.NotFound);
        }
        Apply(item, name, edit);
    }

    private static void Apply<TId>(ReferenceItem<TId> item, BilingualName name, ReferenceEdit edit)
        where TId : struct, IEntityId<TId>
    {
        item.Rename(name, edit.SortOrder);
        if (edit.IsArchived)
        {
            item.Archive();
        }
        else
        {
            item.Restore();
        }
    }
}
