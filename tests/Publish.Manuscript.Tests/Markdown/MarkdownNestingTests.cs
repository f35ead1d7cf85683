using System.Text;
using Publish.Manuscript.Input;
using Publish.Manuscript.Markdown;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Tests.Markdown;

/// <summary>
/// Issue 14: nesting is bounded before Markdig sees it. Each shape just within the limit reads with its structure
/// intact; one level more is refused with PUB1006 at the line and column of the first level too many.
/// </summary>
public sealed class MarkdownNestingTests
{
    private const string Front = "---\ntitle: T\n---\n\n";
    private const int Limit = MarkdownLimits.MaxNestingDepth;

    /// <summary>Line 5 is the first body line after <see cref="Front"/>.</summary>
    private const int BodyLine = 5;

    public static TheoryData<string, Func<int, string>, int, int> Shapes() => new()
    {
        // shape, body for n levels, line and column of level n + 1 when the body has n + 1 levels.
        { "quotes", n => new string('>', n) + " x\n", BodyLine, Limit + 1 },
        { "spaced quotes", n => Repeat("> ", n) + "x\n", BodyLine, (2 * Limit) + 1 },
        { "compact lists", n => Repeat("- ", n) + "x\n", BodyLine, (2 * Limit) + 1 },
        { "ordered lists", n => Repeat("1. ", n) + "x\n", BodyLine, (3 * Limit) + 1 },
        { "indented lists", n => string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', i * 2) + "- x\n")), BodyLine + Limit, (2 * Limit) + 1 },
        { "quotes in lists", n => Repeat("> - ", n / 2) + (n % 2 == 1 ? "> " : string.Empty) + "x\n", BodyLine, (2 * Limit) + 1 },
        { "brackets", n => new string('[', n) + "x\n", BodyLine, Limit + 1 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_shape_at_the_limit_reads_and_one_level_more_is_refused_where_it_goes_too_deep(string shape, Func<int, string> body, int line, int column)
    {
        var (atLimit, atLimitDiagnostics) = MarkdownTestFiles.ReadString(Front + body(Limit));
        var (_, over) = MarkdownTestFiles.ReadString(Front + body(Limit + 1));

        Assert.False(atLimitDiagnostics.HasErrors, $"{shape}: {string.Join("\n", atLimitDiagnostics.ToImmutableSorted().Take(3))}");
        Assert.NotNull(atLimit);
        Assert.EndsWith("x", PlainText.Of(atLimit.Body).TrimEnd(), StringComparison.Ordinal);
        var refused = Assert.Single(over.ToImmutableSorted());
        Assert.Equal((DiagnosticCodes.NestingTooDeep, DiagnosticSeverity.Error, line, column), (refused.Code, refused.Severity, refused.Span.Line, refused.Span.Column));
    }

    [Fact]
    public void Quotes_at_the_limit_keep_every_level()
    {
        var (document, _) = MarkdownTestFiles.ReadString(Front + new string('>', Limit) + " deep\n");

        var depth = 0;
        var block = Assert.Single(document!.Body);
        while (block is BlockQuoteBlock quote)
        {
            depth++;
            block = Assert.Single(quote.Children);
        }

        Assert.Equal(Limit, depth);
        Assert.Equal("deep", PlainText.Of([block]));
    }

    [Fact]
    public void Lists_at_the_limit_keep_every_level()
    {
        var (document, _) = MarkdownTestFiles.ReadString(Front + string.Concat(Enumerable.Range(0, Limit).Select(i => new string(' ', i * 2) + $"- item {i + 1}\n")));

        var depth = 0;
        var blocks = document!.Body;
        while (blocks.Length > 0 && blocks[^1] is ListBlock list)
        {
            depth++;
            blocks = Assert.Single(list.Items).Children;
        }

        Assert.Equal(Limit, depth);
        Assert.Equal($"item {Limit}", PlainText.Of(blocks));
    }

    [Fact]
    public void Emphasis_at_the_limit_keeps_every_level_and_one_more_is_refused_at_its_innermost_opener()
    {
        static string Body(int pairs) => Repeat("*a _", pairs) + "x" + Repeat("_ a*", pairs) + "\n";

        var (document, diagnostics) = MarkdownTestFiles.ReadString(Front + Body(Limit / 2));
        var (_, over) = MarkdownTestFiles.ReadString(Front + Body((Limit / 2) + 1));

        Assert.False(diagnostics.HasErrors);
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(document!.Body));
        Assert.Equal(Limit, EmphasisDepth(paragraph.Content));
        var refused = Assert.Single(over.ToImmutableSorted());
        Assert.Equal((DiagnosticCodes.NestingTooDeep, BodyLine, (2 * Limit) + 4), (refused.Code, refused.Span.Line, refused.Span.Column));
    }

    [Fact]
    public void Containers_and_inline_levels_count_together()
    {
        var (_, within) = MarkdownTestFiles.ReadString(Front + new string('>', Limit - 2) + " [a [b x\n");
        var (_, over) = MarkdownTestFiles.ReadString(Front + new string('>', Limit - 2) + " [a [b [c x\n");

        Assert.False(within.HasErrors);
        var refused = Assert.Single(over.ToImmutableSorted());
        Assert.Equal((DiagnosticCodes.NestingTooDeep, BodyLine, Limit + 6), (refused.Code, refused.Span.Line, refused.Span.Column));
    }

    [Fact]
    public void A_paragraph_of_too_many_emphasis_markers_is_refused_with_PUB1009_at_the_first_marker_past_the_limit()
    {
        const int Pairs = MarkdownLimits.MaxEmphasisDelimitersPerParagraph / 2;
        var (document, within) = MarkdownTestFiles.ReadString(Front + "Intro.\n\n" + Repeat("*a* ", Pairs) + "\n");
        var (_, over) = MarkdownTestFiles.ReadString(Front + "Intro.\n\n" + Repeat("*a* ", Pairs + 1) + "\n\nAfter.\n");

        Assert.False(within.HasErrors);
        var paragraph = Assert.IsType<ParagraphBlock>(document!.Body[1]);
        Assert.Equal(Pairs, paragraph.Content.OfType<EmphasisInline>().Count());
        var refused = Assert.Single(over.ToImmutableSorted());
        Assert.Equal((InputDiagnosticCodes.TooManyEmphasisDelimitersInParagraph, DiagnosticSeverity.Error, BodyLine + 2, (4 * Pairs) + 1), (refused.Code, refused.Severity, refused.Span.Line, refused.Span.Column));
    }

    [Fact]
    public void Markers_are_counted_per_paragraph_and_code_spans_and_escapes_are_not_nesting()
    {
        var paragraphs = string.Join("\n\n", Enumerable.Repeat(Repeat("*a* ", 100), 5));
        var code = "`" + new string('[', 100) + "` " + Repeat("\\[", 100) + " `` [[[ ` `` x\n";

        var (_, diagnostics) = MarkdownTestFiles.ReadString(Front + paragraphs + "\n\n" + code);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToImmutableSorted().Take(3)));
    }

