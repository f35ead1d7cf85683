using Publish.Epub.Packaging;
using Publish.Model;
using Publish.Model.Input;
using Publish.Model.Threading;
using SkiaSharp;

namespace Publish.Epub.Images;

/// <summary>
/// Draws a cover from the title page design (title, subtitle, authors, publisher) when no cover image is given.
/// Fonts are the house style's (<see cref="EpubCoverFonts"/>), loaded from their files: the NoDependencies Skia build has no fontconfig.
/// Text the title family cannot set is shaped with HarfBuzz in the style's fallback families (<see cref="CoverTextStyle"/>).
/// The result is a deterministic JPEG of <see cref="Width"/>×<see cref="Height"/> pixels (the 2:3 shape stores ask for).
/// </summary>
internal static class CoverRenderer
{
    public const int Width = 1200;
    public const int Height = 1800;
    private const float Margin = 120;

    private static readonly SKColor Background = new(0x1F, 0x2A, 0x44);
    private static readonly SKColor Ink = new(0xF5, 0xF1, 0xE8);
    private static readonly SKColor Accent = new(0xC8, 0xA9, 0x6A);

    /// <summary>
    /// Starts drawing the cover on a thread of its own and returns it at once, its bytes still being made (the zip
    /// waits for them); null when the style's cover fonts are missing: a cover with tofu or no text is worse than none.
    /// Fonts that exist but cannot be loaded refuse the edition when the zip asks for the cover (an InvalidDataException).
    /// </summary>
    /// <param name="memory">Covers drawn before (a book rebuilt); null: drawn.</param>
    public static ProcessedImage? Start(Metadata metadata, string? publisher, EpubCoverFonts fonts, FontFileStore files, ICoverMemory? memory = null)
    {
        if (!File.Exists(fonts.Bold) || !File.Exists(fonts.Regular))
        {
            return null;
        }

        var drawing = BackgroundWork.Start(() => memory is null ? Draw(metadata, publisher, fonts, files) : Remembered(metadata, publisher, fonts, files, memory));
        return new ProcessedImage(PackageContent.Of(drawing), "jpg", "image/jpeg", Width, Height);
    }

    /// <summary>A cover font from the build's store (read through InputFile once, shared with the layout and the embedded fonts).</summary>
    private static CoverFace? Face(string path, FontFileStore files) => CoverFace.Load(path, files.Read(path));

    private static byte[] Remembered(Metadata metadata, string? publisher, EpubCoverFonts fonts, FontFileStore files, ICoverMemory memory)
    {
        var key = CoverKey.Of(metadata, publisher, fonts, files);
        if (memory.Find(key) is { } recorded)
        {
            return recorded;
        }

        var drawn = Draw(metadata, publisher, fonts, files);
        memory.Keep(key, drawn);
        return drawn;
    }

    private static byte[] Draw(Metadata metadata, string? publisher, EpubCoverFonts fonts, FontFileStore files)
    {
        using var bold = Face(fonts.Bold, files);
        using var regular = Face(fonts.Regular, files);
        if (bold is null || regular is null)
        {
            throw new InvalidDataException($"the cover fonts ({Path.GetFileName(fonts.Bold)}, {Path.GetFileName(fonts.Regular)}) cannot be loaded");
        }

        // Issue 16: characters the title family lacks (a Hebrew, Arabic, Armenian or Georgian title) are set in the
        // style's fallback families, bold ones for the title, instead of as .notdef boxes.
        using var boldChain = new CoverFaceChain(bold, fonts.Fallbacks.Select(f => f.Bold), files);
        using var regularChain = new CoverFaceChain(regular, fonts.Fallbacks.Select(f => f.Regular), files);

        using var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque, SKColorSpace.CreateSrgb()));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(Background);
            using var ink = new SKPaint { Color = Ink, IsAntialias = true };
            using var accent = new SKPaint { Color = Accent, IsAntialias = true };

            var y = 420f;
            using (var titleFont = new SKFont(bold.Typeface, 96))
            {
                y = DrawWrapped(canvas, metadata.Title, new CoverTextStyle(titleFont, boldChain), ink, y, 1.2f);
            }

            if (!string.IsNullOrWhiteSpace(metadata.Subtitle))
            {
                using var subtitleFont = new SKFont(regular.Typeface, 56);
                y = DrawWrapped(canvas, metadata.Subtitle, new CoverTextStyle(subtitleFont, regularChain), ink, y + (subtitleFont.Size * 1.8f), 1.25f);
            }

            canvas.DrawRect(new SKRect((Width / 2f) - 80, y + 60, (Width / 2f) + 80, y + 66), accent);
            if (metadata.Authors.Length > 0)
            {
                using var authorFont = new SKFont(regular.Typeface, 60);
                DrawWrapped(canvas, string.Join(", ", metadata.Authors), new CoverTextStyle(authorFont, regularChain), ink, y + 180, 1.25f);
            }

            if (!string.IsNullOrWhiteSpace(publisher))
            {
                using var publisherFont = new SKFont(regular.Typeface, 40);
                var publisherStyle = new CoverTextStyle(publisherFont, regularChain);
                var lines = Wrap(publisher, publisherStyle);
                DrawWrapped(canvas, publisher, publisherStyle, accent, Height - Margin - ((lines.Count - 1) * 40 * 1.3f), 1.3f);
            }
        }

        // Drawn upright at its final size: encoded as it is, without the resampling pass photos take.
        using var encoded = bitmap.Encode(SKEncodedImageFormat.Jpeg, ImageProcessor.JpegQuality);
        return encoded.ToArray();
    }

    /// <summary>Draws centred lines from baseline <paramref name="y"/>; returns the last baseline.</summary>
    private static float DrawWrapped(SKCanvas canvas, string text, CoverTextStyle font, SKPaint paint, float y, float leading)
    {
        var lines = Wrap(text, font);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                y += font.Size * leading;
            }

            font.Draw(canvas, lines[i], Width / 2f, y, paint);
        }

        return y;
    }

    /// <summary>Greedy word wrap to the cover's text width; a single over-long word gets a line of its own.</summary>
    private static List<string> Wrap(string text, CoverTextStyle font)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && font.Measure(candidate) > Width - (2 * Margin))
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }
}
