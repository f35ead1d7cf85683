namespace Publish.Pdf.Tests.Support;

/// <summary>
/// Progressive and arithmetic-coded JPEGs written by libjpeg-turbo's <c>cjpeg</c> (SkiaSharp writes only baseline
/// ones), from a picture that is half gradient (long end-of-band runs) and half noise (every coefficient coded),
/// so every kind of progressive code occurs. Made in a temporary folder at each run; nothing is stored.
/// </summary>
internal static class Cjpeg
{
    /// <param name="grey">One component (a PGM) instead of three.</param>
    /// <param name="options">cjpeg's options.</param>
    public static byte[] Encode(bool grey, params string[] options) => Run(grey, null, options);

    /// <summary>Three components, scan by scan as <paramref name="scanScript"/> says (cjpeg's <c>-scans</c>: components: Ss Se Ah Al;).</summary>
    public static byte[] Scripted(string scanScript, params string[] options) => Run(false, scanScript, options);

    private static byte[] Run(bool grey, string? scanScript, string[] options)
    {
        using var input = TempFile.With(grey ? "in.pgm" : "in.ppm", Picture(133, 97, grey));
        using var script = TempFile.With("scans.txt", System.Text.Encoding.ASCII.GetBytes(scanScript ?? string.Empty));
        using var output = new TempFile("out.jpg");
        string[] arguments = [.. options, .. scanScript is null ? Array.Empty<string>() : ["-scans", script.Path], "-outfile", output.Path, input.Path];
        var (exit, report) = ExternalTool.Run("cjpeg", arguments);
        Assert.True(exit == 0, "cjpeg " + string.Join(' ', arguments) + ": " + report);
        return File.ReadAllBytes(output.Path);
    }

    private static byte[] Picture(int width, int height, bool grey)
    {
        var channels = grey ? 1 : 3;
        var random = new Random(14);
        var header = System.Text.Encoding.ASCII.GetBytes($"{(grey ? "P5" : "P6")} {width} {height} 255\n");
        var pixels = new byte[width * height * channels];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                for (var c = 0; c < channels; c++)
                {
                    pixels[(((y * width) + x) * channels) + c] = x < width / 2 ? (byte)((x * 3) + (y * 2) + (c * 40)) : (byte)random.Next(256);
                }
            }
        }

        return [.. header, .. pixels];
    }
}
