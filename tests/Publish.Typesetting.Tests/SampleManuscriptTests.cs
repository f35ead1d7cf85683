using Publish.Model.Diagnostics;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Hyphenation;
using Publish.Typesetting.Paragraphs;
using Publish.Typesetting.Shaping;
using Xunit.Abstractions;

namespace Publish.Typesetting.Tests;

/// <summary>
/// The sample manuscript at the house style's measure: A4 (595.276 pt) less 2 × 25 mm = 453.5 pt, Noto Serif
/// 11/14.5 pt for the text, Noto Sans 8.5 pt for the institution footer.
/// </summary>
public sealed class SampleManuscriptTests(ITestOutputHelper output)
{
    private const double Measure = 595.276 - (2 * 25 * 72 / 25.4);

    /// <summary>
    /// Body lines allowed to be looser than their glue's stretch (ratio &gt; 1), by source line, with why. Every
    /// other line must have a ratio of at most 1, and these at most 1.26 (badness 200, TeX's tolerance) unless said.
    /// </summary>
    private static readonly Dictionary<int, string> NamedLooseLines = new()
    {
        [13] = "ratios 1.45 and 1.66 (1.07 before issue 18): with a hyphen costing 150 and two in a row 30000 this paragraph is set without a hyphen after the explicit one in 'newly-', two lines looser (the third pass's emergency stretch); font expansion (a style option, off in the house styles) would take part of the looseness in the letters",
        [19] = "a two-line paragraph: the only other break splits 'Nagorno-Karabakh' at its hyphen and leaves line 1 looser still",
        [21] = "ratio 1.18, within the tolerance: 'inter-national' is hyphenated at its end, and the hyphen penalty of 150 (issue 18) keeps the line before it from taking a hyphen as well",
        [23] = "ratio 1.07, within the tolerance: a short paragraph whose other breaks would hyphenate or leave one word on its last line, both dearer since issue 18",
        [27] = "ratio 1.13, within the tolerance: hyphenating 'considering' at the line before ('consi-dering' would put a hyphen two lines after another) costs more since issue 18",
        [41] = "a Turkish reference: its words break only at Turkish syllables leaving three letters for the next line; ratio 1.02",
        [43] = "a note ending in the unhyphenatable 'Nagorno-Karabakh.': breaking after 'Nagorno-' is the least bad; ratio 1.90",
    };

    private static readonly ParagraphStyle Body = new(11, 14.5, Measure);
    private static readonly ParagraphStyle Footer = new(8.5, 11, Measure, Alignment: LineAlignment.RaggedRight);

    private static (List<(ParagraphLayout Layout, bool IsFooter, int Line)> Layouts, DiagnosticBag Diagnostics) SetAll()
    {
        using var serif = new HarfBuzzShaper(ShippedFonts.SerifOnly);
        using var sans = new HarfBuzzShaper(ShippedFonts.SansOnly);
        var catalog = ShippedHyphenation.Catalog();
        var bodySetter = new ParagraphTypesetter(serif, catalog);
        var footerSetter = new ParagraphTypesetter(sans, catalog);
        var diagnostics = new DiagnosticBag();
        var layouts = SampleManuscript.Paragraphs
            .Select(p => (p.IsFooter ? footerSetter.Typeset(p.Content, Footer, diagnostics) : bodySetter.Typeset(p.Content, Body, diagnostics), p.IsFooter, p.Line))
            .ToList();
        return (layouts, diagnostics);
    }

