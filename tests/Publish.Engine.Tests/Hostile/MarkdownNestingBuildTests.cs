using System.Diagnostics;
using System.Text;
using Publish.Manuscript.Input;
using Publish.Model.Diagnostics;

namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// Issue 14 item 5, through the real CLI: nesting is bounded before Markdig sees it. Markdig spent over a minute on
/// 3,000 nested list items (and ~5 s on 1,000); with no time limit to hide it, the deep manuscript must now fail
/// alone, at the line and column where it goes too deep, while the good manuscript beside it is built.
/// </summary>
public sealed class MarkdownNestingBuildTests
{
    private const string Good = "---\ntitle: Good\nlang: en\n---\n\nA paragraph that builds.\n";

    /// <summary>Process start, reading the deep file and typesetting one short book, on a loaded machine.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    public static TheoryData<string, string, string, int, int> Archives() => new()
    {
        // 3,000 nested list items (9 MB): the 33rd is too deep, on body line 33 (file line 37) at column 65.
        {
            "nested lists",
            string.Concat(Enumerable.Range(0, 3_000).Select(i => new string(' ', i * 2) + "- item\n")),
            DiagnosticCodes.NestingTooDeep,
            37,
            65
        },
        // A quarter of a megabyte of '*a* ': refused at the 257th emphasis marker (pair 129, column 513).
        {
            "emphasis markers",
            new StringBuilder().Insert(0, "*a* ", 65_536).Append('\n').ToString(),
            InputDiagnosticCodes.TooManyEmphasisDelimitersInParagraph,
            5,
            513
        },
    };

    [Theory]
    [MemberData(nameof(Archives))]
    public void A_deeply_nested_manuscript_fails_alone_and_quickly_at_its_line_and_column(string shape, string body, string code, int line, int column)
    {
        using var build = new HostileBuild();
        var deep = build.Write("deep.md", "---\ntitle: Deep\n---\n\n" + body);
        var good = build.Write("good.md", Good);

        var clock = Stopwatch.StartNew();
        var outcome = build.Build(build.BookFolder, "--time-limit", "0");
        clock.Stop();

        Assert.True(outcome.ExitCode == 1, $"{shape}: exit {outcome.ExitCode}\n{outcome.StandardError}");
        var refused = Assert.Single(HostileBuild.Lines(outcome, deep, "error", code));
        Assert.Equal((line.ToString(System.Globalization.CultureInfo.InvariantCulture), column.ToString(System.Globalization.CultureInfo.InvariantCulture)), (refused.Groups["line"].Value, refused.Groups["column"].Value));
        HostileAssert.BuiltCompletely(build, good);
        Assert.True(clock.Elapsed < Budget, $"{shape}: {clock.Elapsed}");
    }
}
