using System.Linq.Expressions;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Infrastructure.Data;

public static class Lookups
{
    /// <summary>The one row that matches, or the refusal a person sees for something that is not there (or not theirs to see).</summary>
    public static async Task<T> SingleOrNotFoundAsync<T>(this IQueryable<T> query, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken) =>
        await query.SingleOrDefaultAsync(predicate, cancellationToken) ?? throw new DomainException(DomainErrors.NotFound);
}
