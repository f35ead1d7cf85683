using System.Text.RegularExpressions;

namespace Publish.Engine.Tests.Cli;

/// <summary>The closing summary line of <c>publish build</c> (issue 19): counts on stderr, absent under <c>-q</c>.</summary>
public sealed partial class BuildSummaryLineTests
{
    [Fact]
    public void An_archive_build_ends_with_the_counts_of_manuscripts_editions_warnings_and_errors()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("in/good.md", "---\ntitle: Good\nlang: en\n---\n\nText.\n");
        scratch.Write("in/warned.md", "---\ntitle: Warned\nlang: en\n---\n\nText.\n\n![Missing](nowhere.png)\n");
        scratch.Write("in/broken.md", "---\ntitle: Broken\n---\n\nText with a note[^missing].\n");

        var outcome = PublishProcess.Run(scratch.Path, environment: null, "build", "in", "-o", "out");

        Assert.Equal(1, outcome.ExitCode);
        var last = outcome.StandardError.TrimEnd('\n').Split('\n')[^1];
        Assert.Matches(SummaryPattern(), last);
        Assert.StartsWith("Built 2 of 3 manuscripts (4 editions) in ", last, StringComparison.Ordinal);
        Assert.EndsWith(" s; 1 warning, 1 error", last, StringComparison.Ordinal);
        Assert.DoesNotContain("Built", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_build_counts_the_editions_up_to_date()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("in/one.md", "---\ntitle: One\nlang: en\n---\n\nText.\n");

        Assert.Equal(0, PublishProcess.Run(scratch.Path, environment: null, "build", "in", "-o", "out").ExitCode);
        var again = PublishProcess.Run(scratch.Path, environment: null, "build", "in", "-o", "out");

        Assert.Contains("Built 1 manuscript (2 editions, 1 up to date) in ", again.StandardError, StringComparison.Ordinal);
        Assert.Contains("; 0 warnings, 0 errors", again.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_builds_print_no_summary()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("in/one.md", "---\ntitle: One\nlang: en\n---\n\nText.\n");

        var outcome = PublishProcess.Run(scratch.Path, environment: null, "build", "in", "-o", "out", "-q");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(string.Empty, outcome.StandardError);
    }

    [GeneratedRegex(@"^Built \d+( of \d+)? manuscripts? \(\d+ editions?(, \d+ up to date)?\) in \d+\.\d s; \d+ warnings?, \d+ errors?$")]
    private static partial Regex SummaryPattern();
}
