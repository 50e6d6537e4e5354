using System.IO.Compression;
using System.Net;
using Dialogues.App.Features.Problems;
using Dialogues.App.Features.Recommendations;
using Dialogues.App.Features.ReferenceData;
using Dialogues.App.Infrastructure.Files;
using Dialogues.Domain.Problems;
using Dialogues.Domain.Recommendations;
using Dialogues.Domain.Shared;
using Dialogues.Tests.Features.Problems;
using Dialogues.Tests.Features.Recommendations;
using Dialogues.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogues.Tests.Infrastructure.Files;

public class AttachmentsTests(AppHost host) : IClassFixture<AppHost>
{
    // A complete 1×1 PNG: pictures are taken apart (to drop their metadata), so a bare signature is not enough.
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
    public static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"u8.ToArray();
    public static readonly byte[] WindowsProgram = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00];

    public static byte[] Docx()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            zip.CreateEntry("word/document.xml");
        }
        return buffer.ToArray();
    }

    private Attachments Attachments => host.Services.GetRequiredService<Attachments>();

    [Fact]
    public void Inspector_RecognisesContent_NotNames()
    {
        Assert.Equal(FileInspector.Png, FileInspector.Detect(Png));
        Assert.Equal(FileInspector.Pdf, FileInspector.Detect(Pdf));
        Assert.Equal(FileInspector.Word, FileInspector.Detect(Docx()));
        Assert.Null(FileInspector.Detect(WindowsProgram));
        Assert.Null(FileInspector.Detect("<html><script>alert(1)</script></html>"u8.ToArray()));
    }

    [Fact]
    public async Task Store_ProgramNamedAsPdf_IsRefused()
    {
        var user = await host.CreateUserAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => Attachments.StoreAsync(user.Id, AttachmentKind.Document, "отчет.pdf", new MemoryStream(WindowsProgram)));

        Assert.Equal(DomainErrors.UploadNotDocument, error.Code);
    }

    [Fact]
    public async Task Store_PngNamedAsPdf_IsRefusedAsAMismatch()
    {
        var user = await host.CreateUserAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => Attachments.StoreAsync(user.Id, AttachmentKind.Document, "отчет.pdf", new MemoryStream(Png)));

        Assert.Equal(DomainErrors.UploadTypeMismatch, error.Code);
        var mismatch = await Assert.ThrowsAsync<DomainException>(() => Attachments.StoreAsync(user.Id, AttachmentKind.Image, "снимка.webp", new MemoryStream(Png)));
        Assert.Equal(DomainErrors.UploadTypeMismatch, mismatch.Code);
    }

    [Fact]
    public async Task Store_PictureAmongDocuments_IsAccepted_DocumentAsPicture_IsNot()
    {
        var user = await host.CreateUserAsync();

        await Attachments.StoreAsync(user.Id, AttachmentKind.Document, "схема.png", new MemoryStream(Png));
        var error = await Assert.ThrowsAsync<DomainException>(() => Attachments.StoreAsync(user.Id, AttachmentKind.Image, "отчет.pdf", new MemoryStream(Pdf)));

        Assert.Equal(DomainErrors.UploadNotImage, error.Code);
    }

    [Fact]
    public async Task Store_TooLarge_IsRefusedAndNothingIsRecorded()
    {
        var user = await host.CreateUserAsync();
        await using var db = host.Db();
        var before = db.Attachments.Count();
        var huge = new byte[Attachments.MaxBytes(AttachmentKind.Image) + 1];
        Png.CopyTo(huge, 0);

        var error = await Assert.ThrowsAsync<DomainException>(() => Attachments.StoreAsync(user.Id, AttachmentKind.Image, "голяма.png", new MemoryStream(huge)));

        Assert.Equal(DomainErrors.UploadTooLarge, error.Code);
        Assert.Equal(before, db.Attachments.Count());
    }

    [Fact]
    public async Task ServedDocument_IsADownloadThatIsNeverSniffedOrRun()
    {
        var user = await host.CreateUserAsync();
        var id = await Attachments.StoreAsync(user.Id, AttachmentKind.Document, "Отчет 2026.docx", new MemoryStream(Docx()));
        using var http = new HttpSession(host.BaseUrl);
        // A file no item holds yet is its uploader's (and staff's) only.
        await http.LogInAsync(user.Email);

        var response = await http.GetAsync("/" + Attachments.UrlOf(id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition!.ToString());
        Assert.Contains("filename*=UTF-8''%D0%9E%D1%82%D1%87%D0%B5%D1%82%202026.docx", response.Content.Headers.GetValues("Content-Disposition").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("sandbox", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task ServedPdf_OpensInTheBrowser_AndMayLoadNothingFromElsewhere()
    {
        var user = await host.CreateUserAsync();
        var id = await Attachments.StoreAsync(user.Id, AttachmentKind.Document, "Отчет 2026.pdf", new MemoryStream(Pdf));
        using var http = new HttpSession(host.BaseUrl);
        await http.LogInAsync(user.Email);

        var response = await http.GetAsync("/" + Attachments.UrlOf(id));

        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("inline", response.Content.Headers.ContentDisposition!.ToString());
        Assert.StartsWith("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ServedImage_IsInline()
    {
        var user = await host.CreateUserAsync();
        var id = await Attachments.StoreAsync(user.Id, AttachmentKind.Image, "площад.png", new MemoryStream(Png));
        using var http = new HttpSession(host.BaseUrl);
        // A file no item holds yet is its uploader's (and staff's) only.
        await http.LogInAsync(user.Email);

        var response = await http.GetAsync("/" + Attachments.UrlOf(id));

        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("inline", response.Content.Headers.ContentDisposition!.ToString());
    }

    [Fact]
    public async Task APendingRecommendationsDocument_IsServedToItsSubmitterAndStaffOnly()
    {
        var cast = await RecommendationsCast.CreateAsync(host);
        RecommendationId recommendation;
        await using (var scope = host.As(cast.Resident))
        {
            var reference = await scope.Get<ReferenceCatalog>().GetAsync();
            recommendation = await scope.Get<RecommendationsService>().SubmitAsync(
                new RecommendationDraft("Препоръка с приложение", "Прилагам снимки и описание на проблема с тротоара.", reference.PolicyAreas[0].Id, null, null, null, ShowName: false),
                [new UploadedFile("подробности.pdf", FileInspector.Pdf, Pdf)]);
        }
        await using var db = host.Db();
        var file = (await db.Recommendations.SingleAsync(r => r.Id == recommendation)).Attachments.Single();

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(null, file));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(await host.CreateUserAsync("Друг Жител"), file));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(cast.Resident, file));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(cast.Moderator, file));

        await using (var scope = host.As(cast.Moderator))
        {
            await scope.Get<RecommendationWorkflow>().RegisterAsync(recommendation);
        }
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(null, file));
    }

    [Fact]
    public async Task AHiddenReportsPhoto_IsNotServedToGuests()
    {
        var cast = await ProblemsCast.CreateAsync(host);
        ProblemReportId report;
        await using (var scope = host.As(cast.Resident))
        {
            report = await scope.Get<ProblemsService>().SubmitAsync(cast.Draft(), [new UploadedFile("yama.jpg", FileInspector.Jpeg, await TestImages.JpegAsync())]);
        }
        await using var db = host.Db();
        var row = await db.ProblemReports.SingleAsync(r => r.Id == report);
        var photo = row.Photos.Single();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(null, photo));

        row.Hide(host.Clock.GetUtcNow());
        await db.SaveChangesAsync();

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(null, photo));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(cast.Resident, photo));
    }

    private async Task<HttpStatusCode> StatusAsync(TestUser? reader, AttachmentId file)
    {
        using var http = new HttpSession(host.BaseUrl);
        if (reader is not null)
        {
            await http.LogInAsync(reader.Email);
        }
        return (await http.GetAsync($"/files/{file.Value}")).StatusCode;
    }

    [Fact]
    public async Task UnknownFile_Is404()
    {
        using var http = new HttpSession(host.BaseUrl);

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/files/{Guid.NewGuid()}")).StatusCode);
    }
}
