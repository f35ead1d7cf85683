using Publish.Epub.Packaging;
using Publish.Imaging;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Input;
using Publish.Model.Memory;
using SkiaSharp;

namespace Publish.Epub.Images;

/// <summary>
/// Decodes an image with SkiaSharp inside limits and re-encodes it: the file size and the header's pixel count
/// are checked before any pixel is decoded, and the pixels reserved against the build's memory limit
/// (<see cref="DecodeMemory"/>); only a complete decode is taken; the file's orientation (EXIF or XMP, in any format,
/// <see cref="ImageOrientation"/>) is applied (the re-encoded file carries no EXIF,
/// so readers cannot apply it twice, and no GPS position leaks); the long edge is at most the configured size.
/// JPEG stays JPEG; everything else becomes PNG when it has transparency, JPEG otherwise. An upright JPEG within
/// the size limit is copied without its metadata instead (<see cref="JpegMetadataStripper"/>): no generation
/// loss, and most of the EPUB's build time saved on photo-heavy books. That path reads only the markers before
/// the first scan to decide, and never starts a decoder.
/// </summary>
internal sealed class ImageProcessor(EpubWriterOptions options, DiagnosticBag diagnostics)
{
    internal const int JpegQuality = 85;

    /// <param name="facts">
    /// The reader's facts about the file (<c>ImageSource.Facts</c>); with them no header is parsed here and the file
    /// is opened once: an upright JPEG within the limits when the archive is written (<see cref="MeasuredJpegFile"/>),
    /// anything else now, read whole and decoded. Without them (a cover image, a document made in code) the file's
    /// head is read first, as it always was.
    /// </param>
    public ProcessedImage? Process(string path, SourceSpan span, ImageFacts? facts = null)
    {
        var name = Path.GetFileName(path);
        if (facts is not null && !WithinPixelLimit(facts.PixelWidth, facts.PixelHeight, name, span))
        {
            return null;
        }

        if (facts is { Format: ImageFormat.Jpeg } && CopyMayBeEnough(facts.Orientation, facts.PixelWidth, facts.PixelHeight))
        {
            return new ProcessedImage(new MeasuredJpegFile(path, facts, bytes => DecodeOrRefuse(bytes, name, facts.Orientation)), "jpg", "image/jpeg", facts.PixelWidth, facts.PixelHeight);
        }

        try
        {
            // No size limit here: the one below (ImageLimits.MaxBytes) gives its own warning.
            using var stream = InputFile.OpenStream(path, long.MaxValue, "image file", bufferSize: 0);
            if (stream.Length > ImageLimits.MaxBytes || stream.Length > Array.MaxLength)
            {
                diagnostics.Warning(EpubDiagnosticCodes.ImageTooLarge, span, $"Image '{name}' has {stream.Length} bytes, more than the limit of {ImageLimits.MaxBytes}; it is left out.");
                return null;
            }

            if (facts is not null)
            {
                var bytes = GC.AllocateUninitializedArray<byte>((int)stream.Length);
                stream.ReadExactly(bytes);
                return Decode(bytes, name, span, facts.Orientation);
            }

            return Process(stream, path, name, span);
        }
        catch (IOException e)
        {
            diagnostics.Warning(EpubDiagnosticCodes.ImageNotDecoded, span, $"Image '{name}' could not be read: {e.Message}");
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            diagnostics.Warning(EpubDiagnosticCodes.ImageNotDecoded, span, $"Image '{name}' could not be read: {e.Message}");
            return null;
        }
    }

    public ProcessedImage? Process(byte[] bytes, string displayName, SourceSpan span)
    {
        if (JpegMetadataStripper.Plan(bytes, out var plan) == JpegPlanResult.Planned && CopyIsEnough(plan!))
        {
            var output = GC.AllocateUninitializedArray<byte>(checked((int)plan!.OutputLength(bytes.Length)));
            plan.CopyHead(bytes, output);
            return Copied(plan, PackageContent.Of(output));
        }

        return Decode(bytes, displayName, span, orientation: null);
    }

    /// <summary>
    /// Reads the file's head first: an upright JPEG that fits is copied from its file when the archive is written
    /// (no whole-file buffer, no decoder); anything else is read whole and decoded.
    /// </summary>
    private ProcessedImage? Process(FileStream stream, string path, string displayName, SourceSpan span)
    {
        var length = (int)stream.Length;
        using var head = JpegHead.Read(stream, length);
        return head.Result == JpegPlanResult.Planned && CopyIsEnough(head.Plan!)
            ? Copied(head.Plan!, new StrippedJpegFile(path, length, head.Plan!))
            : Decode(head.WholeFile(stream, length), displayName, span, orientation: null);
    }

