using Publish.Manuscript.Markdown;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Tests.Markdown;

/// <summary>Definition lists, fenced divs, display math, task lists, heading ids and figure attributes read into the model.</summary>
public sealed class PandocBlocksTests
{
    private const string Front = "---\ntitle: T\n---\n\n";

    [Fact]
    public void A_definition_list_keeps_several_terms_and_several_definitions_per_item()
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadFile(MarkdownTestFiles.PathOf("definitions-and-divs.md"));

        Assert.Empty(diagnostics.ToImmutableSorted().Where(d => d.Severity != DiagnosticSeverity.Info));
        var list = document!.Body.OfType<DefinitionListBlock>().Single();
        Assert.Equal(["Berth", "Demurrage", "Lighter|Barge"], list.Items.Select(item => string.Join("|", item.Terms.Select(term => PlainText.Of(term)))));
        Assert.Equal([1, 2, 1], list.Items.Select(item => item.Definitions.Length));
        Assert.Equal(2, list.Items[2].Definitions[0].Length);
        Assert.Contains(list.Items[0].Definitions[0].OfType<ParagraphBlock>().Single().Content, inline => inline is EmphasisInline);
        var lines = File.ReadAllLines(MarkdownTestFiles.PathOf("definitions-and-divs.md"));
        Assert.Equal(Array.IndexOf(lines, "Demurrage") + 1, list.Items[1].Span.Line);
    }

    [Fact]
    public void Fenced_divs_keep_their_class_id_and_language()
    {
        var (document, _) = MarkdownTestFiles.ReadFile(MarkdownTestFiles.PathOf("definitions-and-divs.md"));

        var divs = document!.Body.OfType<DivBlock>().ToList();
        Assert.Equal(["epigraph", "note", "warning", "abstract", "sidebar"], divs.Select(d => string.Join(" ", d.Classes)));
        Assert.Equal("reading-note", divs[1].Id);
        Assert.Equal("tr", divs[3].Language);
        Assert.Equal(2, divs[0].Children.Length);
        Assert.All(divs, div => Assert.NotEmpty(div.Children));
    }

    [Fact]
    public void A_div_attribute_other_than_id_class_and_lang_is_reported_and_left_out()
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadString(Front + "::: {.note style=red}\nText.\n:::\n");

        var diagnostic = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal((MarkdownDiagnosticCodes.AttributeIgnored, DiagnosticSeverity.Info, 5, 1), (diagnostic.Code, diagnostic.Severity, diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Equal("note", Assert.Single(Assert.IsType<DivBlock>(Assert.Single(document!.Body)).Classes));
    }

    [Fact]
    public void Strike_sub_and_superscript_and_math_are_formats_not_text()
    {
        var (document, _) = MarkdownTestFiles.ReadString(Front + "Was ~~two~~ one; H~2~O and x^2^ and $a^2$.\n\n$$\nE = mc^2\n$$\n");

        var content = Assert.IsType<ParagraphBlock>(document!.Body[0]).Content;
        Assert.Equal(
            [InlineFormat.Strikethrough, InlineFormat.Subscript, InlineFormat.Superscript],
            content.OfType<FormattedInline>().Select(f => f.Format));
        Assert.Equal(["two", "2", "2"], content.OfType<FormattedInline>().Select(f => PlainText.Of(f.Children)));
        var math = Assert.Single(content.OfType<MathInline>());
        Assert.Equal(("a^2", 5, 37), (math.Tex, math.Span.Line, math.Span.Column));
        var display = Assert.IsType<MathBlock>(document.Body[1]);
        Assert.Equal(("E = mc^2", 7), (display.Tex, display.Span.Line));
    }

    [Fact]
    public void Task_list_items_carry_their_box_and_lose_its_brackets()
    {
        var (document, _) = MarkdownTestFiles.ReadString(Front + "- [x] done\n- [ ] open\n- plain\n");

        var list = Assert.IsType<ListBlock>(Assert.Single(document!.Body));
        Assert.Equal([true, false, null], list.Items.Select(item => item.Task));
        Assert.Equal(["done", "open", "plain"], list.Items.Select(item => PlainText.Of(item.Children)));
    }

    [Fact]
    public void Headings_get_the_authors_id_or_pandocs_identifier_from_their_text()
    {
        var (document, _) = MarkdownTestFiles.ReadString(Front + "## Sources {#sec:sources}\n\n## Çağrı's *first* Report\n\n## 1. Method\n\n## Method\n\n## Method\n");

        Assert.Equal(["sec:sources", "çağrıs-first-report", "method", "method-1", "method-2"], document!.Body.OfType<HeadingBlock>().Select(h => h.Id));
        Assert.Equal("Sources", PlainText.Of(((HeadingBlock)document.Body[0]).Content));
    }

    [Theory]
    [InlineData("{width=50%}", 0.5, null)]
    [InlineData("{width=6cm}", null, 170.079)]
    [InlineData("{width=60mm}", null, 170.079)]
    [InlineData("{width=2in}", null, 144.0)]
    [InlineData("{width=144pt}", null, 144.0)]
    [InlineData("{width=300px}", null, 225.0)]
    [InlineData("{width=300}", null, 225.0)]
    public void A_figure_width_is_a_share_of_the_measure_or_a_length_in_points(string attributes, double? fraction, double? points)
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadString(Front + "![Cap](images/harbour.png)" + attributes + "\n", MarkdownTestFiles.ManuscriptFolder);

        Assert.Empty(diagnostics.ToImmutableSorted());
        var figure = Assert.IsType<FigureBlock>(Assert.Single(document!.Body));
        Assert.NotNull(figure.Image);
        Assert.Equal(fraction, figure.WidthFraction);
        Assert.Equal(points, figure.WidthPoints is { } p ? Math.Round(p, 3) : null);
    }

    [Fact]
    public void A_figure_with_attributes_is_a_figure_with_id_classes_and_number()
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadString(Front + "![Harbour](images/harbour.png){#fig:harbour .wide width=80%}\n", MarkdownTestFiles.ManuscriptFolder);

        Assert.Empty(diagnostics.ToImmutableSorted());
        var figure = Assert.IsType<FigureBlock>(Assert.Single(document!.Body));
        Assert.Equal(("fig:harbour", 1, 0.8), (figure.Id, figure.Number, figure.WidthFraction));
        Assert.Equal("wide", Assert.Single(figure.Classes));
        Assert.Equal("Harbour", PlainText.Of(figure.Caption));
    }

    [Theory]
    [InlineData("{width=abc}", MarkdownDiagnosticCodes.FigureWidthInvalid, DiagnosticSeverity.Warning)]
    [InlineData("{width=150%}", MarkdownDiagnosticCodes.FigureWidthInvalid, DiagnosticSeverity.Warning)]
    [InlineData("{height=3cm}", MarkdownDiagnosticCodes.AttributeIgnored, DiagnosticSeverity.Info)]
    public void A_figure_attribute_that_cannot_be_used_is_reported_at_the_figure(string attributes, string code, DiagnosticSeverity severity)
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadString(Front + "Intro.\n\n![Cap](images/harbour.png)" + attributes + "\n", MarkdownTestFiles.ManuscriptFolder);

        var diagnostic = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal((code, severity, 7, 1), (diagnostic.Code, diagnostic.Severity, diagnostic.Span.Line, diagnostic.Span.Column));
        var figure = Assert.IsType<FigureBlock>(document!.Body[1]);
        Assert.Null(figure.WidthFraction);
        Assert.Null(figure.WidthPoints);
    }

    [Fact]
    public void Tables_definition_lists_divs_and_math_in_the_bibliography_become_entries()
    {
        var (document, _) = MarkdownTestFiles.ReadString(Front + """
            Text.

            # Bibliography

            | Author | Title |
            |--------|-------|
            | Demir  | *Ports* |

            Aksoy
            :   Harbours, 2020.

            ::: note
            Kaya, *Ledgers*.
            :::

            $$
            x
            $$
            """);

        Assert.Equal(["Demir Ports", "Aksoy Harbours, 2020.", "Kaya, Ledgers.", "x"], document!.Bibliography.Select(entry => PlainText.Of(entry.Content)));
    }

    [Theory]
    [InlineData("## Heading {#heading .unnumbered}\n", 5, 1, ".unnumbered")]
    [InlineData("A paragraph. {.lead}\n", 5, 1, ".lead")]
    [InlineData("A [link](https://example.org){target=_blank} here.\n", 5, 3, "target=")]
    public void Attributes_the_model_cannot_keep_are_reported_as_info_at_their_node(string markdown, int line, int column, string named)
    {
        var (_, diagnostics) = MarkdownTestFiles.ReadString(Front + markdown);

        var diagnostic = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal((MarkdownDiagnosticCodes.AttributeIgnored, DiagnosticSeverity.Info, line, column), (diagnostic.Code, diagnostic.Severity, diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Contains(named, diagnostic.Message, StringComparison.Ordinal);
    }
}
