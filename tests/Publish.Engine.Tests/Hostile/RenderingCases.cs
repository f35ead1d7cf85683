using SkiaSharp;

namespace Publish.Engine.Tests.Hostile;

/// <summary>Issue 7 row 4's list of photos that must come out upright and in the right colours, each made here.</summary>
internal static class RenderingCases
{
    private const double Lossless = 30;
    private const double Lossy = 45;

    /// <summary>
    /// Display P3 photos: the sRGB pattern converted to P3 differs by 30–55 from the pattern when its samples are read
    /// as sRGB (profile ignored), so these must come within this distance, well inside that error.
    /// </summary>
    private const double ColourManaged = 20;

    private static readonly SKColorSpace DisplayP3 = SKColorSpace.CreateRgb(SKColorSpaceTransferFn.Srgb, SKColorSpaceXyz.DisplayP3);

    /// <summary>
    /// Renderers turn CMYK into RGB differently (Skia naively, poppler through a SWOP-like table), so a CMYK sample
    /// is only required to be nearer its own colour than any other and within this distance; a negative (inverted
    /// Adobe samples read as ink) is near black everywhere and fails both.
    /// </summary>
    private const double CmykConversion = 120;

    private static readonly (byte, byte, byte)[] Colours = QuadrantPattern.Colours;

    private static readonly (byte, byte, byte)[] Greys = [.. QuadrantPattern.Greys.Select(g => (g, g, g))];

    /// <summary>Grey+alpha: opaque, fully transparent (the paper shows), half transparent over white, opaque.</summary>
    private static readonly byte[] Alphas = [255, 0, 128, 255];

    private static readonly (byte, byte, byte)[] GreysOnWhite =
        [.. QuadrantPattern.Greys.Select((g, q) => { var v = (byte)Math.Round(((g * Alphas[q]) + (255 * (255 - Alphas[q]))) / 255.0); return (v, v, v); })];

    /// <summary>Cyan, magenta, yellow, black inks whose naive RGB is close to the pattern's colours.</summary>
    private static readonly (byte C, byte M, byte Y, byte K)[] Inks = [(35, 225, 225, 0), (225, 85, 195, 0), (225, 195, 45, 0), (15, 45, 215, 0)];

    public static IReadOnlyList<RenderingCase> All { get; } = Build();

    public static TheoryData<string> Names() => [.. All.Select(c => c.Name)];

