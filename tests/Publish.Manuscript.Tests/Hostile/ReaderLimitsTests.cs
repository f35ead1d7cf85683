using Publish.Manuscript.Input;
using Publish.Manuscript.Legacy;
using Publish.Manuscript.Markdown;
using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Manuscript.Tests.Hostile;

/// <summary>Issue 7 row 1 at the reader: documented limits, and near-linear time on pathological runs.</summary>
public sealed class ReaderLimitsTests
{
    private static (Document? Document, IReadOnlyList<Diagnostic> Diagnostics) Read(string dialect, string text)
    {
        var diagnostics = new DiagnosticBag();
        var source = ManuscriptLoader.FromString(Path.Combine(Path.GetTempPath(), "hostile." + dialect), text, diagnostics);
        IManuscriptReader reader = dialect == "md" ? new MarkdownReader() : new LegacyExportReader();
        var document = reader.Read(source, diagnostics);
        return (document, diagnostics.ToImmutableSorted());
    }

    private static string Wrap(string dialect, string body) =>
        dialect == "md" ? "---\ntitle: Limits\n---\n\nBefore.\n\n" + body + "\n\nAfter.\n" : "\nLimits\n\nAn Author\n\nLimits\n\nBefore.\n\n" + body + "\n\nAfter.\n";

    [Theory]
    [InlineData("md", 7)]
    [InlineData("txt", 10)]
    public void A_paragraph_over_the_limit_is_refused_at_its_first_line(string dialect, int line)
    {
        var body = string.Concat(Enumerable.Repeat("word ", (InputDiagnosticLimits.MaxParagraphCharacters / 5) + 1));

        var (_, diagnostics) = Read(dialect, Wrap(dialect, body));

        var error = Assert.Single(diagnostics, d => d.Code == InputDiagnosticCodes.ParagraphTooLong);
        Assert.Equal((DiagnosticSeverity.Error, line), (error.Severity, error.Span.Line));
    }

    [Theory]
    [InlineData("md")]
    [InlineData("txt")]
    public void A_paragraph_at_the_limit_is_read(string dialect)
    {
        var body = string.Concat(Enumerable.Repeat("word ", (InputDiagnosticLimits.MaxParagraphCharacters / 5) - 1)).TrimEnd();

        var (document, diagnostics) = Read(dialect, Wrap(dialect, body));

        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(document!.Body, b => PlainText.Of([b]).Length == body.Length);
    }

    /// <summary>The legacy dialect has no nesting syntax: 100,000 openers of every kind read as text, in linear time.</summary>
    [Theory]
    [InlineData("[")]
    [InlineData("[\\[")]
    [InlineData("^[")]
    [InlineData("< <")]
    [InlineData("**")]
    [InlineData("> ")]
    public void Legacy_openers_never_nest(string opener)
    {
        var (document, diagnostics) = Read("txt", Wrap("txt", string.Concat(Enumerable.Repeat(opener, 100_000 / opener.Length)) + "x"));

        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.NotNull(document);
    }

    public static TheoryData<string, string> Runs() => new()
    {
        { "md", "[" },
        { "md", "*" },
        { "md", "*_" },
        { "md", "[a](" },
        { "md", "![" },
        { "md", "`a``" },
        { "md", "[^" },
        { "md", "<a" },
        { "md", "**a" },
        { "md", "[a]" },
        { "txt", "[" },
        { "txt", "[\\[" },
        { "txt", "^[" },
        { "txt", "< <http://" },
        { "txt", "**a" },
        { "txt", "a@" },
    };

    /// <summary>
    /// Near-linear: reading 4× the run takes well under 16× (quadratic) the time. Each size is timed as the
    /// best of three so that a busy machine does not decide the ratio, with a quarter second of slack for the
    /// collector. Before the link guard, 100,000 characters of <c>[a](</c> took over 20 s here.
    /// </summary>
    [Theory]
    [MemberData(nameof(Runs))]
    public void Pathological_runs_read_in_near_linear_time(string dialect, string unit)
    {
        var small = Best(() => Read(dialect, Wrap(dialect, string.Concat(Enumerable.Repeat(unit, 25_000 / unit.Length)))));
        var large = Best(() => Read(dialect, Wrap(dialect, string.Concat(Enumerable.Repeat(unit, 100_000 / unit.Length)))));

        Assert.True(large < TimeSpan.FromSeconds(5), $"100,000 characters of '{unit}' took {large}");
        Assert.True(large.Ticks < (small.Ticks * 8) + TimeSpan.FromMilliseconds(250).Ticks, $"'{unit}': 25,000 chars {small}, 100,000 chars {large}");
    }

    /// <summary>The link guard bounds openers × length per paragraph: 5,000 links in 20,000 characters read, 12,500 in 50,000 do not, two such paragraphs apart do.</summary>
    [Fact]
    public void Link_runs_are_read_within_the_scan_budget_and_refused_beyond_it()
    {
        var within = string.Concat(Enumerable.Repeat("[a](", 5_000));
        var beyond = string.Concat(Enumerable.Repeat("[a](", 12_500));
        var links = string.Concat(Enumerable.Repeat("[a](https://example.org) ", 2_000));

        var (_, withinDiagnostics) = Read("md", Wrap("md", within));
        var (_, beyondDiagnostics) = Read("md", Wrap("md", beyond));
        var (_, apartDiagnostics) = Read("md", Wrap("md", within + "\n\n" + within + "\n\n" + within));
        var (document, linkDiagnostics) = Read("md", Wrap("md", links));

        Assert.DoesNotContain(withinDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(7, Assert.Single(beyondDiagnostics, d => d.Code == InputDiagnosticCodes.TooManyLinksInParagraph).Span.Line);
        Assert.DoesNotContain(apartDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.DoesNotContain(linkDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(2_000, document!.Body.Sum(b => b is Model.Blocks.ParagraphBlock p ? p.Content.Count(i => i is Model.Inlines.LinkInline) : 0));
    }

    private static TimeSpan Best(Action read)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var cpu = ThreadCpuClock.Measure(read);
            best = cpu < best ? cpu : best;
        }

        return best;
    }
}
