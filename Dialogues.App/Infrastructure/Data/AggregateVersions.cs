using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace Dialogues.App.Infrastructure.Data;

/// <summary>
/// One version per aggregate root, the only concurrency token there is: every save that changes a root (or anything
/// it owns) raises it by one, so of two changes made on the same state only the first lands and the second is tried
/// again on fresh state (<see cref="OptimisticRetry"/>), where the domain decides afresh. No rule has to name the
/// fields a race could break.
/// </summary>
public static class AggregateVersions
{
    public const string Property = "Version";

    /// <summary>Gives every root entity type (not owned types, which share their owner's version) the token.</summary>
    internal sealed class Convention : IModelFinalizingConvention
    {
        public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
        {
            foreach (var entityType in modelBuilder.Metadata.GetEntityTypes().Where(IsRoot).ToList())
            {
                entityType.Builder.Property(typeof(int), Property)!.IsConcurrencyToken(true);
            }
        }

        private static bool IsRoot(IConventionEntityType entityType) =>
            !entityType.IsOwned() && entityType.BaseType is null && typeof(AggregateRoot).IsAssignableFrom(entityType.ClrType);
    }

    /// <summary>Raises the version of every root this save changes; call once all before-commit work is done.</summary>
    public static void Bump(DbContext db)
    {
        // The save detects changes only after its interceptors ran; the version must see what the stages changed.
        db.ChangeTracker.DetectChanges();
        var entries = db.ChangeTracker.Entries().ToList();
        Dictionary<(IEntityType, string), EntityEntry>? byKey = null;
        var changed = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var entry in entries.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            var root = entry;
            // An owned row changed (an assignment added, a deadline moved): its owner's version is raised.
            while (root?.Metadata.FindOwnership() is { } ownership)
            {
                byKey ??= entries.Where(e => e.Metadata.FindPrimaryKey() is not null)
                    .GroupBy(e => (e.Metadata, KeyOf(e, e.Metadata.FindPrimaryKey()!.Properties)))
                    .ToDictionary(g => ((IEntityType)g.Key.Metadata, g.Key.Item2), g => g.First());
                root = byKey.GetValueOrDefault((ownership.PrincipalEntityType, KeyOf(root, ownership.Properties)));
            }
            if (root is { State: EntityState.Modified or EntityState.Unchanged } && root.Metadata.FindProperty(Property) is not null && changed.Add(root.Entity))
            {
                var version = root.Property(Property);
                var original = (int)version.OriginalValue!;
                version.CurrentValue = original + 1;
                // Set again: for an attached (not queried) root, EF keeps no separate original until one is set, and
                // the new value would become the one the save expects to find.
                version.OriginalValue = original;
            }
        }
    }

    private static string KeyOf(EntityEntry entry, IReadOnlyList<IProperty> properties) =>
        string.Join('|', properties.Select(p => entry.Property(p.Name).CurrentValue));
}
