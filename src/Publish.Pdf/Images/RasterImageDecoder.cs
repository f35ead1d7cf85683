using SkiaSharp;

namespace Publish.Pdf.Images;

/// <summary>
/// Decodes non-JPEG images (PNG, WebP, GIF…) with SkiaSharp. The pixel count is checked from the header
/// before any pixel is decoded, so a small file claiming a huge image cannot exhaust memory.
/// </summary>
internal static class RasterImageDecoder
{
    public const long MaxPixels = 50_000_000;

    public static DecodedImage Decode(byte[] file, string pathForMessages)
    {
        using var data = SKData.CreateCopy(file);
        using var codec = SKCodec.Create(data)
            ?? throw new InvalidDataException($"'{pathForMessages}' is not an image format this writer can read.");
        var info = codec.Info;
        if ((long)info.Width * info.Height > MaxPixels)
        {
            throw new InvalidDataException(
                $"'{pathForMessages}' is {info.Width}×{info.Height} pixels, more than the {MaxPixels / 1_000_000} megapixel limit.");
        }

        // Unpremultiplied RGBA so colour samples are the image's own, independent of alpha; converted to sRGB from
        // whatever the file declares (iCCP, cHRM/gAMA), since the PDF takes them as DeviceRGB.
        var target = new SKImageInfo(info.Width, info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul, SKColorSpace.CreateSrgb());
        using var bitmap = new SKBitmap(target);
        var result = codec.GetPixels(target, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            throw new InvalidDataException($"'{pathForMessages}' could not be decoded: {result}.");
        }

        var pixels = bitmap.GetPixelSpan();
        var count = info.Width * info.Height;
        var rgb = new byte[count * 3];
        var alpha = new byte[count];
        var opaque = true;
        for (var i = 0; i < count; i++)
        {
            rgb[i * 3] = pixels[i * 4];
            rgb[(i * 3) + 1] = pixels[(i * 4) + 1];
            rgb[(i * 3) + 2] = pixels[(i * 4) + 2];
            alpha[i] = pixels[(i * 4) + 3];
            opaque &= alpha[i] == 0xFF;
        }

        return new DecodedImage(info.Width, info.Height, rgb, opaque ? null : alpha);
    }
}
