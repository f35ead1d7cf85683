using System.Diagnostics;
using System.Text;
using Publish.Model.Diagnostics;

namespace Publish.Engine.Tests.Hostile;

/// <summary>Issue 7 row 1: nesting, pathological runs and huge blocks, through the real CLI.</summary>
public sealed class StructureTests
{
    /// <summary>Generous: a process start plus typesetting a few pages on a loaded machine; a quadratic parse of 50,000 characters takes far longer.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(90);

    public static TheoryData<string, string> DeepNesting() => new()
    {
        { "quotes", "---\ntitle: Deep\n---\n\n" + new string('>', 100_000) + " text\n" },
        { "lists", "---\ntitle: Deep\n---\n\n" + string.Concat(Enumerable.Range(0, 400).Select(i => new string(' ', i * 2) + "- item\n")) },
        { "emphasis", "---\ntitle: Deep\n---\n\n" + string.Concat(Enumerable.Repeat("*a _", 5_000)) + "x" + string.Concat(Enumerable.Repeat("_ a*", 5_000)) + "\n" },
        // 500 levels: deep enough for the nesting limit, few enough links for the link-run guard (PUB1008).
        { "images in images", "---\ntitle: Deep\n---\n\nText " + string.Concat(Enumerable.Repeat("![a ", 500)) + "x" + string.Concat(Enumerable.Repeat("](u)", 500)) + "\n" },
        { "quotes in lists", "---\ntitle: Deep\n---\n\n" + string.Concat(Enumerable.Repeat("> - ", 5_000)) + "x\n" },
    };

    [Theory]
    [MemberData(nameof(DeepNesting))]
    public void Nesting_deeper_than_the_limit_is_refused_quickly(string kind, string manuscript)
    {
        using var build = new HostileBuild();
        var path = build.Write("deep.md", manuscript);

        var clock = Stopwatch.StartNew();
        var outcome = build.Build(path);

        Assert.True(clock.Elapsed < Budget, $"{kind}: {clock.Elapsed}");
        HostileAssert.Refused(build, outcome, path, DiagnosticCodes.NestingTooDeep, null);
    }

    public static TheoryData<string, string, string> PathologicalRuns() => new()
    {
        { "md", "open brackets", new string('[', 50_000) },
        { "md", "close brackets", new string(']', 50_000) },
        { "md", "alternating emphasis", string.Concat(Enumerable.Repeat("*_", 25_000)) + "a" },
        { "md", "unclosed links", string.Concat(Enumerable.Repeat("[a](", 12_500)) },
        { "md", "image openers", string.Concat(Enumerable.Repeat("![", 25_000)) },
        { "md", "backticks", string.Concat(Enumerable.Repeat("`a``", 12_500)) },
        { "md", "note openers", string.Concat(Enumerable.Repeat("[^", 25_000)) },
        { "md", "autolink openers", string.Concat(Enumerable.Repeat("<a", 25_000)) },
        { "txt", "open brackets", new string('[', 50_000) },
        { "txt", "legacy note openers", string.Concat(Enumerable.Repeat("[\\[", 16_000)) },
        { "txt", "url wrappers", string.Concat(Enumerable.Repeat("< <http://", 5_000)) },
        { "txt", "stars", string.Concat(Enumerable.Repeat("**a", 16_000)) },
    };

    /// <summary>A 50,000-character run of openers is not an error: it is read (as text) in near-linear time and set, or refused with a diagnostic — never a hang, never an internal error.</summary>
    [Theory]
    [MemberData(nameof(PathologicalRuns))]
    public void Pathological_runs_finish_within_the_budget(string dialect, string kind, string run)
    {
        using var build = new HostileBuild();
        var text = dialect == "md"
            ? "---\ntitle: Runs\n---\n\nBefore.\n\n" + run + "\n\nAfter.\n"
            : "\nRuns\n\nAn Author\n\nRuns\n\nBefore.\n\n" + run + "\n\nAfter.\n";
        var path = build.Write("runs." + dialect, text);

        var clock = Stopwatch.StartNew();
        var outcome = build.Build(path);

        Assert.True(clock.Elapsed < Budget, $"{kind}: {clock.Elapsed}");
        Assert.True(outcome.ExitCode is 0 or 1, $"{kind}: exit {outcome.ExitCode}\n{outcome.StandardError}");
        if (outcome.ExitCode == 0)
        {
            HostileAssert.BuiltCompletely(build, path);
        }
        else
        {
            Assert.Matches(@"error PUB\d{4}: ", outcome.StandardError);
            Assert.Empty(build.Outputs());
        }
    }

    /// <summary>
    /// Runs the reader reads in milliseconds (see Publish.Manuscript.Tests' ReaderLimitsTests) but which reach
    /// the typesetter as one unbreakable word of 50,000 characters.
    /// </summary>
    [Theory]
    [InlineData("md", "stars", "*")]
    [InlineData("txt", "caret notes", "^[")]
    [InlineData("md", "letters", "abcdefghij")]
    public void A_run_set_as_one_50000_character_word_finishes_within_the_budget(string dialect, string kind, string unit)
    {
        Pathological_runs_finish_within_the_budget(dialect, kind, string.Concat(Enumerable.Repeat(unit, 50_000 / unit.Length)) + "a");
    }

    /// <summary>A paragraph of millions of characters hits the documented paragraph limit (PUB1007) at its first line.</summary>
    [Theory]
    [InlineData("md")]
    [InlineData("txt")]
    public void A_paragraph_of_millions_of_characters_is_refused_at_its_line(string dialect)
    {
        using var build = new HostileBuild();
        var words = new StringBuilder();
        while (words.Length < 2_000_000)
        {
            words.Append("lorem ipsum dolor sit amet ");
        }

        var text = dialect == "md"
            ? "---\ntitle: Huge\n---\n\nA short paragraph.\n\n" + words + "\n"
            : "\nHuge\n\nAn Author\n\nHuge\n\nA short paragraph.\n\n" + words + "\n";
        var path = build.Write("huge." + dialect, text);

        var clock = Stopwatch.StartNew();
        var outcome = build.Build(path);

        Assert.True(clock.Elapsed < Budget, clock.Elapsed.ToString());
        HostileAssert.Refused(build, outcome, path, "PUB1007", dialect == "md" ? 7 : 10);
    }
}
