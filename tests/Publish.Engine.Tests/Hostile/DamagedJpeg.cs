using SkiaSharp;

namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// A photo-like JPEG (noise, so the scan is long and every block has coefficients) damaged only inside its
/// entropy-coded scan: the markers, the frame and the end-of-image marker stay where a container walk finds them.
/// A progressive one is written by libjpeg-turbo's cjpeg (SkiaSharp writes only baseline JPEGs); its damage falls
/// in its scans and the headers between them.
/// </summary>
internal static class DamagedJpeg
{
    /// <param name="damage">"scan bytes flipped", "scan cut short", or null for the sound file.</param>
    /// <param name="progressive">Progressive (SOF2, ten scans, a restart every row) rather than baseline; the damage is in its longest scan.</param>
    public static byte[] Make(string? damage, bool progressive = false)
    {
        var jpeg = progressive ? Progressive() : Sound();

        // The damage stays in one scan's data: headers damaged between scans SkiaSharp would refuse on its own.
        var (scan, end) = progressive ? LongestScan(jpeg) : (ScanStart(jpeg), jpeg.Length - 2 /* FF D9 */);
        switch (damage)
        {
            case null:
                return jpeg;
            case "scan bytes flipped":
                // Every 5th byte of the scan's middle half inverted; never into or out of FF (a marker or its stuffing).
                for (var i = scan + ((end - scan) / 4); i < scan + (3 * (end - scan) / 4); i += 5)
                {
                    var flipped = (byte)~jpeg[i];
                    if (jpeg[i] != 0xFF && flipped != 0xFF && jpeg[i - 1] != 0xFF)
                    {
                        jpeg[i] = flipped;
                    }
                }

                return jpeg;
            case "scan cut short":
                return [.. jpeg[..(scan + ((end - scan) / 3))], 0xFF, 0xD9];
            default:
                throw new ArgumentException(damage, nameof(damage));
        }
    }

    private static byte[] Sound()
    {
        using var bitmap = Noise();
        using var encoded = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return encoded.ToArray();
    }

    private static SKBitmap Noise()
    {
        const int width = 320, height = 240;
        var random = new Random(14);
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)random.Next(256), (byte)((x + y) & 0xFF), (byte)random.Next(256)));
            }
        }

        return bitmap;
    }

    private static byte[] Progressive() => Cjpeg("-progressive", "-restart", "1");

    /// <summary>The same picture through libjpeg-turbo's <c>cjpeg</c> with <paramref name="options"/> (a PPM in, in a temporary folder).</summary>
    public static byte[] Cjpeg(params string[] options)
    {
        using var bitmap = Noise();
        var ppm = new List<byte>(System.Text.Encoding.ASCII.GetBytes($"P6 {bitmap.Width} {bitmap.Height} 255\n"));
        foreach (var pixel in bitmap.Pixels)
        {
            ppm.AddRange([pixel.Red, pixel.Green, pixel.Blue]);
        }

        var folder = Directory.CreateTempSubdirectory("publish-progressive-");
        try
        {
            var input = Path.Combine(folder.FullName, "in.ppm");
            var output = Path.Combine(folder.FullName, "out.jpg");
            File.WriteAllBytes(input, [.. ppm]);
            var start = new System.Diagnostics.ProcessStartInfo("cjpeg") { RedirectStandardError = true };
            foreach (var argument in (string[])[.. options, "-outfile", output, input])
            {
                start.ArgumentList.Add(argument);
            }

            using var cjpeg = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("cjpeg could not be started; install libjpeg-turbo-progs.");
            var report = cjpeg.StandardError.ReadToEnd();
            cjpeg.WaitForExit();
            Assert.True(cjpeg.ExitCode == 0, "cjpeg: " + report);
            return File.ReadAllBytes(output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The entropy-coded data of the scan with the most of it (restart markers are part of it).</summary>
    private static (int Start, int End) LongestScan(byte[] jpeg)
    {
        (int Start, int End) longest = (0, 0);
        var i = 2;
        while (jpeg[i + 1] != 0xD9)
        {
            var next = i + 2 + ((jpeg[i + 2] << 8) | jpeg[i + 3]);
            if (jpeg[i + 1] == 0xDA)
            {
                var start = next;
                while (!(jpeg[next] == 0xFF && jpeg[next + 1] != 0x00 && jpeg[next + 1] is < 0xD0 or > 0xD7))
                {
                    next++;
                }

                longest = next - start > longest.End - longest.Start ? (start, next) : longest;
            }

            i = next;
        }

        return longest;
    }

    /// <summary>The first byte after the SOS segment.</summary>
    private static int ScanStart(byte[] jpeg)
    {
        var i = 2;
        while (jpeg[i + 1] != 0xDA)
        {
            i += 2 + ((jpeg[i + 2] << 8) | jpeg[i + 3]);
        }

        return i + 2 + ((jpeg[i + 2] << 8) | jpeg[i + 3]);
    }
}
