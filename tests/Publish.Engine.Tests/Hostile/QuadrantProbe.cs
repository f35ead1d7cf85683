using SkiaSharp;

namespace Publish.Engine.Tests.Hostile;

/// <summary>Samples the four quadrant centres of a box in a bitmap and checks them against a <see cref="RenderingCase"/>.</summary>
internal static class QuadrantProbe
{
    /// <summary>Averages a 5×5 neighbourhood at each quadrant centre, composited over white paper.</summary>
    public static (byte R, byte G, byte B)[] Sample(SKBitmap bitmap, double left, double top, double width, double height)
    {
        var samples = new (byte, byte, byte)[4];
        for (var q = 0; q < 4; q++)
        {
            var cx = (int)Math.Round(left + (width * (q % 2 == 0 ? 0.25 : 0.75)));
            var cy = (int)Math.Round(top + (height * (q < 2 ? 0.25 : 0.75)));
            double r = 0, g = 0, b = 0;
            var n = 0;
            for (var y = cy - 2; y <= cy + 2; y++)
            {
                for (var x = cx - 2; x <= cx + 2; x++)
                {
                    if (x < 0 || y < 0 || x >= bitmap.Width || y >= bitmap.Height)
                    {
                        continue;
                    }

                    // GetPixel unpremultiplies: composite over white by hand.
                    var pixel = bitmap.GetPixel(x, y);
                    var alpha = pixel.Alpha / 255.0;
                    r += (pixel.Red * alpha) + (255 * (1 - alpha));
                    g += (pixel.Green * alpha) + (255 * (1 - alpha));
                    b += (pixel.Blue * alpha) + (255 * (1 - alpha));
                    n++;
                }
            }

            samples[q] = n == 0 ? ((byte)0, (byte)0, (byte)0) : ((byte)Math.Round(r / n), (byte)Math.Round(g / n), (byte)Math.Round(b / n));
        }

        return samples;
    }

    /// <summary>
    /// Each quadrant must be nearer its own expected colour than any other quadrant's (upright: not rotated, not
    /// mirrored) and within the case's tolerance of it (colours right: not a negative, not a channel swap).
    /// </summary>
    public static void AssertPattern(RenderingCase rendering, (byte R, byte G, byte B)[] samples, string edition)
    {
        string Describe() =>
            $"{edition}, {rendering.Name}: sampled [{string.Join(", ", samples.Select(s => $"({s.R},{s.G},{s.B})"))}], " +
            $"expected [{string.Join(", ", rendering.Expected.Select(s => $"({s.R},{s.G},{s.B})"))}] (TL, TR, BL, BR)";

        for (var q = 0; q < 4; q++)
        {
            var distances = rendering.Expected.Select(e => Distance(samples[q], e)).ToArray();
            var nearest = Array.IndexOf(distances, distances.Min());
            Assert.True(nearest == q, "not upright: " + Describe());
            Assert.True(distances[q] <= rendering.Tolerance, "wrong colour: " + Describe());
        }
    }

    private static double Distance((byte R, byte G, byte B) a, (byte R, byte G, byte B) b) =>
        Math.Sqrt(Math.Pow(a.R - b.R, 2) + Math.Pow(a.G - b.G, 2) + Math.Pow(a.B - b.B, 2));
}
