using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Jobs;
using Dialogues.Domain.News;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.News;

/// <summary>
/// Publishes scheduled articles whose moment has come. Each is released in its own save, so one that another node
/// released meanwhile (a lost race on its version) is left alone, and its followers hear of it once.
/// </summary>
internal sealed class NewsReleaseJob(IDbContextFactory<AppDbContext> databases, TimeProvider clock) : IRecurringJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<ArticleId> due;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Articles.AsNoTracking()
                .Where(a => a.PublishAt <= now && a.PublishedAt == null && a.HiddenAt == null && a.ArchivedAt == null)
                .OrderBy(a => a.PublishAt)
                .Select(a => a.Id)
                .ToListAsync(cancellationToken);
        }
        foreach (var id in due)
        {
            await databases.ChangeAsync(db => db.Articles.SingleOrNotFoundAsync(a => a.Id == id, cancellationToken),
                article => article.Release(clock.GetUtcNow()), cancellationToken);
        }
    }
}
