using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Infrastructure.Data;

public static class AppendOnly
{
    /// <summary>Refuses a save that would change or delete an append-only row; the database triggers refuse bulk statements.</summary>
    public static void Guard(DbContext db)
    {
        var tampered = db.ChangeTracker.Entries<IAppendOnly>().FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (tampered is not null)
        {
            throw new InvalidOperationException($"{tampered.Entity.GetType().Name} rows are append-only.");
        }
    }
}
