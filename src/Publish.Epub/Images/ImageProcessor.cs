using Publish.Model;
using Publish.Model.Diagnostics;
using SkiaSharp;

namespace Publish.Epub.Images;

/// <summary>
/// Decodes an image with SkiaSharp inside limits and re-encodes it: the file size and the header's pixel count
/// are checked before any pixel is decoded; EXIF orientation is applied (the re-encoded file carries no EXIF,
/// so readers cannot apply it twice, and no GPS position leaks); the long edge is at most the configured size.
/// JPEG stays JPEG; everything else becomes PNG when it has transparency, JPEG otherwise. An upright JPEG within
/// the size limit is copied without its metadata instead (<see cref="JpegMetadataStripper"/>): no generation
/// loss, and most of the EPUB's build time saved on photo-heavy books.
/// </summary>
internal sealed class ImageProcessor(EpubOptions options, DiagnosticBag diagnostics)
{
    private const int JpegQuality = 85;

    public ProcessedImage? Process(string path, SourceSpan span)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > options.MaxImageBytes)
            {
                diagnostics.Warning(EpubDiagnosticCodes.ImageTooLarge, span, $"Image '{info.Name}' has {info.Length} bytes, more than the limit of {options.MaxImageBytes}; it is left out.");
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            diagnostics.Warning(EpubDiagnosticCodes.ImageNotDecoded, span, $"Image '{Path.GetFileName(path)}' could not be read: {e.Message}");
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            diagnostics.Warning(EpubDiagnosticCodes.ImageNotDecoded, span, $"Image '{Path.GetFileName(path)}' could not be read: {e.Message}");
            return null;
        }

        return Process(bytes, Path.GetFileName(path), span);
    }

    public ProcessedImage? Process(byte[] bytes, string displayName, SourceSpan span)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            diagnostics.Warning(EpubDiagnosticCodes.ImageNotDecoded, span, $"Image '{displayName}' is not in a format that can be decoded; it is left out.");
            return null;
        }

        var header = codec.Info;
        if (header.Width <= 0 || header.Height <= 0 || (long)header.Width * header.Height > options.MaxImagePixels)
        {
            diagnostics.Warning(EpubDiagnosticCodes.ImageTooLarge, span, $"Image '{displayName}' declares {header.Width}×{header.Height} pixels, more than the limit of {options.MaxImagePixels}; it is left out.");
            return null;
        }

        // An upright JPEG that already fits needs no pixels touched: only its metadata is dropped.
        if (codec.EncodedFormat == SKEncodedImageFormat.Jpeg && codec.EncodedOrigin == SKEncodedOrigin.TopLeft &&
            Math.Max(header.Width, header.Height) <= options.MaxImageEdge && JpegMetadataStripper.TryStrip(bytes) is { } stripped)
        {
            return new ProcessedImage(stripped, "jpg", "image/jpeg", header.Width, header.Height);
        }

        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            diagnostics.Warning(EpubDiagnosticCodes.ImageNotDecoded, span, $"Image '{displayName}' could not be decoded; it is left out.");
            return null;
        }

        var keepJpeg = codec.EncodedFormat == SKEncodedImageFormat.Jpeg;
        // The header says whether the format carries alpha (an RGBA PNG); an opaque PNG photo is better as JPEG.
        var hasAlpha = !keepJpeg && header.AlphaType != SKAlphaType.Opaque;
        return Render(decoded, codec.EncodedOrigin, hasAlpha, options.MaxImageEdge);
    }

    /// <summary>Draws <paramref name="source"/> upright and scaled in one pass, then encodes it.</summary>
    internal static ProcessedImage Render(SKBitmap source, SKEncodedOrigin origin, bool asPng, int maxEdge)
    {
        var swapsAxes = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var uprightWidth = swapsAxes ? source.Height : source.Width;
        var uprightHeight = swapsAxes ? source.Width : source.Height;
        var scale = Math.Min(1.0, maxEdge / (double)Math.Max(uprightWidth, uprightHeight));
        var width = Math.Max(1, (int)Math.Round(uprightWidth * scale));
        var height = Math.Max(1, (int)Math.Round(uprightHeight * scale));

        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, asPng ? SKAlphaType.Premul : SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(asPng ? SKColors.Transparent : SKColors.White);
        canvas.Scale(width / (float)uprightWidth, height / (float)uprightHeight);
        canvas.Concat(OrientationMatrix(origin, source.Width, source.Height));
        using (var image = SKImage.FromBitmap(source))
        {
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), null);
        }

        using var snapshot = surface.Snapshot();
        using var encoded = asPng ? snapshot.Encode(SKEncodedImageFormat.Png, 100) : snapshot.Encode(SKEncodedImageFormat.Jpeg, JpegQuality);
        return asPng
            ? new ProcessedImage(encoded.ToArray(), "png", "image/png", width, height)
            : new ProcessedImage(encoded.ToArray(), "jpg", "image/jpeg", width, height);
    }

    /// <summary>Maps stored pixels (w×h) to upright pixels, per the EXIF orientation values 1–8.</summary>
    private static SKMatrix OrientationMatrix(SKEncodedOrigin origin, int w, int h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}