    [Fact]
    public void Fenced_and_indented_code_and_thematic_breaks_are_not_nesting()
    {
        var deep = new string('>', 100) + " " + Repeat("- ", 100) + new string('[', 100) + "\n";
        var manuscript = Front + "- item\n\n  ```\n  " + deep + "  ```\n\n~~~~\n" + deep + "~~~~\n\nText.\n\n    " + deep + "\n"
            + string.Concat(Enumerable.Repeat("* * *\n\n- - -\n\n", 40));

        var (document, diagnostics) = MarkdownTestFiles.ReadString(manuscript);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToImmutableSorted().Take(3)));
        Assert.Equal(3, document!.Body.OfType<CodeBlock>().Count() + document.Body.OfType<ListBlock>().SelectMany(l => l.Items).SelectMany(i => i.Children).OfType<CodeBlock>().Count());
    }

    [Fact]
    public void A_note_definition_is_a_container_so_nesting_in_its_indented_body_is_counted()
    {
        const string Note = "Text[^a].\n\n[^a]: A note.\n\n";
        var within = Note + string.Concat(Enumerable.Range(0, Limit - 1).Select(i => "    " + new string(' ', i * 2) + "- x\n"));
        var over = Note + string.Concat(Enumerable.Range(0, Limit).Select(i => "    " + new string(' ', i * 2) + "- x\n"));

        var (document, withinDiagnostics) = MarkdownTestFiles.ReadString(Front + within);
        var (_, overDiagnostics) = MarkdownTestFiles.ReadString(Front + over);

        Assert.False(withinDiagnostics.HasErrors, string.Join("\n", withinDiagnostics.ToImmutableSorted().Take(3)));
        Assert.Single(document!.Notes);
        var refused = Assert.Single(overDiagnostics.ToImmutableSorted());
        Assert.Equal((DiagnosticCodes.NestingTooDeep, BodyLine + 4 + Limit - 1, 4 + (2 * (Limit - 1)) + 1), (refused.Code, refused.Span.Line, refused.Span.Column));
    }

    [Fact]
    public void Deep_nesting_in_a_front_matter_field_is_refused_at_the_field()
    {
        var (_, diagnostics) = MarkdownTestFiles.ReadString("---\ntitle: T\nabstract: \"" + Repeat("> ", Limit + 1) + "x\"\n---\n\nText.\n");

        var refused = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal((DiagnosticCodes.NestingTooDeep, 3), (refused.Code, refused.Span.Line));
    }

    public static TheoryData<string, string> Megabyte() => new()
    {
        { "quotes", new string('>', 1 << 20) },
        // "- - - …" alone on its line is a thematic break: the item needs text.
        { "lists", Repeat("- ", 1 << 19) + "x" },
        { "indented lists", string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(' ', i * 2) + "- item\n")) },
        { "brackets", new string('[', 1 << 20) },
        { "emphasis", Repeat("*a _", 1 << 17) + Repeat("_ a*", 1 << 17) },
    };

    /// <summary>Markdig took over a minute on 3,000 nested list items; the whole read is now refused in the time of loading the text.</summary>
    [Theory]
    [MemberData(nameof(Megabyte))]
    public void A_megabyte_of_nesting_is_refused_quickly(string shape, string body)
    {
        var (read, cpu) = ThreadCpuClock.Measure(() => MarkdownTestFiles.ReadString(Front + body + "\n"));
        var (document, diagnostics) = read;

        Assert.True(cpu < TimeSpan.FromSeconds(2), $"{shape}: {cpu} of CPU");
        Assert.Null(document);
        Assert.Equal(DiagnosticCodes.NestingTooDeep, Assert.Single(diagnostics.ToImmutableSorted()).Code);
    }

    /// <summary>The scan's work is linear: 4 MB of legal nesting (every line 31 levels deep, inline levels closing) is scanned in one pass.</summary>
    [Fact]
    public void The_scan_of_legal_deep_text_is_linear()
    {
        var unit = Repeat("> ", 28) + "- *a [b](c) `d` _e_* f\n";
        var text = new StringBuilder();
        while (text.Length < 4 << 20)
        {
            text.Append(unit);
        }

        text.Append(new string('>', Limit + 1)).Append(" too deep\n");
        var source = text.ToString();
        MarkdownNesting.FirstExcess(source[..10_000]);

        var (excess, cpu) = ThreadCpuClock.Measure(() => MarkdownNesting.FirstExcess(source));

        Assert.Equal(source.LastIndexOf('\n', source.Length - 2) + 1 + Limit, excess?.Offset);
        Assert.True(cpu < TimeSpan.FromSeconds(3), $"{cpu} of CPU");
    }

    private static int EmphasisDepth(IEnumerable<Inline> inlines) => inlines.Select(inline => inline switch
    {
        EmphasisInline emphasis => 1 + EmphasisDepth(emphasis.Children),
        StrongInline strong => 1 + EmphasisDepth(strong.Children),
        _ => 0,
    }).DefaultIfEmpty(0).Max();

    private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();
}
