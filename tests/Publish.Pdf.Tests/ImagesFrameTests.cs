using Publish.Pdf.Images;
using Publish.Pdf.Tests.Support;

namespace Publish.Pdf.Tests;

/// <summary>Only JPEG frames DCTDecode takes pass through; the rest are decoded, upright.</summary>
public sealed class ImagesFrameTests
{
    [Theory]
    [InlineData(0xC3, 8)] // lossless
    [InlineData(0xC9, 8)] // arithmetic, sequential
    [InlineData(0xCA, 8)] // arithmetic, progressive
    [InlineData(0xC1, 12)] // extended, 12-bit samples
    public void A_frame_DCTDecode_does_not_take_is_not_passed_through(byte frameMarker, byte precision)
    {
        var jpeg = TestImages.Jpeg();
        var sof = jpeg.AsSpan().IndexOf([(byte)0xFF, (byte)0xC0]);
        jpeg[sof + 1] = frameMarker;
        jpeg[sof + 4] = precision;

        Assert.Null(JpegHeader.TryRead(jpeg));
    }

    [Theory]
    [InlineData(0xC0)]
    [InlineData(0xC1)]
    [InlineData(0xC2)]
    public void Huffman_frames_with_8_bit_samples_pass_through(byte frameMarker)
    {
        var jpeg = TestImages.Jpeg();
        jpeg[jpeg.AsSpan().IndexOf([(byte)0xFF, (byte)0xC0]) + 1] = frameMarker;

        Assert.Equal((40, 30), (JpegHeader.TryRead(jpeg)!.Width, JpegHeader.TryRead(jpeg)!.Height));
    }

    /// <summary>The stored picture is red on its left half: orientation 6 turns it a quarter clockwise, so red is on top.</summary>
    [Fact]
    public void A_decoded_jpeg_is_turned_upright_by_its_exif_orientation()
    {
        var jpeg = ImagesOrientationTests.WithExif(TestImages.Jpeg(40, 30), 6, bigEndian: true);

        var image = RasterImageDecoder.Decode(jpeg, "turned.jpg");

        Assert.Equal((30, 40), (image.Width, image.Height));
        var top = Pixel(image, 15, 5);
        var bottom = Pixel(image, 15, 35);
        Assert.True(top.R > 180 && top.B < 80, $"top is {top}");
        Assert.True(bottom.B > 180 && bottom.R < 80, $"bottom is {bottom}");
    }

    [Fact]
    public void A_decoded_jpeg_mirrored_by_orientation_2_has_red_on_the_right()
    {
        var image = RasterImageDecoder.Decode(ImagesOrientationTests.WithExif(TestImages.Jpeg(40, 30), 2, bigEndian: false), "mirrored.jpg");

        Assert.Equal((40, 30), (image.Width, image.Height));
        Assert.True(Pixel(image, 35, 15).R > 180 && Pixel(image, 5, 15).B > 180);
    }

    private static (byte R, byte G, byte B) Pixel(DecodedImage image, int x, int y)
    {
        var at = ((y * image.Width) + x) * 3;
        return (image.Rgb[at], image.Rgb[at + 1], image.Rgb[at + 2]);
    }
}
