using Dialogues.Domain.Shared;
using Microsoft.AspNetCore.Components.Forms;

namespace Dialogues.App.Infrastructure.Files;

public static class BrowserFiles
{
    /// <summary>
    /// Reads a file picked in the browser into a checked upload (null when none was picked). The declared size
    /// is checked first, so an oversized file is refused before it crosses the circuit.
    /// </summary>
    public static async Task<UploadedFile?> ReadAsync(this Attachments attachments, IBrowserFile? file, AttachmentKind kind)
    {
        if (file is null)
        {
            return null;
        }
        attachments.EnsureSize(kind, file.Size);
        await using var stream = file.OpenReadStream(attachments.MaxBytes(kind));
        return await attachments.ReadAsync(kind, file.Name, stream);
    }
}
