using System.IO.Compression;
using Publish.Imaging;
using Publish.Model.Memory;
using Publish.Pdf.Syntax;
using SkiaSharp;

namespace Publish.Pdf.Images;

/// <summary>
/// Decodes images the PDF cannot carry as they are (PNG, WebP, GIF's first frame, JPEGs outside DCTDecode) with
/// SkiaSharp. The pixel count is checked from the header before any pixel is decoded, so a small file claiming a
/// huge image cannot exhaust memory, and the pixels are reserved against the build's memory limit
/// (<see cref="DecodeMemory"/>) before they are allocated. Only a complete decode is taken: rows a damaged file
/// lacks are not filled in. The orientation is the file's own (<see cref="ImageOrientation"/>, EXIF or XMP in any
/// format), the one the layout made the box upright by.
/// </summary>
internal static class RasterImageDecoder
{
    /// <summary>
    /// Decodes and deflates, the pixels reserved (see <see cref="DecodeMemory"/>) until only the deflated samples
    /// are left. An upright image takes only its RGBA buffer (4 bytes a pixel, not 8): its rows are deflated from it.
    /// </summary>
    /// <param name="orientation">The reader's (<c>ImageFacts.Orientation</c>); null reads it from <paramref name="file"/>.</param>
    public static DeflatedImage DecodeDeflated(byte[] file, string pathForMessages, int? orientation)
    {
        using var data = SKData.CreateCopy(file);
        using var codec = Open(data, pathForMessages);
        var pixels = (long)codec.Info.Width * codec.Info.Height;
        var turn = orientation ?? ImageOrientation.Read(file);
        if (turn <= 1)
        {
            using (DecodeMemory.Reserve(pixels * 4, Path.GetFileName(pathForMessages)))
            {
                return UprightDeflated(codec, pathForMessages);
            }
        }

        // The RGBA bitmap, its RGB and alpha samples, and their turned copy.
        using var reserved = DecodeMemory.Reserve(pixels * 12, Path.GetFileName(pathForMessages));
        var image = Decode(codec, turn, pathForMessages);
        return new DeflatedImage(image.Width, image.Height, PdfObjectTable.Deflate(image.Rgb), image.Alpha is null ? null : PdfObjectTable.Deflate(image.Alpha));
    }

    /// <summary>
    /// An upright image decoded into one RGBA buffer (reserved by the caller), whose rows are split into RGB and
    /// alpha and deflated as they are read: no second full-size copy of the samples is made.
    /// </summary>
    private static DeflatedImage UprightDeflated(SKCodec codec, string pathForMessages)
    {
        var info = codec.Info;
        using var bitmap = Rgba(codec, pathForMessages);
        var pixels = bitmap.GetPixelSpan();
        var width = info.Width;
        var rgbRow = new byte[width * 3];
        var alphaRow = new byte[width];
        using var rgb = new MemoryStream();
        using var alpha = new MemoryStream();
        var opaque = true;
        using (var rgbDeflate = new ZLibStream(rgb, CompressionLevel.Optimal, leaveOpen: true))
        using (var alphaDeflate = new ZLibStream(alpha, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var y = 0; y < info.Height; y++)
            {
                var row = pixels.Slice(y * width * 4, width * 4);
                for (var x = 0; x < width; x++)
                {
                    rgbRow[x * 3] = row[x * 4];
                    rgbRow[(x * 3) + 1] = row[(x * 4) + 1];
                    rgbRow[(x * 3) + 2] = row[(x * 4) + 2];
                    alphaRow[x] = row[(x * 4) + 3];
                    opaque &= alphaRow[x] == 0xFF;
                }

                rgbDeflate.Write(rgbRow);
                alphaDeflate.Write(alphaRow);
            }
        }

        return new DeflatedImage(info.Width, info.Height, rgb.ToArray(), opaque ? null : alpha.ToArray());
    }

    public static DecodedImage Decode(byte[] file, string pathForMessages)
    {
        using var data = SKData.CreateCopy(file);
        using var codec = Open(data, pathForMessages);
        return Decode(codec, ImageOrientation.Read(file), pathForMessages);
    }

    /// <summary>The codec of a readable image whose header's pixel count is within <see cref="ImageLimits.MaxPixels"/> (the reader's limit, so nothing it accepted is refused here), checked before any pixel is reserved or decoded.</summary>
    private static SKCodec Open(SKData data, string pathForMessages)
    {
        var codec = SKCodec.Create(data)
            ?? throw new InvalidDataException($"'{pathForMessages}' is not an image format this writer can read.");
        var info = codec.Info;
        if ((long)info.Width * info.Height > ImageLimits.MaxPixels)
        {
            codec.Dispose();
            throw new InvalidDataException(
                $"'{pathForMessages}' is {info.Width}×{info.Height} pixels, more than the {ImageLimits.MaxPixels / 1_000_000} megapixel limit.");
        }

        return codec;
    }

    /// <summary>
    /// The image's pixels, decoded completely (rows a damaged file lacks are not filled in): unpremultiplied RGBA so
    /// colour samples are the image's own, independent of alpha; converted to sRGB from whatever the file declares
    /// (iCCP, cHRM/gAMA), since the PDF takes them as DeviceRGB.
    /// </summary>
    private static SKBitmap Rgba(SKCodec codec, string pathForMessages)
    {
        var info = codec.Info;
        var target = new SKImageInfo(info.Width, info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul, SKColorSpace.CreateSrgb());
        var bitmap = new SKBitmap(target);
        var result = codec.GetPixels(target, bitmap.GetPixels());
        if (result != SKCodecResult.Success)
        {
            bitmap.Dispose();
            throw new InvalidDataException($"'{pathForMessages}' could not be decoded: {result}.");
        }

        return bitmap;
    }

    private static DecodedImage Decode(SKCodec codec, int orientation, string pathForMessages)
    {
        var info = codec.Info;
        using var bitmap = Rgba(codec, pathForMessages);
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

        return orientation is > 1 and <= 8
            ? Upright(new DecodedImage(info.Width, info.Height, rgb, opaque ? null : alpha), orientation)
            : new DecodedImage(info.Width, info.Height, rgb, opaque ? null : alpha);
    }

    /// <summary>
    /// Moves each stored pixel to where TIFF 6.0's orientation value puts it: the value names the upright sides
    /// holding the stored row 0 and column 0 (5–8 swap width and height).
    /// </summary>
    private static DecodedImage Upright(DecodedImage stored, int orientation)
    {
        var (w, h) = (stored.Width, stored.Height);
        var (width, height) = orientation >= 5 ? (h, w) : (w, h);
        var rgb = new byte[stored.Rgb.Length];
        var alpha = stored.Alpha is null ? null : new byte[stored.Alpha.Length];
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var (ux, uy) = orientation switch
                {
                    2 => (width - 1 - x, y),
                    3 => (width - 1 - x, height - 1 - y),
                    4 => (x, height - 1 - y),
                    5 => (y, x),
                    6 => (width - 1 - y, x),
                    7 => (width - 1 - y, height - 1 - x),
                    _ => (y, height - 1 - x),
                };
                var from = (y * w) + x;
                var to = (uy * width) + ux;
                stored.Rgb.AsSpan(from * 3, 3).CopyTo(rgb.AsSpan(to * 3));
                if (alpha is not null)
                {
                    alpha[to] = stored.Alpha![from];
                }
            }
        }

        return new DecodedImage(width, height, rgb, alpha);
    }
}
