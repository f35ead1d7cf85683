using System.Collections.Immutable;
using System.Text;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Inline;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Tests;

/// <summary>PUB3001: one warning per character no font has, per manuscript, at its first occurrence in the source.</summary>
public sealed class FontsMissingGlyphTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("publish-glyphs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static ParagraphStyle Style => new(10, 12, 300, Hyphenate: false, SentenceSpacing: false);

    private static ImmutableArray<Publish.Model.Inlines.Inline> Text(string text, SourceSpan span) => [new TextInline(text, span)];

    private string Source(string text)
    {
        var path = Path.Combine(_folder, "a.md");
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    [Fact]
    public void Typesetters_of_different_families_report_a_character_once_per_manuscript()
    {
        // A build makes one paragraph typesetter per family (body, code, footer); the manuscript's bag is shared.
        var shaper = new FixedAdvanceShaper(missing: ['☃', '★']);
        var body = new ParagraphTypesetter(shaper, null);
        var code = new ParagraphTypesetter(shaper, null);
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
        var typesetter = new ParagraphTypesetter(new FixedAdvanceShaper(missing: ['☃']), null);
        var first = new DiagnosticBag();
        var second = new DiagnosticBag();

        typesetter.Typeset(Text("☃", new SourceSpan("one.md", 1, 1)), Style, first);
        typesetter.Typeset(Text("☃", new SourceSpan("two.md", 1, 1)), Style, second);

        Assert.Single(first.ToImmutableSorted());
        Assert.Equal("two.md", Assert.Single(second.ToImmutableSorted()).Span.File);
    }

    [Fact]
    public void The_warning_points_at_the_first_occurrence_in_the_source_not_at_the_paragraph()
    {
        var path = Source("---\ntitle: Snow ☃\n---\n\nA paragraph\nwith ☃ inside.\n");
        var diagnostics = new DiagnosticBag();

        // The typesetter knows only the paragraph's start (line 5); the character was first written in the title.
        new ParagraphTypesetter(new FixedAdvanceShaper(missing: ['☃']), null).Typeset(Text("A paragraph with ☃ inside.", new SourceSpan(path, 5, 1)), Style, diagnostics);

        var warning = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal((path, 2, 13), (warning.Span.File, warning.Span.Line, warning.Span.Column));
    }

    [Fact]
    public void A_character_made_by_a_transform_is_reported_at_the_paragraph()
    {
        // "--" becomes an en dash in the model; the source has no en dash to point at.
        var path = Source("Pages 3--4.\n");
        var diagnostics = new DiagnosticBag();

        new ParagraphTypesetter(new FixedAdvanceShaper(missing: ['–']), null).Typeset(Text("Pages 3–4.", new SourceSpan(path, 1, 1)), Style, diagnostics);

        Assert.Equal((1, 1), (diagnostics.ToImmutableSorted()[0].Span.Line, diagnostics.ToImmutableSorted()[0].Span.Column));
    }

    [Theory]
    [InlineData("ab☃", 1, 3)]
    [InlineData("\uFEFFab☃", 1, 3)] // the BOM is not a column
    [InlineData("a\r\nb\rc\n d☃", 4, 3)] // CRLF, CR and LF each end one line
    [InlineData("a😀b☃", 1, 5)] // columns count UTF-16 units, as the manuscript readers do
    public void Lines_and_columns_are_counted_as_the_readers_count_them(string text, int line, int column)
    {
        var path = Source(text);

        var found = new MissingGlyphLedger().FirstOccurrence(path, new Rune('☃'));

        Assert.Equal(new SourceSpan(path, line, column), found);
    }

    [Fact]
    public void A_character_outside_the_basic_plane_is_found_too()
    {
        var path = Source("x\nab 😀\n");

        Assert.Equal(new SourceSpan(path, 2, 4), new MissingGlyphLedger().FirstOccurrence(path, new Rune(0x1F600)));
    }

    [Fact]
    public void No_readable_file_means_no_position()
    {
        var ledger = new MissingGlyphLedger();

        Assert.Null(ledger.FirstOccurrence(string.Empty, new Rune('☃')));
        Assert.Null(ledger.FirstOccurrence(Path.Combine(_folder, "absent.md"), new Rune('☃')));
        Assert.Null(ledger.FirstOccurrence(_folder, new Rune('☃')));
    }
}
