using System.Collections.Immutable;
using System.Text;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Paragraphs;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Tests;

/// <summary>
/// PUB3001: one warning per character no font has, per manuscript, at its first occurrence in the manuscript's
/// text as the reader decoded it (no file is read again).
/// </summary>
public sealed class FontsMissingGlyphTests
{
    /// <summary>Never created: the ledger must find characters in the text it is given, not in the file.</summary>
    private const string Manuscript = "/nonexistent/publish-glyphs/a.md";

    private static ParagraphStyle Style => new(10, 12, 300, Hyphenate: false, SentenceSpacing: false);

    private static ImmutableArray<Inline> Text(string text, SourceSpan span) => [new TextInline(text, span)];

    private static ParagraphTypesetter Typesetter(IShaper shaper, MissingGlyphLedger ledger) =>
        new(shaper, null, missing: MissingGlyphReporter.ForManuscript(ledger));

    [Fact]
    public void Typesetters_of_different_families_report_a_character_once_per_manuscript()
    {
        // A layout makes one paragraph typesetter per family (body, code, footer); they share the manuscript's ledger.
        var shaper = new FixedAdvanceShaper(missing: ['☃', '★']);
        var ledger = new MissingGlyphLedger();
        var body = Typesetter(shaper, ledger);
        var code = Typesetter(shaper, ledger);
        var manuscript = new DiagnosticBag();

        body.Typeset(Text("a ☃ b", new SourceSpan("none.md", 3, 1)), Style, manuscript);
        code.Typeset(Text("☃ ★ ☃", new SourceSpan("none.md", 8, 1)), Style, manuscript);
        body.Typeset(Text("★ ☃", new SourceSpan("none.md", 9, 1)), Style, manuscript);

        Assert.Equal(
            [("U+2603", 3), ("U+2605", 8)],
            manuscript.ToImmutableSorted().Select(d => (d.Message[..6], d.Span.Line)));
        Assert.All(manuscript.ToImmutableSorted(), d => Assert.Equal((TypesettingDiagnosticCodes.MissingGlyph, DiagnosticSeverity.Warning), (d.Code, d.Severity)));
    }

    [Fact]
    public void Another_manuscript_hears_of_the_character_again()
    {
        var shaper = new FixedAdvanceShaper(missing: ['☃']);
        var first = new DiagnosticBag();
        var second = new DiagnosticBag();

        Typesetter(shaper, new MissingGlyphLedger()).Typeset(Text("☃", new SourceSpan("one.md", 1, 1)), Style, first);
        Typesetter(shaper, new MissingGlyphLedger()).Typeset(Text("☃", new SourceSpan("two.md", 1, 1)), Style, second);

        Assert.Single(first.ToImmutableSorted());
        Assert.Equal("two.md", Assert.Single(second.ToImmutableSorted()).Span.File);
    }

    [Fact]
    public void A_paragraph_reporter_reports_each_character_once_and_leaves_the_manuscript_to_its_caller()
    {
        var ledger = new MissingGlyphLedger();
        var typesetter = new ParagraphTypesetter(new FixedAdvanceShaper(missing: ['☃']), null);
        var one = new DiagnosticBag();
        var two = new DiagnosticBag();

        typesetter.Typeset(Text("☃ a ☃", new SourceSpan("a.md", 1, 1)), Style, one, MissingGlyphReporter.ForParagraph(ledger));
        typesetter.Typeset(Text("☃", new SourceSpan("a.md", 2, 1)), Style, two, MissingGlyphReporter.ForParagraph(ledger));

        Assert.Single(one.ToImmutableSorted());
        Assert.Single(two.ToImmutableSorted());
    }

    [Fact]
    public void The_warning_points_at_the_first_occurrence_in_the_source_not_at_the_paragraph()
    {
        var ledger = new MissingGlyphLedger(Manuscript, "---\ntitle: Snow ☃\n---\n\nA paragraph\nwith ☃ inside.\n");
        var diagnostics = new DiagnosticBag();

        // The typesetter knows only the paragraph's start (line 5); the character was first written in the title.
        Typesetter(new FixedAdvanceShaper(missing: ['☃']), ledger).Typeset(Text("A paragraph with ☃ inside.", new SourceSpan(Manuscript, 5, 1)), Style, diagnostics);

        var warning = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal((Manuscript, 2, 13), (warning.Span.File, warning.Span.Line, warning.Span.Column));
    }

    [Fact]
    public void A_character_made_by_a_transform_is_reported_at_the_paragraph()
    {
        // "--" becomes an en dash in the model; the source has no en dash to point at.
        var ledger = new MissingGlyphLedger(Manuscript, "Pages 3--4.\n");
        var diagnostics = new DiagnosticBag();

        Typesetter(new FixedAdvanceShaper(missing: ['–']), ledger).Typeset(Text("Pages 3–4.", new SourceSpan(Manuscript, 1, 1)), Style, diagnostics);

        Assert.Equal((1, 1), (diagnostics.ToImmutableSorted()[0].Span.Line, diagnostics.ToImmutableSorted()[0].Span.Column));
    }

    [Theory]
    [InlineData("ab☃", 1, 3)]
    [InlineData("\uFEFFab☃", 1, 3)] // a BOM left in the text is not a column
    [InlineData("a\r\nb\rc\n d☃", 4, 3)] // CRLF, CR and LF each end one line
    [InlineData("a😀b☃", 1, 5)] // columns count UTF-16 units, as the manuscript readers do
    public void Lines_and_columns_are_counted_as_the_readers_count_them(string text, int line, int column)
    {
        var found = new MissingGlyphLedger(Manuscript, text).FirstOccurrence(Manuscript, new Rune('☃'));

        Assert.Equal(new SourceSpan(Manuscript, line, column), found);
    }

    [Fact]
    public void A_character_outside_the_basic_plane_is_found_too()
    {
        Assert.Equal(new SourceSpan(Manuscript, 2, 4), new MissingGlyphLedger(Manuscript, "x\nab 😀\n").FirstOccurrence(Manuscript, new Rune(0x1F600)));
    }

    [Fact]
    public void Another_file_or_no_text_means_no_position()
    {
        // A span in a file the ledger has no text for is reported as it is (the style file's text comes with For(document, style)).
        Assert.Null(new MissingGlyphLedger(Manuscript, "☃").FirstOccurrence("/house/style.yaml", new Rune('☃')));
        Assert.Null(new MissingGlyphLedger(Manuscript, null).FirstOccurrence(Manuscript, new Rune('☃')));
        Assert.Null(new MissingGlyphLedger().FirstOccurrence(string.Empty, new Rune('☃')));
    }
}
