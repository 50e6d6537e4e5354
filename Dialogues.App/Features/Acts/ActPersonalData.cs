using Dialogues.App.Features.Accounts;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Participants;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Acts;

/// <summary>The person's comments in public consultations, with the act and paragraph they are about.</summary>
internal sealed class ActPersonalData : IPersonalDataSource
{
    public async Task<IReadOnlyDictionary<string, object>> ExportAsync(AppDbContext db, UserId person, ReferenceSnapshot reference, CancellationToken cancellationToken) =>
        new Dictionary<string, object>
        {
            ["consultationComments"] = await (
                from comment in db.ConsultationComments.AsNoTracking()
                join act in db.Acts on comment.ActId equals act.Id
                where comment.AuthorId == person
                orderby comment.CreatedAt
                select new { Act = act.Number + " " + act.Title, comment.Paragraph, comment.Text, comment.CreatedAt, comment.HiddenAt })
                .ToListAsync(cancellationToken),
        };
}
