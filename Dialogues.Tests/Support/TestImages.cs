using System.Buffers.Binary;

namespace Dialogues.Tests.Support;

/// <summary>Real pictures for upload tests: drawn and encoded by Chromium, optionally geotagged like a phone photo.</summary>
public static class TestImages
{
    public static async Task<byte[]> JpegAsync(int width = 64, int height = 48)
    {
        var context = await Browser.NewContextAsync("http://127.0.0.1");
        try
        {
            var page = await context.NewPageAsync();
            var dataUrl = await page.EvaluateAsync<string>(
                "([w, h]) => { const c = document.createElement('canvas'); c.width = w; c.height = h; const x = c.getContext('2d');"
                + " x.fillStyle = '#c62828'; x.fillRect(0, 0, w, h); x.fillStyle = '#ffd54f'; x.fillRect(w / 4, h / 4, w / 2, h / 2);"
                + " return c.toDataURL('image/jpeg', 0.9); }", new[] { width, height });
            return Convert.FromBase64String(dataUrl[(dataUrl.IndexOf(',') + 1)..]);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>The size Chromium decodes the picture to, or null when it cannot decode it.</summary>
    public static async Task<(int Width, int Height)?> DecodedSizeAsync(byte[] image, string type = "image/jpeg")
    {
        var context = await Browser.NewContextAsync("http://127.0.0.1");
        try
        {
            var page = await context.NewPageAsync();
            var size = await page.EvaluateAsync<int[]?>(
                "async ([data, type]) => { try { const bytes = Uint8Array.from(atob(data), c => c.charCodeAt(0));"
                + " const bitmap = await createImageBitmap(new Blob([bytes], { type })); return [bitmap.width, bitmap.height]; } catch { return null; } }",
                new object[] { Convert.ToBase64String(image), type });
            return size is [var w, var h] ? (w, h) : null;
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>Inserts an EXIF segment with an orientation and a GPS position (42.9372 N, 23.87 E), as phones write.</summary>
    public static byte[] WithGps(byte[] jpeg, ushort orientation = 6)
    {
        var tiff = new byte[140];
        var s = tiff.AsSpan();
        "II*\0"u8.CopyTo(s);
        BinaryPrimitives.WriteUInt32LittleEndian(s[4..], 8);
        // IFD0 at 8: Orientation, and the pointer to the GPS IFD at 38.
        BinaryPrimitives.WriteUInt16LittleEndian(s[8..], 2);
        Entry(s[10..], 0x0112, 3, 1, orientation);
        Entry(s[22..], 0x8825, 4, 1, 38);
        // GPS IFD at 38: N, latitude at 92; E, longitude at 116.
        BinaryPrimitives.WriteUInt16LittleEndian(s[38..], 4);
        Entry(s[40..], 0x0001, 2, 2, 'N');
        Entry(s[52..], 0x0002, 5, 3, 92);
        Entry(s[64..], 0x0003, 2, 2, 'E');
        Entry(s[76..], 0x0004, 5, 3, 116);
        Rationals(s[92..], (42, 1), (56, 1), (1339, 100));
        Rationals(s[116..], (23, 1), (52, 1), (12, 1));
        var segment = new byte[4 + 6 + tiff.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(segment.Length - 2));
        "Exif\0\0"u8.CopyTo(segment.AsSpan(4));
        tiff.CopyTo(segment.AsSpan(10));
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    private static void Entry(Span<byte> at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(at, tag);
        BinaryPrimitives.WriteUInt16LittleEndian(at[2..], type);
        BinaryPrimitives.WriteUInt32LittleEndian(at[4..], count);
        BinaryPrimitives.WriteUInt32LittleEndian(at[8..], value);
    }

    private static void Rationals(Span<byte> at, params (uint Numerator, uint Denominator)[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(at[(i * 8)..], values[i].Numerator);
            BinaryPrimitives.WriteUInt32LittleEndian(at[(i * 8 + 4)..], values[i].Denominator);
        }
    }
}
