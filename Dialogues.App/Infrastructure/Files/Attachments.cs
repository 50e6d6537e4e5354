using System.ComponentModel.DataAnnotations;
using System.Net.Mime;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Participants;
using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Dialogues.App.Infrastructure.Files;

/// <summary>An upload that was read and recognised, not yet stored.</summary>
public sealed record UploadedFile(string FileName, FileType Type, byte[] Content);

public sealed class UploadOptions
{
    public const string Section = "Uploads";

    [Range(1, 100 * 1024 * 1024)]
    public long MaxDocumentBytes { get; set; } = 10 * 1024 * 1024;

    [Range(1, 50 * 1024 * 1024)]
    public long MaxImageBytes { get; set; } = 5 * 1024 * 1024;
}

/// <summary>
/// Accepts uploads after checking size and content, stores the bytes outside the web root under a name
/// that carries no extension, and serves them back only as downloads or images.
/// </summary>
public sealed class Attachments(
    IDbContextFactory<AppDbContext> databases,
    DataFolder dataFolder,
    IOptions<UploadOptions> options,
    TimeProvider clock)
{
    public long MaxBytes(AttachmentKind kind) => kind == AttachmentKind.Image ? options.Value.MaxImageBytes : options.Value.MaxDocumentBytes;

    /// <summary>Checks the declared size before anything is read, so an oversized upload is refused cheaply.</summary>
    public void EnsureSize(AttachmentKind kind, long size) =>
        DomainException.ThrowIf(size > MaxBytes(kind), DomainErrors.UploadTooLarge, Math.Round(MaxBytes(kind) / 1024d / 1024d, 1));

    /// <summary>
    /// Reads an upload within its size limit and checks what it really is. Nothing is stored yet, so a form can
    /// check every file before it saves anything.
    /// </summary>
    public async Task<UploadedFile> ReadAsync(AttachmentKind expected, string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await CopyLimitedAsync(content, buffer, MaxBytes(expected), expected, cancellationToken);
        var bytes = buffer.ToArray();
        var type = FileInspector.Detect(bytes);
        // A document slot takes any accepted file (a scanned page is a picture); an image slot only pictures.
        DomainException.ThrowIf(type is null || (expected == AttachmentKind.Image && type.Kind != AttachmentKind.Image),
            expected == AttachmentKind.Image ? DomainErrors.UploadNotImage : DomainErrors.UploadNotDocument);
        DomainException.ThrowIf(!FileInspector.NameMatches(type!, fileName), DomainErrors.UploadTypeMismatch);
        // Pictures lose their location and other metadata before anything else sees them.
        return new UploadedFile(fileName, type!, type!.Kind == AttachmentKind.Image ? ImageMetadata.Strip(type, bytes) : bytes);
    }

    public async Task<AttachmentId> StoreAsync(UserId uploader, UploadedFile file, CancellationToken cancellationToken = default)
    {
        var id = new AttachmentId(Guid.NewGuid());
        await File.WriteAllBytesAsync(PathOf(id), file.Content, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.Attachments.Add(Attachment.Record(id, file.FileName, file.Type.ContentType, file.Content.LongLength, file.Type.Kind, uploader, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }

    /// <summary>Reads, checks and stores in one go, for callers with nothing else to validate first.</summary>
    public async Task<AttachmentId> StoreAsync(UserId uploader, AttachmentKind expected, string fileName, Stream content, CancellationToken cancellationToken = default) =>
        await StoreAsync(uploader, await ReadAsync(expected, fileName, content, cancellationToken), cancellationToken);

    public async Task<IReadOnlyDictionary<AttachmentId, Attachment>> FindAsync(IEnumerable<AttachmentId> ids, CancellationToken cancellationToken = default)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<AttachmentId, Attachment>();
        }
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Attachments.AsNoTracking().Where(a => wanted.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
    }

    public static string UrlOf(AttachmentId id) => $"files/{id.Value}";

    private string PathOf(AttachmentId id) => Path.Combine(dataFolder.Folder("uploads"), id.Value.ToString("N"));

    private static async Task CopyLimitedAsync(Stream source, Stream target, long limit, AttachmentKind kind, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            total += read;
            DomainException.ThrowIf(total > limit, DomainErrors.UploadTooLarge, Math.Round(limit / 1024d / 1024d, 1));
            await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }
        DomainException.ThrowIf(total == 0, kind == AttachmentKind.Image ? DomainErrors.UploadNotImage : DomainErrors.UploadNotDocument);
    }

    /// <summary>
    /// GET /files/{id}: images and PDFs inline (a PDF opens in the browser's viewer), other documents as downloads;
    /// never sniffed, never run as a page.
    /// </summary>
    public static IEndpointRouteBuilder MapFileEndpoint(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/files/{id:guid}", async (
            Guid id, HttpContext context, IDbContextFactory<AppDbContext> databases, DataFolder folder,
            IEnumerable<IAttachmentHolder> holders) =>
        {
            var reader = await CurrentActor.ForRequest(context).FindAsync(context.RequestAborted);
            await using var db = await databases.CreateDbContextAsync(context.RequestAborted);
            var attachment = await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == new AttachmentId(id), context.RequestAborted);
            var path = Path.Combine(folder.Folder("uploads"), id.ToString("N"));
            // Not found, rather than forbidden, for a file the reader may not see: its existence is not told either.
            if (attachment is null || !File.Exists(path) || !await AttachmentHolders.MaySeeAsync(holders, db, attachment, reader, context.RequestAborted))
            {
                return Results.NotFound();
            }
            var headers = context.Response.Headers;
            var pdf = attachment.ContentType == "application/pdf";
            // The browser's PDF viewer refuses a sandboxed document; a PDF still may load nothing from elsewhere.
            headers[HeaderNames.ContentSecurityPolicy] = pdf ? "default-src 'none'; img-src 'self'" : "default-src 'none'; img-src 'self'; sandbox";
            headers[HeaderNames.CacheControl] = "private, max-age=86400";
            var disposition = new ContentDisposition
            {
                Inline = attachment.Kind == AttachmentKind.Image || pdf,
                FileName = Ascii(attachment.FileName),
            };
            headers[HeaderNames.ContentDisposition] = $"{disposition}; filename*=UTF-8''{Uri.EscapeDataString(attachment.FileName)}";
            return Results.File(path, attachment.ContentType);
        }).AllowAnonymous();
        return endpoints;
    }

    private static string Ascii(string name)
    {
        var safe = new string(name.Select(c => c is >= ' ' and < (char)127 && c is not '"' and not '\\' ? c : '_').ToArray());
        return string.IsNullOrWhiteSpace(safe) ? "file" : safe;
    }
}

public static class FilesServiceCollectionExtensions
{
    public static IServiceCollection AddAttachments(this IServiceCollection services)
    {
        services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Attachments>();
        return services;
    }
}