    private static List<RenderingCase> Build()
    {
        const int w = QuadrantPattern.Width, h = QuadrantPattern.Height;
        (byte R, byte G, byte B, byte A) Colour(int x, int y) => QuadrantPattern.Colour(x, y, w, h);
        (byte R, byte G, byte B, byte A) Grey(int x, int y) => QuadrantPattern.Grey(x, y, w, h);
        (byte R, byte G, byte B, byte A) GreyAlpha(int x, int y) => Grey(x, y) with { A = Alphas[QuadrantPattern.Quadrant(x, y, w, h)] };

        var cases = new List<RenderingCase>
        {
            new("png-rgb-8", "rgb8.png", PatternPng.Encode(PatternPng.Rgb, 8, false, w, h, Colour), Colours, Lossless),
            new("png-rgb-16", "rgb16.png", PatternPng.Encode(PatternPng.Rgb, 16, false, w, h, Colour), Colours, Lossless),
            new("png-rgb-16-interlaced", "rgb16i.png", PatternPng.Encode(PatternPng.Rgb, 16, true, w, h, Colour), Colours, Lossless),
            new("png-rgba-8-interlaced", "rgba8i.png", PatternPng.Encode(PatternPng.Rgba, 8, true, w, h, Colour), Colours, Lossless),
            new("png-palette", "palette.png", PatternPng.Encode(PatternPng.Palette, 8, false, w, h, Colour), Colours, Lossless),
            new("png-palette-interlaced", "palettei.png", PatternPng.Encode(PatternPng.Palette, 8, true, w, h, Colour), Colours, Lossless),
            new("png-grey-8", "grey8.png", PatternPng.Encode(PatternPng.Grey, 8, false, w, h, Grey), Greys, Lossless),
            new("png-grey-16", "grey16.png", PatternPng.Encode(PatternPng.Grey, 16, false, w, h, Grey), Greys, Lossless),
            new("png-grey-alpha-8", "greyalpha8.png", PatternPng.Encode(PatternPng.GreyAlpha, 8, false, w, h, GreyAlpha), GreysOnWhite, Lossless),
            new("png-grey-alpha-16-interlaced", "greyalpha16i.png", PatternPng.Encode(PatternPng.GreyAlpha, 16, true, w, h, GreyAlpha), GreysOnWhite, Lossless),
            new("png-palette-alpha", "palettealpha.png", PatternPng.Encode(PatternPng.Palette, 8, false, w, h, GreyAlpha), GreysOnWhite, Lossless),
            new("jpeg-cmyk-adobe", "cmyk.jpg", CmykJpegWriter.Encode(w, h, (x, y) => Inks[QuadrantPattern.Quadrant(x, y, w, h)]), Colours, CmykConversion),
            new("gif-animated-first-frame", "animated.gif", PatternGif.TwoFrames(), Colours, Lossless),
            new("webp", "photo.webp", WebP(w, h), Colours, Lossy),
            new("jpeg-display-p3", "p3.jpg", PatternJpeg.WithOrientation(1, space: DisplayP3), Colours, ColourManaged),
            new("jpeg-display-p3-orientation-8", "p3turned.jpg", PatternJpeg.WithOrientation(8, space: DisplayP3), Colours, ColourManaged),
            new("png-display-p3", "p3.png", PatternJpeg.Png(DisplayP3), Colours, ColourManaged),
            new("jpeg-metadata-over-256-kb", "bigmeta.jpg", WithLargeMetadata(PatternJpeg.WithOrientation(1)), Colours, Lossy),
            new("jpeg-orientation-6-over-size-limit", "large6.jpg", PatternJpeg.WithOrientation(6, 1800, 1200), Colours, Lossy),
            new("png-exif-orientation-6", "exif6.png", OrientedImages.PngWithExif(6), Colours, Lossless),
            new("png-exif-orientation-3", "exif3.png", OrientedImages.PngWithExif(3), Colours, Lossless),
            new("png-xmp-orientation-8", "xmp8.png", OrientedImages.PngWithXmp(8), Colours, Lossless),
            new("webp-exif-orientation-6", "exif6.webp", OrientedImages.WebPWithExif(6), Colours, Lossy),
            new("webp-xmp-orientation-8", "xmp8.webp", OrientedImages.WebPWithXmp(8), Colours, Lossy),
            new("jpeg-xmp-orientation-6", "xmp6.jpg", OrientedImages.JpegWithXmp(6), Colours, Lossy),
            new("jpeg-exif-1-over-xmp-6", "exif1xmp6.jpg", OrientedImages.JpegWithExif1AndXmp6(), Colours, Lossy),
        };

        for (var orientation = 1; orientation <= 8; orientation++)
        {
            cases.Add(new($"jpeg-orientation-{orientation}", $"orientation{orientation}.jpg", PatternJpeg.WithOrientation(orientation), Colours, Lossy));
        }

        return cases;
    }

    /// <summary>
    /// Five full-size metadata segments (XMP in APP1, Photoshop IPTC in APP13; 325 KB, as an embedded print profile or
    /// an editing history makes) before the frame header, so a reader that looks for the size in a fixed head misses it.
    /// </summary>
    private static byte[] WithLargeMetadata(byte[] jpeg)
    {
        const int body = 65_000;
        byte[] Segment(byte marker, ReadOnlySpan<byte> signature)
        {
            var segment = new byte[body + 4];
            segment[0] = 0xFF;
            segment[1] = marker;
            segment[2] = (body + 2) >> 8;
            segment[3] = (body + 2) & 0xFF;
            signature.CopyTo(segment.AsSpan(4));
            return segment;
        }

        var xmp = Segment(0xE1, "http://ns.adobe.com/xap/1.0/\0"u8);
        var iptc = Segment(0xED, "Photoshop 3.0\0"u8);
        return [.. jpeg[..2], .. xmp, .. iptc, .. xmp, .. iptc, .. xmp, .. jpeg[2..]];
    }

    private static byte[] WebP(int width, int height)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var (r, g, b, _) = QuadrantPattern.Colour(x, y, width, height);
                bitmap.SetPixel(x, y, new SKColor(r, g, b));
            }
        }

        using var encoded = bitmap.Encode(SKEncodedImageFormat.Webp, 100);
        return encoded.ToArray();
    }
}
