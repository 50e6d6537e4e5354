using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Community;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Community;

/// <summary>
/// The one check every feature makes before someone acts on an organisation's behalf (an article, and later comments,
/// proposals, recommendations, campaigns and events): the organisation exists and the person is one of its members.
/// </summary>
public static class OnBehalfOf
{
    public static async Task<SpeakingFor> RequireAsync(AppDbContext db, OrganisationId? organisation, Actor actor, CancellationToken cancellationToken)
    {
        var id = organisation ?? throw new DomainException(DomainErrors.OrganisationNotChosen);
        var found = await db.Organisations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new { o.Name, Member = o.Members.Any(m => m.UserId == actor.Id) })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new DomainException(DomainErrors.NotFound);
        DomainException.ThrowIf(!found.Member, DomainErrors.OrganisationNotYours);
        return new SpeakingFor(id, found.Name);
    }
}
