using Publish.Manuscript.Markdown;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Tests.Markdown;

/// <summary>Inline notes, bracketed spans, cross-references and citations read into the model, with positions and diagnostics.</summary>
public sealed class PandocInlinesTests
{
    private const string Front = "---\ntitle: T\n---\n\n";

    [Fact]
    public void An_inline_note_is_numbered_with_the_other_notes_in_reading_order()
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadString(Front + "One[^a] and two^[Inline *with* `code]` and [nested] brackets.] and three[^b].\n\n[^a]: A.\n\n[^b]: B.\n");

        Assert.Empty(diagnostics.ToImmutableSorted());
        Assert.Equal([1, 2, 3], document!.Notes.Select(n => n.Number));
        var inline = document.Notes[1];
        Assert.Equal("Inline with code] and [nested] brackets.", PlainText.Of(inline.Content));
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(inline.Content));
        Assert.IsType<EmphasisInline>(paragraph.Content[1]);
        var code = Assert.IsType<CodeInline>(paragraph.Content[3]);
        Assert.Equal((5, 32), (code.Span.Line, code.Span.Column));
        var markers = ((ParagraphBlock)document.Body[0]).Content.OfType<NoteReferenceInline>().ToList();
        Assert.Equal((5, 16), (markers[1].Span.Line, markers[1].Span.Column));
    }

    [Fact]
    public void An_inline_note_over_two_lines_keeps_the_line_break_as_a_space_and_its_positions()
    {
        var (document, _) = MarkdownTestFiles.ReadString(Front + "Text.^[First line\nsecond *line*.]\n");

        var note = Assert.Single(document!.Notes);
        Assert.Equal("First line second line.", PlainText.Of(note.Content));
        var emphasis = ((ParagraphBlock)note.Content[0]).Content.OfType<EmphasisInline>().Single();
        Assert.Equal((6, 8), (emphasis.Span.Line, emphasis.Span.Column));
    }

    [Fact]
    public void A_caret_without_a_closed_bracket_stays_text_and_superscript_still_works()
    {
        var (document, _) = MarkdownTestFiles.ReadString(Front + "x^2^ and ^[open \\] only.\n");

        var content = ((ParagraphBlock)document!.Body[0]).Content;
        Assert.Empty(document.Notes);
        Assert.Equal(InlineFormat.Superscript, content.OfType<FormattedInline>().Single().Format);
        Assert.EndsWith("^[open ] only.", PlainText.Of(content), StringComparison.Ordinal);
    }

    [Fact]
    public void An_inline_note_inside_a_note_is_kept_as_text_with_a_warning()
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadString(Front + "Text[^a].\n\n[^a]: Outer ^[inner].\n");

        var diagnostic = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal((DiagnosticCodes.NoteInsideNoteFlattened, 7, 13), (diagnostic.Code, diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Equal("Outer ^[inner].", PlainText.Of(Assert.Single(document!.Notes).Content));
    }

    [Fact]
    public void Bracketed_spans_set_small_caps_language_and_id_and_keep_other_classes_with_an_info()
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadString(Front + "[Ottoman]{.smallcaps} [kahve]{lang=tr}\n[\"Hafen\"]{lang=de} [x]{#here .mark}.\n");

        var content = ((ParagraphBlock)document!.Body[0]).Content;
        Assert.Equal(InlineFormat.SmallCaps, Assert.IsType<FormattedInline>(content[0]).Format);
        var spans = content.OfType<SpanInline>().ToList();
        Assert.Equal(["tr", "de", null], spans.Select(s => s.Language));
        Assert.Equal("„Hafen“", PlainText.Of(spans[1].Children));
        Assert.Equal(("here", "mark"), (spans[2].Id, Assert.Single(spans[2].Classes)));
        Assert.Equal((6, 1), (spans[1].Span.Line, spans[1].Span.Column));
        Assert.Equal("Ottoman kahve „Hafen“ x.", PlainText.Of(content));
        var info = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal((MarkdownDiagnosticCodes.SpanClassKept, DiagnosticSeverity.Info, 6, 20), (info.Code, info.Severity, info.Span.Line, info.Span.Column));
    }

    [Fact]
    public void A_span_with_a_malformed_language_is_set_without_one_and_warned()
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadString(Front + "A [word]{lang=\"not a tag\"} here.\n");

        var diagnostic = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal((DiagnosticCodes.InvalidLanguageTag, 5, 3), (diagnostic.Code, diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Equal("A word here.", PlainText.Of(((ParagraphBlock)document!.Body[0]).Content));
    }

    [Fact]
    public void Cross_references_resolve_to_headings_tables_and_figures_with_numbers()
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadFile(MarkdownTestFiles.PathOf("cross-references.md"));

        var references = document!.Body.OfType<ParagraphBlock>().SelectMany(p => p.Content).OfType<CrossReferenceInline>().ToList();
        Assert.Equal(
            [("method", CrossReferenceKind.Section, 0, "Method"), ("tbl:records", CrossReferenceKind.Table, 1, ""), ("fig:harbour", CrossReferenceKind.Figure, 1, ""),
             ("method", CrossReferenceKind.Section, 0, "the section on method"), ("sec:sources", CrossReferenceKind.Section, 0, ""),
             ("tbl:records", CrossReferenceKind.Table, 1, ""), ("fig:harbour", CrossReferenceKind.Figure, 1, "")],
            references.Select(r => (r.TargetId, r.TargetKind, r.Number, PlainText.Of(r.Children))));
        Assert.Equal("Sources", references[4].TargetText);
        Assert.Equal("Method", references[0].TargetText);
        var lines = File.ReadAllLines(MarkdownTestFiles.PathOf("cross-references.md"));
        var line = Array.FindIndex(lines, l => l.Contains("[](#tbl:records)", StringComparison.Ordinal));
        Assert.Equal((line + 1, lines[line].IndexOf("[](#", StringComparison.Ordinal) + 1), (references[5].Span.Line, references[5].Span.Column));
        Assert.Equal(
            [(MarkdownDiagnosticCodes.DanglingCrossReference, 29), (MarkdownDiagnosticCodes.DanglingCrossReference, 30), (MarkdownDiagnosticCodes.LinkToOtherManuscript, 32), (MarkdownDiagnosticCodes.LinkToOtherManuscript, 33)],
            diagnostics.ToImmutableSorted().Select(d => (d.Code, d.Span.Line)));
        var text = PlainText.Of(document.Body.OfType<ParagraphBlock>().Last().Content);
        Assert.Equal("The companion study is in the second volume, its maps in its appendix.", text);
        Assert.Contains("@tbl:missing", PlainText.Of(document.Body.OfType<ParagraphBlock>().ElementAt(1).Content), StringComparison.Ordinal);
    }

    [Fact]
    public void A_span_and_a_div_are_cross_reference_targets()
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadString(Front + "See [the ledger]{#ledger} and [there](#box).\n\n::: {#box .note}\nBoxed.\n:::\n\nBack to [](#ledger).\n");

        Assert.Empty(diagnostics.ToImmutableSorted());
        var references = document!.Body.OfType<ParagraphBlock>().SelectMany(p => p.Content).OfType<CrossReferenceInline>().ToList();
        Assert.Equal([("box", CrossReferenceKind.Span), ("ledger", CrossReferenceKind.Span)], references.Select(r => (r.TargetId, r.TargetKind)));
    }

    [Fact]
    public void Citations_stay_text_with_one_warning_at_the_first_naming_the_count()
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadString(Front + "As [@demir2019, p. 12] shows\nand @aksoy2020 says; mail a@b.org.\n");

        var diagnostic = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal((MarkdownDiagnosticCodes.CitationsKeptAsText, DiagnosticSeverity.Warning, 5, 5), (diagnostic.Code, diagnostic.Severity, diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Contains("2 citations", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("As [@demir2019, p. 12] shows and @aksoy2020 says; mail a@b.org.", PlainText.Of(((ParagraphBlock)document!.Body[0]).Content));
    }

    [Fact]
    public void Math_is_warned_once_per_manuscript_at_the_first_formula()
    {
        var (_, diagnostics) = MarkdownTestFiles.ReadString(Front + "Costs $5 and $10.\n\nThen $x$ and $y$.\n\n$$\nz\n$$\n");

        var diagnostic = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal((MarkdownDiagnosticCodes.MathSetAsText, 7, 6), (diagnostic.Code, diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Contains("3 formulas", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_after_an_html_comment_on_its_line_is_kept()
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadString(Front + "<!-- foo -->*bar*\n*baz*\n");

        Assert.Equal(DiagnosticCodes.RawHtmlDropped, Assert.Single(diagnostics.ToImmutableSorted()).Code);
        Assert.Equal(["*bar*", "baz"], document!.Body.Select(b => PlainText.Of(((ParagraphBlock)b).Content)));
    }

    [Fact]
    public void A_paragraph_of_many_notes_and_spans_reads_in_linear_time()
    {
        var markdown = Front + string.Concat(Enumerable.Repeat("[a]{lang=tr} b^[c] ", 20_000)) + "\n";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (document, _) = MarkdownTestFiles.ReadString(markdown);

        Assert.Equal(20_000, document!.Notes.Length);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }
}