    [Fact]
    public void Every_character_shapes_to_a_real_glyph_in_the_face_it_is_set_in()
    {
        var (layouts, diagnostics) = SetAll();

        Assert.DoesNotContain(diagnostics.ToImmutableSorted(), d => d.Code == TypesettingDiagnosticCodes.MissingGlyph);
        var serifFaces = new[] { FontVariant.Regular, FontVariant.Bold }.Select(v => ShippedFonts.SerifOnly.ChainFor(v).Primary.Resource).ToList();
        var sansFaces = new[] { FontVariant.Regular, FontVariant.Bold }.Select(v => ShippedFonts.SansOnly.ChainFor(v).Primary.Resource).ToList();
        int glyphs = 0;
        foreach (var (layout, isFooter, line) in layouts)
        {
            foreach (var run in layout.Lines.SelectMany(l => l.Runs))
            {
                Assert.Contains(run.Font, isFooter ? sansFaces : serifFaces);
                Assert.All(run.Glyphs, g => Assert.True(g.GlyphId != 0, $"line {line}: .notdef for '{g.Text}'"));
                glyphs += run.Glyphs.Length;
            }
        }

        // The whole text is there: each paragraph's lines give back its characters (hyphens added at breaks aside).
        foreach (var ((layout, _, _), paragraph) in layouts.Zip(SampleManuscript.Paragraphs))
        {
            var set = string.Concat(layout.Lines.Select(l => l.Text)).Replace("\u00AD", string.Empty, StringComparison.Ordinal);
            var expected = Publish.Model.PlainText.Of(paragraph.Content);
            Assert.Equal(Squash(expected), Squash(set));
        }

        Assert.True(glyphs > 6000);
    }

    [Fact]
    public void No_line_is_overfull_and_none_is_looser_than_its_glue_allows_except_named_ones()
    {
        var (layouts, diagnostics) = SetAll();

        Assert.DoesNotContain(diagnostics.ToImmutableSorted(), d => d.Code == TypesettingDiagnosticCodes.OverfullLine);
        var loose = new List<string>();
        foreach (var (layout, isFooter, line) in layouts)
        {
            foreach (var set in layout.Lines)
            {
                Assert.False(set.Overfull, $"line {line}: {set.Text}");
                Assert.True(set.Width <= Measure + 0.01);
                output.WriteLine(FormattableString.Invariant($"{line,4} {(isFooter ? "F" : "B")} r={set.AdjustmentRatio,6:0.00} w={set.Width,6:0.0} {set.Text}"));
                if (set.AdjustmentRatio > 1 && !isFooter)
                {
                    loose.Add(FormattableString.Invariant($"{line}: r={set.AdjustmentRatio:0.00} {set.Text}"));
                    Assert.True(NamedLooseLines.ContainsKey(line), $"unexplained loose line {line}: r={set.AdjustmentRatio} {set.Text}");
                    Assert.True(set.AdjustmentRatio <= 1.26 || line == 43 || (line == 13 && set.AdjustmentRatio <= 1.7), $"line {line} is looser than the tolerance: r={set.AdjustmentRatio}");
                }
            }
        }

        Assert.InRange(loose.Count, 0, NamedLooseLines.Count);
    }

    [Fact]
    public void Note_markers_shape_as_superscripts()
    {
        var (layouts, _) = SetAll();
        var face = ShippedFonts.SerifOnly.ChainFor(FontVariant.Regular).Primary;
        var markers = layouts.SelectMany(l => l.Layout.Lines).Where(l => l.NoteMarkers.Length > 0).ToList();
        output.WriteLine(face.HasSuperscriptDigits ? "markers use the font's sups glyphs" : "markers are synthesized");

        Assert.Equal([1, 2, 3, 4, 5], markers.SelectMany(l => l.NoteMarkers).Select(m => m.NoteNumber).Order());
        foreach (var line in markers)
        {
            foreach (var marker in line.NoteMarkers)
            {
                var run = line.Runs.Single(r => r.Glyphs.Any(g => Math.Abs(r.X + g.X - marker.X) < 0.01 && g.Text == marker.NoteNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                var normalDigit = face.HbFont.TryGetNominalGlyph('0' + marker.NoteNumber, out var nominal) ? nominal : 0;
                Assert.True(run.BaselineShift > 0 || run.Glyphs[0].GlyphId != normalDigit, $"marker {marker.NoteNumber} is not raised");
            }
        }
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
