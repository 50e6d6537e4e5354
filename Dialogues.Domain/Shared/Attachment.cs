using Dialogues.Domain.Participants;

namespace Dialogues.Domain.Shared;

public readonly record struct AttachmentId(Guid Value) : IEntityId<AttachmentId>
{
    public static AttachmentId From(Guid value) => new(value);
}

public enum AttachmentKind
{
    Document,
    Image,
}

/// <summary>
/// An uploaded file whose type was recognised from its content. The bytes live in storage; this is what
/// the platform knows about them.
/// </summary>
public sealed class Attachment
{
    public const int MaxFileNameLength = 200;

    private Attachment() => (FileName, ContentType) = ("", "");

    public AttachmentId Id { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long Length { get; private set; }

    public AttachmentKind Kind { get; private set; }

    public UserId UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public static Attachment Record(AttachmentId id, string fileName, string contentType, long length, AttachmentKind kind, UserId uploadedBy, DateTimeOffset now)
    {
        var name = Path.GetFileName(fileName ?? "").Trim();
        if (name.Length == 0)
        {
            name = "file";
        }
        if (name.Length > MaxFileNameLength)
        {
            name = name[^MaxFileNameLength..];
        }
        return new Attachment
        {
            Id = id,
            FileName = name,
            ContentType = contentType,
            Length = length,
            Kind = kind,
            UploadedBy = uploadedBy,
            UploadedAt = now,
        };
    }
}
