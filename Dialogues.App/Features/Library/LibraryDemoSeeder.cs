using System.Globalization;
using System.Text;
using Dialogues.App.Features.Accounts;
using Dialogues.App.Infrastructure.Data;
using Dialogues.App.Infrastructure.Files;
using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.Library;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dialogues.App.Features.Library;

/// <summary>
/// The municipality's budget folder (a draft budget with an earlier version), an NGO's reports, and a folder of
/// materials on the first open dialogue. The files are small generated PDFs.
/// </summary>
internal sealed class LibraryDemoSeeder(
    IDbContextFactory<AppDbContext> databases,
    UserManager<AppUser> users,
    Attachments attachments,
    TimeProvider clock) : IDemoSeeder
{
    public int Order => 40;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await db.LibraryFolders.AnyAsync(cancellationToken))
        {
            return;
        }
        var official = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Official);
        var ngo = await DemoAccountsSeeder.ActorAsync(users, DemoAccounts.Ngo);
        var now = clock.GetUtcNow();
        async Task<Domain.Shared.AttachmentId> PdfAsync(Domain.Participants.UserId uploader, string name, string line) =>
            await attachments.StoreAsync(uploader, await attachments.ReadAsync(Domain.Shared.AttachmentKind.Document, name, new MemoryStream(Pdf(line)), cancellationToken), cancellationToken);

        var budget = LibraryFolder.Create(official, null, LibraryPlace.Library, 0, "Бюджет и финанси",
            "Проектите на бюджета, отчетите за изпълнението и решенията на общинския съвет.", now.AddDays(-30));
        var draft = budget.AddFile(official, "Проект на бюджет 2026", "Внесен за обществено обсъждане.",
            await PdfAsync(official.Id, "proekt-byudzhet-2026.pdf", "Botevgrad municipality - draft budget 2026 (first version)"), now.AddDays(-30));
        budget.UploadVersion(official, draft.EntryId, await PdfAsync(official.Id, "proekt-byudzhet-2026-v2.pdf", "Botevgrad municipality - draft budget 2026 (after the public discussion)"), now.AddDays(-10));
        budget.AddFile(official, "Отчет за изпълнението на бюджета за 2025 г.", null,
            await PdfAsync(official.Id, "otchet-2025.pdf", "Botevgrad municipality - budget report 2025"), now.AddDays(-25));

        var reports = LibraryFolder.Create(ngo, "Сдружение „Зелен Ботевград“", LibraryPlace.Library, 1, "Отчети на сдружението",
            "Годишните отчети и резултатите от нашите кампании.", now.AddDays(-20));
        reports.AddFile(ngo, "Годишен отчет 2025", null, await PdfAsync(ngo.Id, "godishen-otchet-2025.pdf", "Green Botevgrad association - annual report 2025"), now.AddDays(-20));

        db.LibraryFolders.AddRange(budget, reports);
        if (await db.Dialogues.AsNoTracking().Where(d => d.PublishedAt != null).OrderBy(d => d.Title).Select(d => d.Id).FirstOrDefaultAsync(cancellationToken) is { } dialogue
            && dialogue != default)
        {
            var materials = LibraryFolder.Create(official, null, LibraryPlace.Of(LibraryPlaceKind.Dialogue, dialogue.Value), 0, "Материали за диалога",
                "Документите, на които се основава обсъждането.", now.AddDays(-5));
            materials.AddFile(official, "Анализ на настоящото положение", null,
                await PdfAsync(official.Id, "analiz.pdf", "Botevgrad municipality - analysis for the dialogue"), now.AddDays(-5));
            db.LibraryFolders.Add(materials);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A one-page PDF with one line of ASCII text, its cross-reference table counted byte by byte.</summary>
    private static byte[] Pdf(string line)
    {
        var stream = $"BT /F1 14 Tf 56 780 Td ({line}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