    /// <summary>An upright JPEG within the pixel and edge limits needs no pixels touched: only its metadata is dropped.</summary>
    private bool CopyIsEnough(JpegStripPlan plan) => CopyMayBeEnough(plan.Orientation, plan.Width, plan.Height);

    private bool CopyMayBeEnough(int orientation, int width, int height) =>
        orientation == ExifOrientation.Upright && width > 0 && height > 0 &&
        (long)width * height <= ImageLimits.MaxPixels && Math.Max(width, height) <= options.MaxImageEdge;

    private bool WithinPixelLimit(int width, int height, string displayName, SourceSpan span)
    {
        if (width <= 0 || height <= 0 || (long)width * height > ImageLimits.MaxPixels)
        {
            diagnostics.Warning(EpubDiagnosticCodes.ImageTooLarge, span, $"Image '{displayName}' declares {width}×{height} pixels, more than the limit of {ImageLimits.MaxPixels}; it is left out.");
            return false;
        }

        return true;
    }

    /// <summary>
    /// The decode of a measured JPEG that could not be copied (CMYK, arithmetic-coded: <see cref="MeasuredJpegFile"/>),
    /// made when the archive is written: the reader decoded it completely, so a failure now means the file changed.
    /// </summary>
    private byte[] DecodeOrRefuse(byte[] bytes, string displayName, int orientation) =>
        (Decode(bytes, displayName, SourceSpan.WholeFile(displayName), orientation)?.Content
            ?? throw new InvalidDataException($"the image '{displayName}' changed while the edition was being written; build again")).ToArray();

    private static ProcessedImage Copied(JpegStripPlan plan, PackageContent stripped) => new(stripped, "jpg", "image/jpeg", plan.Width, plan.Height);

    /// <param name="orientation">The reader's; null reads it from <paramref name="bytes"/>.</param>
    private ProcessedImage? Decode(byte[] bytes, string displayName, SourceSpan span, int? orientation)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            diagnostics.Warning(EpubDiagnosticCodes.ImageNotDecoded, span, $"Image '{displayName}' is not in a format that can be decoded; it is left out.");
            return null;
        }

        var header = codec.Info;
        if (!WithinPixelLimit(header.Width, header.Height, displayName, span))
        {
            return null;
        }

        // The decoded pixels, and at most a surface of the longest edge allowed squared for the upright copy.
        var edge = (long)options.MaxImageEdge;
        var pixels = (long)header.Width * header.Height;
        using var reserved = DecodeMemory.Reserve(4 * (pixels + Math.Min(pixels, edge * edge)), displayName);
        var info = header.WithColorType(SKColorType.Rgba8888).WithAlphaType(header.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        using var decoded = new SKBitmap();
        if (!decoded.TryAllocPixels(info) || codec.GetPixels(info, decoded.GetPixels()) != SKCodecResult.Success)
        {
            diagnostics.Warning(EpubDiagnosticCodes.ImageNotDecoded, span, $"Image '{displayName}' could not be decoded completely; it is left out.");
            return null;
        }

        var keepJpeg = codec.EncodedFormat == SKEncodedImageFormat.Jpeg;
        // The header says whether the format carries alpha (an RGBA PNG); an opaque PNG photo is better as JPEG.
        var hasAlpha = !keepJpeg && header.AlphaType != SKAlphaType.Opaque;
        // SkiaSharp's own origin misses a PNG's eXIf and every XMP orientation; the layout and the PDF use this one.
        return Render(decoded, (SKEncodedOrigin)(orientation ?? ImageOrientation.Read(bytes)), hasAlpha, options.MaxImageEdge);
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

        // An sRGB surface converts from the source's declared profile (a phone's Display P3, Adobe RGB): the encoder
        // would otherwise write the source's samples untagged, and readers would show them as sRGB.
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, asPng ? SKAlphaType.Premul : SKAlphaType.Opaque, SKColorSpace.CreateSrgb());
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(asPng ? SKColors.Transparent : SKColors.White);
        canvas.Scale(width / (float)uprightWidth, height / (float)uprightHeight);
        canvas.Concat(OrientationMatrix(origin, source.Width, source.Height));

        // Immutable, the image shares the bitmap's pixels instead of copying them (a second full-size buffer).
        source.SetImmutable();
        using (var image = SKImage.FromBitmap(source))
        {
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), null);
        }

        using var snapshot = surface.Snapshot();
        using var encoded = asPng ? snapshot.Encode(SKEncodedImageFormat.Png, 100) : snapshot.Encode(SKEncodedImageFormat.Jpeg, JpegQuality);
        return asPng
            ? new ProcessedImage(PackageContent.Of(encoded.ToArray()), "png", "image/png", width, height)
            : new ProcessedImage(PackageContent.Of(encoded.ToArray()), "jpg", "image/jpeg", width, height);
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
