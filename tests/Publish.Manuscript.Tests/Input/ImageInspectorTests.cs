using Publish.Imaging;
using Publish.Manuscript.Input;

namespace Publish.Manuscript.Tests.Input;

public sealed class ImageInspectorTests
{
    public static TheoryData<string, byte[], int, int> SoundImages() => new()
    {
        { "PNG", TestImageBytes.Png(40, 30), 40, 30 },
        { "JPEG", TestImageBytes.Jpeg(640, 480), 640, 480 },
        { "GIF", TestImageBytes.Gif(1), 1, 1 },
        { "WebP", TestImageBytes.WebP(300, 200), 300, 200 },
    };

    [Theory]
    [MemberData(nameof(SoundImages))]
    public void Sound_images_report_their_format_and_size(string format, byte[] bytes, int width, int height)
    {
        var inspection = ImageInspector.Inspect(bytes);

        Assert.True(inspection.IsSound, inspection.Problem);
        Assert.Equal((format, width, height, 1), (inspection.Format, inspection.Width, inspection.Height, inspection.Frames));
    }

    /// <summary>Every proper prefix of a sound image is refused as unreadable, and never throws.</summary>
    [Theory]
    [MemberData(nameof(SoundImages))]
    public void Every_truncation_is_refused(string format, byte[] bytes, int width, int height)
    {
        for (var length = 0; length < bytes.Length; length++)
        {
            var inspection = ImageInspector.Inspect(bytes.AsSpan(0, length));
            Assert.True(!inspection.IsSound, $"{format} {width}×{height} cut to {length} of {bytes.Length} bytes passed");
            Assert.Equal(ImageRefusal.Unreadable, inspection.Refusal);
        }
    }

    [Fact]
    public void A_flipped_bit_in_png_data_fails_the_checksum()
    {
        var png = TestImageBytes.Png(10, 10);
        png[45] ^= 0x10;

        var inspection = ImageInspector.Inspect(png);

        Assert.Equal(ImageRefusal.Unreadable, inspection.Refusal);
        Assert.Contains("checksum", inspection.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(50_000, 50_000)]
    [InlineData(7_072, 7_071)]
    [InlineData(int.MaxValue, 1)]
    public void A_png_header_above_the_pixel_limit_is_too_large(int width, int height)
    {
        var inspection = ImageInspector.Inspect(TestImageBytes.Png(1, 1).AsSpan(0, 8).ToArray().Concat(Ihdr(width, height)).ToArray());

        Assert.Equal(ImageRefusal.TooLarge, inspection.Refusal);
    }

    [Fact]
    public void A_png_header_just_within_the_limit_is_checked_further()
    {
        // 7,071 × 7,071 = 49,999,041 pixels: within the limit, so the missing IDAT/IEND is what is reported.
        var inspection = ImageInspector.Inspect(TestImageBytes.Png(1, 1).AsSpan(0, 8).ToArray().Concat(Ihdr(7_071, 7_071)).ToArray());

        Assert.Equal(ImageRefusal.Unreadable, inspection.Refusal);
    }

    [Fact]
    public void Jpeg_and_webp_headers_above_the_limit_are_too_large()
    {
        Assert.Equal(ImageRefusal.TooLarge, ImageInspector.Inspect(TestImageBytes.JpegHeader(65_000, 65_000)).Refusal);
        Assert.Equal(ImageRefusal.TooLarge, ImageInspector.Inspect(TestImageBytes.WebPLosslessHeader(16_000, 16_000)).Refusal);
    }

    [Fact]
    public void An_animated_gif_counts_its_frames()
    {
        var inspection = ImageInspector.Inspect(TestImageBytes.Gif(3));

        Assert.True(inspection.IsSound, inspection.Problem);
        Assert.Equal(3, inspection.Frames);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not an image")]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg'/>")]
    [InlineData("BM")]
    public void Other_content_is_unreadable(string content)
    {
        var inspection = ImageInspector.Inspect(System.Text.Encoding.ASCII.GetBytes(content));

        Assert.Equal(ImageRefusal.Unreadable, inspection.Refusal);
    }

    /// <summary>Seeded random bytes behind each format's signature: the inspector answers, never throws.</summary>
    [Fact]
    public void Random_bytes_behind_a_signature_never_throw()
    {
        var random = new Random(7);
        byte[][] signatures = [[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], [0xFF, 0xD8, 0xFF], "GIF89a"u8.ToArray(), "RIFF\0\0\0\0WEBP"u8.ToArray()];
        for (var i = 0; i < 20_000; i++)
        {
            var tail = new byte[random.Next(0, 64)];
            random.NextBytes(tail);
            _ = ImageInspector.Inspect([.. signatures[i % signatures.Length], .. tail]);
        }
    }

    private static byte[] Ihdr(int width, int height)
    {
        var ihdr = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8;
        ihdr[9] = 2;
        var chunk = new MemoryStream();
        TestImageBytes.Chunk(chunk, "IHDR", ihdr);
        return chunk.ToArray();
    }
}
