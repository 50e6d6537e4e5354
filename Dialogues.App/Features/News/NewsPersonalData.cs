using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Participants;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.News;

/// <summary>The articles the person wrote, drafts included, for whichever voice, and the articles they rated.</summary>
internal sealed class NewsPersonalData : IPersonalDataSource
{
    public async Task<IReadOnlyDictionary<string, object>> ExportAsync(AppDbContext db, UserId person, ReferenceSnapshot reference, CancellationToken cancellationToken) =>
        new Dictionary<string, object>
        {
            ["articlesWritten"] = (await db.Articles.AsNoTracking().Where(a => a.WrittenBy == person)
                    .OrderBy(a => a.CreatedAt)
                    .Select(a => new { a.Title, a.Lead, a.Voice, a.Organisation, a.CreatedAt, a.PublishedAt, a.ArchivedAt, a.HiddenAt })
                    .ToListAsync(cancellationToken))
                .Select(a => new { a.Title, a.Lead, Voice = a.Voice.ToString(), a.Organisation, a.CreatedAt, a.PublishedAt, a.ArchivedAt, a.HiddenAt })
                .ToList(),
            ["articleRatings"] = await (
                from rating in db.ArticleRatings.AsNoTracking()
                join article in db.Articles on rating.ArticleId equals article.Id
                where rating.UserId == person
                orderby rating.RatedAt
                select new { Article = article.Title, rating.Stars, rating.RatedAt })
                .ToListAsync(cancellationToken),
        };
}
