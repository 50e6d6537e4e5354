using Dialogues.App.Infrastructure.Files;
using Dialogues.Tests.Support;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;

namespace Dialogues.Tests.Infrastructure.Files;

public class ImageMetadataTests
{
    [Fact]
    public async Task Strip_RemovesTheGpsPositionOfAPhonePhoto_KeepsItsOrientation_AndItStillDecodes()
    {
        var photo = TestImages.WithGps(await TestImages.JpegAsync(64, 48));
        Assert.True(ImageMetadata.HasLocation(photo));

        var stripped = ImageMetadata.Strip(FileInspector.Jpeg, photo);

        Assert.False(ImageMetadata.HasLocation(stripped));
        var directories = ImageMetadataReader.ReadMetadata(new MemoryStream(stripped));
        Assert.Empty(directories.OfType<GpsDirectory>());
        Assert.Equal(6, directories.OfType<ExifIfd0Directory>().Single().GetInt32(ExifDirectoryBase.TagOrientation));
        // Orientation 6 is "rotate 90°": the browser shows the kept photo upright, as tall as it was wide.
        Assert.Equal((48, 64), await TestImages.DecodedSizeAsync(stripped));
        Assert.True(stripped.Length < photo.Length);
    }

    [Fact]
    public async Task Strip_APhotoWithoutMetadata_KeepsItsPixels()
    {
        var photo = await TestImages.JpegAsync(32, 32);

        var stripped = ImageMetadata.Strip(FileInspector.Jpeg, photo);

        Assert.Equal((32, 32), await TestImages.DecodedSizeAsync(stripped));
    }

    [Fact]
    public void Strip_ATruncatedJpeg_IsNotAPicture()
    {
        byte[] broken = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F'];

        var error = Assert.Throws<Dialogues.Domain.Shared.DomainException>(() => ImageMetadata.Strip(FileInspector.Jpeg, broken));

        Assert.Equal(Dialogues.Domain.Shared.DomainErrors.UploadNotImage, error.Code);
    }
}
