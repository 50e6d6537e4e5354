using System.Buffers.Binary;
using Dialogues.Domain.Shared;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;

namespace Dialogues.App.Infrastructure.Files;

/// <summary>
/// Removes what a photo says beyond its pixels (GPS position, camera, date, names, embedded thumbnails) before it is
/// stored, without re-encoding: JPEG keeps only its JFIF, colour-profile and Adobe segments (plus a minimal EXIF
/// with the orientation, so phone photos stay upright), PNG drops its text and EXIF chunks, WebP its EXIF and XMP
/// chunks. Working on the file containers keeps the exact pixels, where an image library would decode and encode
/// again (losing quality); MetadataExtractor reads the orientation and checks the result.
/// </summary>
public static class ImageMetadata
{
    public static byte[] Strip(FileType type, byte[] image)
    {
        try
        {
            var stripped = type == FileInspector.Jpeg ? StripJpeg(image)
                : type == FileInspector.Png ? StripPng(image)
                : type == FileInspector.WebP ? StripWebP(image)
                : image;
            DomainException.ThrowIf(HasLocation(stripped), DomainErrors.UploadNotImage);
            return stripped;
        }
        catch (Exception error) when (error is IndexOutOfRangeException or ArgumentException or ImageProcessingException or IOException)
        {
            // A file whose structure does not hold together is not a picture we serve.
            throw new DomainException(DomainErrors.UploadNotImage);
        }
    }

    /// <summary>True when the image still carries a GPS position.</summary>
    public static bool HasLocation(byte[] image)
    {
        using var stream = new MemoryStream(image, writable: false);
        return ImageMetadataReader.ReadMetadata(stream).OfType<GpsDirectory>().Any(d => d.TagCount > 0);
    }

    private static byte[] StripJpeg(byte[] jpeg)
    {
        var orientation = Orientation(jpeg);
        using var output = new MemoryStream(jpeg.Length);
        output.Write(jpeg, 0, 2); // SOI
        if (orientation is > 1 and <= 8)
        {
            output.Write(OrientationSegment((ushort)orientation));
        }
        var position = 2;
        while (position < jpeg.Length)
        {
            if (jpeg[position] != 0xFF)
            {
                throw new ArgumentException("marker expected");
            }
            var marker = jpeg[position + 1];
            if (marker == 0xFF)
            {
                position++; // fill byte
                continue;
            }
            if (marker == 0xD9)
            {
                output.Write(jpeg, position, 2); // EOI: anything after it (a second picture, a trailer) is dropped
                return output.ToArray();
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(position + 2));
            var segmentEnd = position + 2 + length;
            if (marker == 0xDA)
            {
                // Start of scan: copy the header and the entropy-coded data up to the next real marker.
                var end = segmentEnd;
                while (end + 1 < jpeg.Length && !(jpeg[end] == 0xFF && jpeg[end + 1] is not 0x00 and not (>= 0xD0 and <= 0xD7)))
                {
                    end++;
                }
                output.Write(jpeg, position, end - position);
                position = end;
                continue;
            }
            if (Keeps(marker, jpeg.AsSpan(position + 4, Math.Min(length - 2, 12))))
            {
                output.Write(jpeg, position, segmentEnd - position);
            }
            position = segmentEnd;
        }
        throw new ArgumentException("no end of image");
    }

    /// <summary>JFIF (APP0), ICC colour profiles (APP2 "ICC_PROFILE") and Adobe colour info (APP14); never EXIF, XMP, IPTC or comments.</summary>
    private static bool Keeps(byte marker, ReadOnlySpan<byte> identifier) => marker switch
    {
        0xE0 or 0xEE => true,
        0xE2 => identifier.StartsWith("ICC_PROFILE"u8),
        >= 0xE1 and <= 0xEF => false,
        0xFE => false,
        _ => true,
    };

    private static int? Orientation(byte[] jpeg)
    {
        using var stream = new MemoryStream(jpeg, writable: false);
        var ifd0 = ImageMetadataReader.ReadMetadata(stream).OfType<ExifIfd0Directory>().FirstOrDefault();
        return ifd0 is not null && ifd0.TryGetInt32(ExifDirectoryBase.TagOrientation, out var orientation) ? orientation : null;
    }

    /// <summary>An APP1 EXIF segment holding one tag: the orientation.</summary>
    private static byte[] OrientationSegment(ushort orientation)
    {
        byte[] tiff =
        [
            (byte)'M', (byte)'M', 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08, // big-endian TIFF header, IFD0 at offset 8
            0x00, 0x01, // one entry
            0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, (byte)(orientation >> 8), (byte)orientation, 0x00, 0x00, // Orientation, SHORT, 1
            0x00, 0x00, 0x00, 0x00, // no next IFD
        ];
        var segment = new byte[4 + 6 + tiff.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(segment.Length - 2));
        "Exif\0\0"u8.CopyTo(segment.AsSpan(4));
        tiff.CopyTo(segment.AsSpan(10));
        return segment;
    }

    private static byte[] StripPng(byte[] png)
    {
        using var output = new MemoryStream(png.Length);
        output.Write(png, 0, 8);
        var position = 8;
        while (position < png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position));
            var type = png.AsSpan(position + 4, 4);
            var chunkEnd = checked(position + 12 + length);
            if (chunkEnd > png.Length)
            {
                throw new ArgumentException("chunk past the end");
            }
            if (!(type.SequenceEqual("eXIf"u8) || type.SequenceEqual("tEXt"u8) || type.SequenceEqual("zTXt"u8) || type.SequenceEqual("iTXt"u8) || type.SequenceEqual("tIME"u8)))
            {
                output.Write(png, position, chunkEnd - position);
            }
            if (type.SequenceEqual("IEND"u8))
            {
                return output.ToArray();
            }
            position = chunkEnd;
        }
        throw new ArgumentException("no IEND");
    }

    private static byte[] StripWebP(byte[] webp)
    {
        var end = Math.Min(webp.Length, checked(8 + (int)BinaryPrimitives.ReadUInt32LittleEndian(webp.AsSpan(4))));
        using var output = new MemoryStream(webp.Length);
        output.Write(webp, 0, 12); // RIFF, size (rewritten below), WEBP
        var position = 12;
        while (position + 8 <= end)
        {
            var type = webp.AsSpan(position, 4);
            var size = (int)BinaryPrimitives.ReadUInt32LittleEndian(webp.AsSpan(position + 4));
            var chunkEnd = checked(position + 8 + size + (size & 1));
            if (chunkEnd > end)
            {
                throw new ArgumentException("chunk past the end");
            }
            if (type.SequenceEqual("VP8X"u8))
            {
                var chunk = webp.AsSpan(position, chunkEnd - position).ToArray();
                chunk[8] &= unchecked((byte)~0x0C); // no EXIF (0x08) or XMP (0x04) any more
                output.Write(chunk);
            }
            else if (!type.SequenceEqual("EXIF"u8) && !type.SequenceEqual("XMP "u8))
            {
                output.Write(webp, position, chunkEnd - position);
            }
            position = chunkEnd;
        }
        var result = output.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(4), (uint)(result.Length - 8));
        return result;
    }
}
