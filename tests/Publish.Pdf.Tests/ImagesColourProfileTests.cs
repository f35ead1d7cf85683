using Publish.Pdf.Images;
using Publish.Pdf.Tests.Support;
using Publish.Typesetting.Frames;
using SkiaSharp;

namespace Publish.Pdf.Tests;

/// <summary>A JPEG's embedded ICC profile goes into the PDF as its /ICCBased colour space; a PNG's is converted to sRGB.</summary>
public sealed class ImagesColourProfileTests
{
    private static readonly SKColorSpace DisplayP3 = SKColorSpace.CreateRgb(SKColorSpaceTransferFn.Srgb, SKColorSpaceXyz.DisplayP3);

    [Fact]
    public void A_display_p3_jpeg_keeps_its_profile_as_an_ICCBased_colour_space()
    {
        var jpeg = Encode(DisplayP3, SKEncodedImageFormat.Jpeg, new SKColor(40, 200, 60));
        var header = JpegHeader.TryRead(jpeg);
        Assert.NotNull(header!.IccProfile);
        Assert.Equal("RGB ", System.Text.Encoding.ASCII.GetString(header.IccProfile, 16, 4));

        using var file = TempFile.With("p3.jpg", jpeg);
        var raw = PdfBytes.Latin1(new PdfWriter().WriteToArray(Documents.Of(Documents.Page(new ImageItem(file.Path, 0, 0, 40, 30, null)))));

        Assert.Matches(@"/ColorSpace \[/ICCBased \d+ 0 R\]", raw);
        Assert.Contains("/N 3 /Alternate /DeviceRGB", raw, StringComparison.Ordinal);
        Assert.True(PdfBytes.Contains(PdfBytes.Latin1Bytes(raw), jpeg), "the JPEG is not passed through unchanged");
    }

    [Fact]
    public void A_jpeg_without_a_profile_stays_device_RGB() =>
        Assert.Null(JpegHeader.TryRead(TestImages.Jpeg())!.IccProfile);

    [Fact]
    public void Profile_chunks_are_joined_in_sequence_order_and_refused_when_incomplete_or_of_another_space()
    {
        var profile = new byte[300];
        "RGB "u8.CopyTo(profile.AsSpan(16));
        profile[200] = 7;

        Assert.Equal(profile, JpegIccProfile.Join([(2, 2, profile[150..]), (1, 2, profile[..150])], components: 3));
        Assert.Null(JpegIccProfile.Join([(1, 2, profile[..150])], components: 3));
        Assert.Null(JpegIccProfile.Join([(1, 1, profile)], components: 4));
        Assert.Null(JpegIccProfile.Join([(1, 1, profile[..100])], components: 3));
    }

    [Fact]
    public void A_display_p3_png_is_converted_to_sRGB_samples()
    {
        // sRGB (30, 170, 60) is about (81, 168, 75) in Display P3: read without its profile it would stay that.
        using var file = TempFile.With("p3.png", Encode(DisplayP3, SKEncodedImageFormat.Png, new SKColor(30, 170, 60)));
        var image = RasterImageDecoder.Decode(File.ReadAllBytes(file.Path), file.Path);

        Assert.InRange(image.Rgb[0], 25, 35);
        Assert.InRange(image.Rgb[1], 165, 175);
        Assert.InRange(image.Rgb[2], 55, 65);
    }

    /// <summary>One colour given in sRGB, stored in <paramref name="space"/> with that space's profile embedded.</summary>
    private static byte[] Encode(SKColorSpace space, SKEncodedImageFormat format, SKColor srgb)
    {
        using var source = new SKBitmap(new SKImageInfo(40, 30, SKColorType.Rgba8888, SKAlphaType.Opaque, SKColorSpace.CreateSrgb()));
        source.Erase(srgb);
        using var converted = new SKBitmap(source.Info.WithColorSpace(space));
        using (var image = SKImage.FromBitmap(source))
        {
            image.ReadPixels(converted.Info, converted.GetPixels(), converted.RowBytes, 0, 0);
        }

        using var data = converted.Encode(format, 95);
        return data.ToArray();
    }
}
