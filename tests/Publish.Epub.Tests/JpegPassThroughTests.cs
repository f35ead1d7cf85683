using Publish.Epub.Images;
using Publish.Model;
using Publish.Model.Diagnostics;
using SkiaSharp;

namespace Publish.Epub.Tests;

/// <summary>An upright JPEG that fits is copied without its metadata; anything else is decoded and re-encoded.</summary>
public sealed class JpegPassThroughTests
{
    private static readonly SourceSpan Here = new("test.md", 1, 1);

    [Fact]
    public void An_upright_jpeg_within_the_limit_keeps_its_compressed_data_and_loses_its_exif()
    {
        var original = TestImages.JpegWithOrientation(400, 200, 1);
        var processed = Process(original, TestDocuments.Options());

        Assert.NotNull(processed);
        Assert.Equal(("jpg", 400, 200), (processed.Extension, processed.Width, processed.Height));
        Assert.Equal(-1, IndexOf(processed.Content.ToArray(), "Exif\0\0"u8));
        Assert.True(IndexOf(original, "Exif\0\0"u8) > 0);
        // The entropy-coded data from the start of scan on is byte for byte the original's: no generation loss.
        Assert.Equal(original[IndexOf(original, [0xFF, 0xDA])..], processed.Content.ToArray()[IndexOf(processed.Content.ToArray(), [0xFF, 0xDA])..]);
        using var bitmap = SKBitmap.Decode(processed.Content.ToArray());
        Assert.Equal((400, 200), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void A_jpeg_over_the_size_limit_is_still_downscaled()
    {
        var processed = Process(TestImages.JpegWithOrientation(400, 200, 1), TestDocuments.Options() with { MaxImageEdge = 100 });

        Assert.Equal((100, 50), (processed!.Width, processed.Height));
        using var bitmap = SKBitmap.Decode(processed.Content.ToArray());
        Assert.Equal((100, 50), (bitmap.Width, bitmap.Height));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(40)]
    public void Truncated_or_foreign_data_is_refused_rather_than_copied(int keep)
    {
        var jpeg = TestImages.JpegWithOrientation(64, 32, 1);
        var sos = IndexOf(jpeg, [0xFF, 0xDA]);

        Assert.Null(JpegMetadataStripper.TryStrip(jpeg.AsSpan(0, Math.Min(keep, sos))));
        Assert.Null(JpegMetadataStripper.TryStrip(TestImages.Png(8, 8)));
    }

    [Fact]
    public void A_four_component_frame_is_refused()
    {
        var jpeg = TestImages.JpegWithOrientation(64, 32, 1);
        var sof = IndexOf(jpeg, [0xFF, 0xC0]);
        Assert.True(sof > 0);
        Assert.NotNull(JpegMetadataStripper.TryStrip(jpeg));

        jpeg[sof + 9] = 4;

        Assert.Null(JpegMetadataStripper.TryStrip(jpeg));
    }

    private static ProcessedImage? Process(byte[] jpeg, EpubWriterOptions options) =>
        new ImageProcessor(options, new DiagnosticBag()).Process(jpeg, "photo.jpg", Here);

    private static int IndexOf(byte[] data, ReadOnlySpan<byte> pattern) => data.AsSpan().IndexOf(pattern);
}
