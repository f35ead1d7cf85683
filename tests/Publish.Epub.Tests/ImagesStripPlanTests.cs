using Publish.Epub.Images;
using Publish.Model;
using Publish.Model.Diagnostics;
using SkiaSharp;

namespace Publish.Epub.Tests;

/// <summary>
/// The EPUB's fast image path: an upright JPEG that fits is copied from its file without its metadata, planned from
/// the markers before the scan however large they are; everything else still goes to the decoder.
/// </summary>
public sealed class ImagesStripPlanTests : IDisposable
{
    private static readonly SourceSpan Here = new("test.md", 1, 1);
    private readonly string folder = Directory.CreateTempSubdirectory("publish-epub-images-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Metadata_larger_than_the_first_read_is_dropped_and_the_rest_kept_in_order()
    {
        var plain = PlainJpeg(320, 200);
        var icc = Segment(0xE2, 3000, 0x11); // APP2 (an ICC profile's place): kept
        var withMetadata = Splice(plain, [Segment(0xE1, 65_000, 0x22), Segment(0xED, 65_000, 0x33), icc, Segment(0xFE, 40_000, 0x44), Segment(0xE1, 65_000, 0x55)]);
        var path = Write("big-metadata.jpg", withMetadata);

        var fromFile = Processor(out _).Process(path, Here);

        Assert.NotNull(fromFile);
        Assert.Equal(Splice(plain, [icc]), fromFile.Content.ToArray());
        Assert.Equal(fromFile.Content.ToArray(), JpegMetadataStripper.TryStrip(withMetadata));
        Assert.Equal(("jpg", 320, 200), (fromFile.Extension, fromFile.Width, fromFile.Height));
    }

    [Fact]
    public void The_copy_from_a_file_equals_the_copy_from_memory()
    {
        var jpeg = TestImages.JpegWithOrientation(400, 300, 1);
        var path = Write("photo.jpg", jpeg);

        var fromFile = Processor(out _).Process(path, Here);
        var fromMemory = Processor(out _).Process(jpeg, "photo.jpg", Here);

        Assert.Equal(fromMemory!.Content.ToArray(), fromFile!.Content.ToArray());
        Assert.Equal(-1, fromFile.Content.ToArray().AsSpan().IndexOf("Exif\0\0"u8));
        Assert.Equal(jpeg.AsSpan(jpeg.AsSpan().IndexOf([(byte)0xFF, (byte)0xDA])).ToArray(), fromFile.Content.ToArray().AsSpan(fromFile.Content.ToArray().AsSpan().IndexOf([(byte)0xFF, (byte)0xDA])).ToArray());
    }

    [Theory]
    [InlineData("other photo")]
    [InlineData("longer")]
    [InlineData("shorter")]
    public void A_photo_changed_after_it_was_checked_is_refused_when_the_archive_copies_it(string change)
    {
        var jpeg = TestImages.JpegWithOrientation(400, 300, 1);
        var path = Write("photo.jpg", jpeg);
        var processed = Processor(out _).Process(path, Here)!;

        // Another program rewrites the file between the check and the zip: a different photo of the same length,
        // or the same photo grown or cut. The archive must not carry bytes other than those it was planned for.
        File.WriteAllBytes(path, change switch
        {
            "other photo" => Splice(TestImages.JpegWithOrientation(400, 300, 1), [Segment(0xE2, 40, 0x11)])[..jpeg.Length],
            "longer" => [.. jpeg, 0, 0],
            _ => jpeg[..^2],
        });

        var e = Assert.Throws<InvalidDataException>(() => processed.Content.WriteTo(Stream.Null));
        Assert.Contains("photo.jpg", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_turned_jpeg_read_from_a_file_is_decoded_and_turned_upright()
    {
        var path = Write("turned.jpg", TestImages.JpegWithOrientation(400, 200, 6));

        var processed = Processor(out _).Process(path, Here);

        Assert.Equal((200, 400), (processed!.Width, processed.Height));
        using var codec = SKCodec.Create(SKData.CreateCopy(processed.Content.ToArray()));
        Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
        Assert.Equal((200, 400), (codec.Info.Width, codec.Info.Height));
    }

    [Fact]
    public void A_jpeg_cut_before_its_scan_is_not_copied_but_left_out_with_a_warning()
    {
        var jpeg = TestImages.JpegWithOrientation(64, 32, 1);
        var path = Write("cut.jpg", jpeg[..jpeg.AsSpan().IndexOf([(byte)0xFF, (byte)0xDA])]);

        var processed = Processor(out var diagnostics).Process(path, Here);

        Assert.Null(processed);
        Assert.Contains(diagnostics.ToImmutableSorted(), d => d.Code == EpubDiagnosticCodes.ImageNotDecoded);
    }

    [Fact]
    public void The_plan_asks_for_more_bytes_when_the_head_ends_inside_the_metadata()
    {
        var jpeg = Splice(TestImages.JpegWithOrientation(64, 32, 1), [Segment(0xE1, 1000, 0x22)]);

        Assert.Equal(JpegPlanResult.NeedsMoreBytes, JpegMetadataStripper.Plan(jpeg.AsSpan(0, 500), out _));
        Assert.Equal(JpegPlanResult.Planned, JpegMetadataStripper.Plan(jpeg, out var plan));
        Assert.Equal((64, 32, 1), (plan!.Width, plan.Height, plan.Orientation));
        Assert.Equal(JpegPlanResult.NotStrippable, JpegMetadataStripper.Plan("\x89PNG\r\n\x1A\n"u8, out _));
    }

    [Fact]
    public void The_plan_is_made_from_the_bytes_through_the_scan_header_and_refuses_a_restart_marker_before_it()
    {
        // The file copy plans again from exactly ScanDataOffset bytes, so the plan must be whole there and not before.
        var jpeg = TestImages.JpegWithOrientation(64, 32, 1);
        var scan = jpeg.AsSpan().IndexOf([(byte)0xFF, (byte)0xDA]);
        var scanData = scan + 2 + ((jpeg[scan + 2] << 8) | jpeg[scan + 3]);

        Assert.Equal(JpegPlanResult.NeedsMoreBytes, JpegMetadataStripper.Plan(jpeg.AsSpan(0, scanData - 1), out _));
        Assert.Equal(JpegPlanResult.Planned, JpegMetadataStripper.Plan(jpeg.AsSpan(0, scanData), out var plan));
        Assert.Equal((scan, scanData), (plan!.ScanOffset, plan.ScanDataOffset));
        Assert.Equal(JpegPlanResult.NotStrippable, JpegMetadataStripper.Plan([.. jpeg[..scan], 0xFF, 0xD0, .. jpeg[scan..]], out _));
    }

    private ImageProcessor Processor(out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        return new ImageProcessor(TestDocuments.Options(), diagnostics);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A JPEG as SkiaSharp writes it: JFIF, tables, frame and scan, no metadata segment.</summary>
    private static byte[] PlainJpeg(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(40, 120, 200));
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    /// <summary>A marker segment of <paramref name="bodyLength"/> bytes of one value.</summary>
    private static byte[] Segment(byte marker, int bodyLength, byte fill) =>
        [0xFF, marker, (byte)((bodyLength + 2) >> 8), (byte)(bodyLength + 2), .. Enumerable.Repeat(fill, bodyLength)];

    /// <summary>Inserts segments right after the JPEG's SOI marker, in order.</summary>
    private static byte[] Splice(byte[] jpeg, byte[][] segments) => [.. jpeg[..2], .. segments.SelectMany(s => s), .. jpeg[2..]];
}
