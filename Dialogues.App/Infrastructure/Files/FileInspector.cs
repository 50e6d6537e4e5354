using System.IO.Compression;
using System.Text;
using Dialogues.Domain.Shared;

namespace Dialogues.App.Infrastructure.Files;

/// <summary>What a file really is, judged from its bytes.</summary>
public sealed record FileType(AttachmentKind Kind, string ContentType, IReadOnlySet<string> Extensions);

/// <summary>
/// Recognises the documents and images the platform accepts from their content (magic bytes, and the
/// parts list inside office zip containers), never from the name or the browser's claimed type.
/// </summary>
public static class FileInspector
{
    public static readonly FileType Pdf = new(AttachmentKind.Document, "application/pdf", Set(".pdf"));
    public static readonly FileType Png = new(AttachmentKind.Image, "image/png", Set(".png"));
    public static readonly FileType Jpeg = new(AttachmentKind.Image, "image/jpeg", Set(".jpg", ".jpeg"));
    public static readonly FileType WebP = new(AttachmentKind.Image, "image/webp", Set(".webp"));
    public static readonly FileType Word = new(AttachmentKind.Document, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set(".docx"));
    public static readonly FileType Excel = new(AttachmentKind.Document, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set(".xlsx"));
    public static readonly FileType PowerPoint = new(AttachmentKind.Document, "application/vnd.openxmlformats-officedocument.presentationml.presentation", Set(".pptx"));
    public static readonly FileType OpenText = new(AttachmentKind.Document, "application/vnd.oasis.opendocument.text", Set(".odt"));
    public static readonly FileType OpenSheet = new(AttachmentKind.Document, "application/vnd.oasis.opendocument.spreadsheet", Set(".ods"));
    public static readonly FileType OpenPresentation = new(AttachmentKind.Document, "application/vnd.oasis.opendocument.presentation", Set(".odp"));
    public static readonly FileType LegacyOffice = new(AttachmentKind.Document, "application/octet-stream", Set(".doc", ".xls", ".ppt"));

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> OleSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The recognised type, or null when the content is not one we accept.</summary>
    public static FileType? Detect(byte[] content)
    {
        ReadOnlySpan<byte> head = content;
        if (head.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }
        if (head.StartsWith(PngSignature))
        {
            return Png;
        }
        if (head.StartsWith(JpegSignature))
        {
            return Jpeg;
        }
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }
        if (head.StartsWith(OleSignature))
        {
            return LegacyOffice;
        }
        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return DetectZipDocument(content);
        }
        return null;
    }

    /// <summary>The content must be of the family the file name claims (a PNG named report.pdf is refused).</summary>
    public static bool NameMatches(FileType type, string fileName) =>
        type.Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant());

    private static FileType? DetectZipDocument(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (names.Contains("[Content_Types].xml"))
            {
                return names.Contains("word/document.xml") ? Word
                    : names.Contains("xl/workbook.xml") ? Excel
                    : names.Contains("ppt/presentation.xml") ? PowerPoint
                    : null;
            }
            if (zip.GetEntry("mimetype") is { Length: < 200 } mimetypeEntry)
            {
                using var reader = new StreamReader(mimetypeEntry.Open(), Encoding.ASCII);
                return reader.ReadToEnd().Trim() switch
                {
                    "application/vnd.oasis.opendocument.text" => OpenText,
                    "application/vnd.oasis.opendocument.spreadsheet" => OpenSheet,
                    "application/vnd.oasis.opendocument.presentation" => OpenPresentation,
                    _ => null,
                };
            }
        }
        catch (InvalidDataException)
        {
            // A damaged archive is not a document we accept.
        }
        return null;
    }

    private static HashSet<string> Set(params string[] extensions) => [.. extensions];
}
