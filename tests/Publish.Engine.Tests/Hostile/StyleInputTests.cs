using System.Globalization;

using static Publish.Engine.Tests.Hostile.HostileStyle;

namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// Issue 14: the files a style names — the style itself, its fonts, its hyphenation patterns — are read only
/// when they are regular files within their size limit. A FIFO or <c>/dev/zero</c> used to hang the build or
/// fill its memory; a pattern path of a private file printed the file's first line. Each is now a style error at
/// the YAML value that names it, and nothing of the file is quoted. (Whether a style error exits 1 or 2 is
/// decided elsewhere; here it must be neither success nor an internal error, and no edition is written.)
/// </summary>
public sealed class StyleInputTests
{
    private const string Secret = "root:$6$SECRET-HASH-MUST-NOT-LEAK:19000:0:99999:7:::";

    private static string HyphenationWith(string file) => $"hyphenation:\n  patterns:\n    en: {file}\n";

    private static (string Style, PublishProcess.Outcome Outcome) Build(HostileBuild build, string styleText)
    {
        var style = build.Scratch.Write(Path.Combine("house", "style.yaml"), styleText);
        build.Write("a.md", "---\ntitle: Fonts\n---\n\nA paragraph long enough to be hyphenated somewhere, extraordinarily.\n");
        return (style, build.Build(build.BookFolder, "--style", style, "--time-limit", "10"));
    }

    private static string RefusedAt(HostileBuild build, PublishProcess.Outcome outcome, string style, string code, int line, int column)
    {
        var lines = HostileBuild.Lines(outcome, style, "error", code);
        Assert.True(lines.Count == 1, $"no single 'error {code}' for {style}; exit {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.Equal((line, column), (int.Parse(lines[0].Groups["line"].Value, CultureInfo.InvariantCulture), int.Parse(lines[0].Groups["column"].Value, CultureInfo.InvariantCulture)));
        Assert.True(outcome.ExitCode is 1 or 2, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.Empty(build.Outputs());
        Assert.DoesNotContain("SECRET-HASH", outcome.StandardError + outcome.StandardOutput, StringComparison.Ordinal);
        return lines[0].Groups["message"].Value;
    }

    [Fact]
    public void A_font_file_that_is_a_fifo_is_a_style_error_not_a_hang()
    {
        using var build = new HostileBuild();
        SpecialFiles.Fifo(Path.Combine(build.Scratch.Path, "house", "pipe.ttf"));

        var (style, outcome) = Build(build, StyleText("pipe.ttf"));

        Assert.Contains("FIFO", RefusedAt(build, outcome, style, "PUB2040", 3, 14), StringComparison.Ordinal);
    }

    [Fact]
    public void A_font_file_that_is_dev_zero_is_a_style_error_not_a_memory_blow_up()
    {
        using var build = new HostileBuild();

        var (style, outcome) = Build(build, StyleText("/dev/zero"));

        Assert.Contains("character device", RefusedAt(build, outcome, style, "PUB2040", 3, 14), StringComparison.Ordinal);
    }

    [Fact]
    public void A_style_file_that_is_a_fifo_is_refused()
    {
        using var build = new HostileBuild();
        var style = SpecialFiles.Fifo(Path.Combine(build.Scratch.Path, "house", "style.yaml"));
        build.Write("a.md", "---\ntitle: A\n---\n\nText.\n");

        var outcome = build.Build(build.BookFolder, "--style", style, "--time-limit", "10");

        // An error about the whole style file is printed without a line and column.
        var line = outcome.StandardError.Split('\n').SingleOrDefault(l => l.StartsWith($"{style}: error PUB2002: ", StringComparison.Ordinal));
        Assert.True(line is not null, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.Contains("FIFO", line, StringComparison.Ordinal);
        Assert.True(outcome.ExitCode is 1 or 2, outcome.StandardError);
        Assert.Empty(build.Outputs());
    }

    [Fact]
    public void A_pattern_file_that_is_dev_zero_is_a_style_error()
    {
        using var build = new HostileBuild();

        var (style, outcome) = Build(build, StyleText(ShippedSerif, HyphenationWith("/dev/zero")));

        Assert.Contains("character device", RefusedAt(build, outcome, style, "PUB2040", 10, 9), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_file_that_is_a_private_file_is_refused_without_quoting_it()
    {
        using var build = new HostileBuild();
        var shadow = build.Scratch.Write(Path.Combine("etc", "shadow"), Secret + "\ndaemon:*:19000:0:99999:7:::\n");

        var (style, outcome) = Build(build, StyleText(ShippedSerif, HyphenationWith(shadow)));

        var message = RefusedAt(build, outcome, style, "PUB2041", 10, 9);
        Assert.Contains("not a hyphenation pattern file", message, StringComparison.Ordinal);
        Assert.DoesNotContain("daemon", outcome.StandardError, StringComparison.Ordinal);
    }
}
