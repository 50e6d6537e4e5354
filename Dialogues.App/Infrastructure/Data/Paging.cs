using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Infrastructure.Data;

/// <summary>One page of a list and the size of the whole list.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Skip, int Take)
{
    public bool HasMore => Skip + Items.Count < Total;

    /// <summary>The same page with its items turned into what the page shows.</summary>
    public Page<TOut> With<TOut>(IReadOnlyList<TOut> items) => new(items, Total, Skip, Take);
}

public static class PagingExtensions
{
    public const int MaxPageSize = 100;

    /// <summary>How many rows come before page <paramref name="pageNumber"/> (from 1; missing or below 1 is the first).</summary>
    public static int OffsetOf(int? pageNumber, int pageSize) => (Math.Max(1, pageNumber ?? 1) - 1) * pageSize;

    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, int skip, int take, CancellationToken cancellationToken = default)
    {
        skip = Math.Max(0, skip);
        take = Math.Clamp(take, 1, MaxPageSize);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new Page<T>(items, total, skip, take);
    }
}
