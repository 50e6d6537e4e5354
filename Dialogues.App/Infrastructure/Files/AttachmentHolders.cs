using Dialogues.App.Infrastructure.Data;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;

namespace Dialogues.App.Infrastructure.Files;

/// <summary>
/// One kind of item that holds uploaded files (a recommendation's documents, a report's photos). A file is served
/// only to those who may see the item that holds it, so a pending recommendation's PDF or a hidden report's photo
/// stays as private as the item, whoever has the link.
/// </summary>
public interface IAttachmentHolder
{
    /// <summary>Whether <paramref name="reader"/> (null: a guest) may see the item holding the file; null when no item of this kind holds it.</summary>
    Task<bool?> MaySeeAsync(AppDbContext db, AttachmentId file, Actor? reader, CancellationToken cancellationToken);
}

public static class AttachmentHolders
{
    public static IServiceCollection AddAttachmentHolder<THolder>(this IServiceCollection services)
        where THolder : class, IAttachmentHolder =>
        services.AddSingleton<IAttachmentHolder, THolder>();

    /// <summary>
    /// The holding item decides; a file no item holds yet (just uploaded, or left over from a refused form) is its
    /// uploader's and staff's only.
    /// </summary>
    public static async Task<bool> MaySeeAsync(IEnumerable<IAttachmentHolder> holders, AppDbContext db, Attachment file, Actor? reader, CancellationToken cancellationToken)
    {
        foreach (var holder in holders)
        {
            if (await holder.MaySeeAsync(db, file.Id, reader, cancellationToken) is { } decided)
            {
                return decided;
            }
        }
        return reader is not null && (reader.Id == file.UploadedBy || reader.IsStaff);
    }
}
