using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Files;
using Dialogues.Domain.DialogueSpaces;
using Dialogues.Domain.Moderation;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.DialogueSpaces;

/// <summary>
/// A dialogue's documents and cover, and its scenarios' pictures, are as visible as the dialogue; a proposal's picture
/// as the proposal (hidden: its author's and moderators' only).
/// </summary>
internal sealed class DialogueFiles : IAttachmentHolder
{
    public async Task<bool?> MaySeeAsync(AppDbContext db, AttachmentId file, Actor? reader, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.ImageId == file, cancellationToken);
        var dialogueId = proposal?.DialogueId
            ?? await db.Dialogues.AsNoTracking().Where(d => d.Documents.Contains(file) || d.CoverImageId == file).Select(d => (DialogueId?)d.Id).FirstOrDefaultAsync(cancellationToken)
            ?? await db.Scenarios.AsNoTracking().Where(s => s.ImageId == file).Select(s => (DialogueId?)s.DialogueId).FirstOrDefaultAsync(cancellationToken);
        if (dialogueId is not { } id)
        {
            return null;
        }
        if (proposal is not null && !proposal.IsVisibleTo(reader))
        {
            return false;
        }
        var dialogue = await db.Dialogues.AsNoTracking().SingleAsync(d => d.Id == id, cancellationToken);
        return DialoguesService.CanSee(dialogue, reader);
    }
}
