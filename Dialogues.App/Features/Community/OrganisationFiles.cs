using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Files;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Community;

/// <summary>An organisation's logo is as public as its profile.</summary>
internal sealed class OrganisationFiles : IAttachmentHolder
{
    public async Task<bool?> MaySeeAsync(AppDbContext db, AttachmentId file, Actor? reader, CancellationToken cancellationToken) =>
        await db.Organisations.AnyAsync(o => o.LogoId == file, cancellationToken) ? true : null;
}
