using SkiaSharp;

namespace ImageGen;

/// <summary>
/// A stand-in photograph: a diagonal two-colour gradient with a few soft discs, its colours derived from
/// the file name by FNV-1a (not <see cref="string.GetHashCode()"/>, which is randomised per process), so the
/// same name gives the same JPEG bytes on every run. Detail matters: a flat image would compress to almost
/// nothing and understate what the PDF writer has to carry.
/// </summary>
internal static class GradientPhoto
{
    private const int JpegQuality = 85;

    public static byte[] Encode(string name, int width, int height)
    {
        var seed = Fnv1a(name);
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            using var gradient = SKShader.CreateLinearGradient(
                new SKPoint(0, 0),
                new SKPoint(width, height),
                [ColorFrom(seed), ColorFrom(seed >> 24)],
                SKShaderTileMode.Clamp);
            using var background = new SKPaint { Shader = gradient };
            canvas.DrawRect(0, 0, width, height, background);

            var state = seed;
            using var disc = new SKPaint { IsAntialias = true };
            for (var i = 0; i < 12; i++)
            {
                state = Next(state);
                disc.Color = ColorFrom(state).WithAlpha(90);
                var x = (float)(state % (ulong)width);
                var y = (float)((state >> 20) % (ulong)height);
                var radius = (float)((ulong)(height / 20) + ((state >> 40) % (ulong)(height / 4)));
                canvas.DrawCircle(x, y, radius, disc);
            }
        }

        AddGrain(bitmap.GetPixelSpan(), seed);
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, JpegQuality);
        return data.ToArray();
    }

    /// <summary>
    /// Film-grain noise (±24 per channel) so the JPEG is as large as a real photograph's (a few hundred KB at
    /// 1600×1000) rather than the few KB a smooth gradient compresses to. Pixels are RGBA, alpha left opaque.
    /// </summary>
    private static void AddGrain(Span<byte> rgba, ulong seed)
    {
        var state = seed;
        for (var i = 0; i + 3 < rgba.Length; i += 4)
        {
            state = Next(state);
            for (var channel = 0; channel < 3; channel++)
            {
                var noise = (int)((state >> (channel * 8)) & 0x3F) - 24;
                rgba[i + channel] = (byte)Math.Clamp(rgba[i + channel] + noise, 0, 255);
            }
        }
    }

    private static SKColor ColorFrom(ulong bits) => new((byte)bits, (byte)(bits >> 8), (byte)(bits >> 16));

    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>SplitMix64 step, the same generator gen.py uses.</summary>
    private static ulong Next(ulong state)
    {
        var z = state + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
