using System.Text;

namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// Issue 14: small files that decode large. Their pixels are reserved against <c>--memory-limit</c> before they are
/// allocated, so the process's peak stays under the limit: the decodes wait their turn, and one that cannot fit
/// even alone is refused (PUB7009) before it allocates. Before, twelve such PNGs overshot the limit 2.1×.
/// </summary>
public sealed class ImageMemoryTests
{
    private const long Megabyte = 1024 * 1024;

    [Fact]
    public void Twelve_small_pngs_that_decode_large_stay_under_the_memory_limit()
    {
        const long limit = 500;
        using var build = new HostileBuild();
        var book = new StringBuilder("---\ntitle: Posters\n---\n\nTwelve posters.\n\n");
        var poster = TestImages.Png(4000, 4000, (30, 120, 200));
        for (var i = 0; i < 12; i++)
        {
            build.WriteBytes($"poster{i}.png", poster);
            book.Append("![Poster ").Append(i).Append("](poster").Append(i).Append(".png)\n\n");
        }

        Assert.True(poster.Length < 256 * 1024, $"{poster.Length} bytes");
        var path = build.Write("posters.md", book.ToString());

        var (outcome, peak) = PeakMemory.Build(build, path, "--memory-limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.True(peak <= limit * Megabyte, $"peak {peak / Megabyte} MB over the limit of {limit} MB");
        HostileAssert.BuiltCompletely(build, path);
    }

    [Fact]
    public void A_png_whose_pixels_cannot_fit_under_the_limit_is_refused_before_it_is_decoded()
    {
        const long limit = 250;
        using var build = new HostileBuild();
        build.WriteBytes("mural.png", TestImages.Png(7000, 7000, (200, 60, 30)));
        var path = build.Write("mural.md", "---\ntitle: Mural\n---\n\nOne mural.\n\n![Mural](mural.png)\n");

        var (outcome, peak) = PeakMemory.Build(build, path, "--memory-limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var message = HostileAssert.Refused(build, outcome, path, "PUB7009", 1);
        Assert.Contains("mural.png", message, StringComparison.Ordinal);
        Assert.True(peak <= limit * Megabyte, $"peak {peak / Megabyte} MB over the limit of {limit} MB");
    }
}
