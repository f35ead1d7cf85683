using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;
using Publish.Typesetting.Paragraphs;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Tests;

/// <summary>
/// What the lines carry for the text layer (issue 16, item 3): a manuscript's soft hyphens are break opportunities
/// that draw nothing unless taken; a word broken without a hyphen (a URL) ends its line in a text of U+00AD, so the
/// word reads back whole; code keeps its spaces as written; a break's mark in ragged text sits against its word.
/// </summary>
public sealed class TextLayerLineTests
{
    private const string Shy = "\u00AD";

    private static readonly string SoftWords = string.Join(' ', Enumerable.Repeat("in\u00ADcom\u00ADpre\u00ADhen\u00ADsi\u00ADbil\u00ADi\u00ADty coun\u00ADter\u00ADrev\u00ADo\u00ADlu\u00ADtion\u00ADar\u00ADies", 6));

    [Fact]
    public void A_soft_hyphen_is_a_break_that_draws_a_hyphen_only_where_taken()
    {
        var layout = Typeset(MarkdownInlines.Parse(SoftWords), 150, LineAlignment.Justified);

        var broken = layout.Lines.Where(l => l.Hyphenated).ToList();
        Assert.NotEmpty(broken);
        foreach (var line in layout.Lines)
        {
            var glyphs = line.Runs.SelectMany(r => r.Glyphs).ToList();

            // The soft hyphen of the manuscript is never a glyph: only the hyphen drawn at a taken break stands for it.
            Assert.All(glyphs.SkipLast(1), g => Assert.DoesNotContain(Shy, g.Text, StringComparison.Ordinal));
            Assert.Equal(line.Hyphenated, glyphs[^1].Text == Shy);
        }

        // Breaks fall only where the author put a soft hyphen: the words rebuild exactly.
        var text = string.Concat(layout.Lines.Select(l => l.Text.EndsWith(Shy, StringComparison.Ordinal) ? l.Text[..^1] : l.Text + " "));
        Assert.Equal(SoftWords.Replace(Shy, string.Empty, StringComparison.Ordinal), text.Trim());
    }

    [Fact]
    public void Without_its_soft_hyphen_the_word_is_not_hyphenated_elsewhere()
    {
        // "counterrevolutionaries" with one soft hyphen may only break there, as TeX treats \- in a word.
        var words = string.Join(' ', Enumerable.Repeat("counterrevolution\u00ADaries", 12));
        var layout = Typeset(MarkdownInlines.Parse(words), 120, LineAlignment.Justified);

        Assert.All(layout.Lines.Where(l => l.Hyphenated), l => Assert.EndsWith("counterrevolution" + Shy, l.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(LineAlignment.Justified)]
    [InlineData(LineAlignment.RaggedRight)]
    public void A_url_broken_across_lines_ends_its_line_in_an_invisible_soft_hyphen_against_the_url(LineAlignment alignment)
    {
        const string Url = "https://example.org/archive/records/harbour-authority/annual-reports/2015/index.html";
        var layout = Typeset(MarkdownInlines.Parse("See " + Url + " for the record."), 150, alignment);

        var inside = layout.Lines.SkipLast(1).Where(l => l.Text.EndsWith(Shy, StringComparison.Ordinal)).ToList();
        var space = layout.Lines.SelectMany(l => l.Runs).SelectMany(r => r.Glyphs).First(g => g.Text == " ").GlyphId;
        Assert.NotEmpty(inside);
        foreach (var line in inside)
        {
            var glyphs = line.Runs.SelectMany(r => r.Glyphs.Select(g => (X: r.X + g.X, g.Text, g.GlyphId))).ToList();
            var (mark, before) = (glyphs[^1], glyphs[^2]);

            // The mark is the space glyph (invisible), right after the URL's last glyph.
            Assert.Equal(space, mark.GlyphId);
            Assert.True(mark.X - before.X < 10, $"the mark at {mark.X:0.#} pt, the URL's last glyph at {before.X:0.#} pt");
            Assert.True(line.Width < line.Measure + 0.01);
        }

        Assert.Equal("See " + Url + " for the record.", string.Concat(layout.Lines.Select(l => l.Text.EndsWith(Shy, StringComparison.Ordinal) ? l.Text[..^1] : l.Text + " ")).Trim());
    }

    [Fact]
    public void Code_keeps_its_indentation_and_runs_of_spaces()
    {
        const string Code = "        return \"low\"   # before dawn";
        var layout = Typeset([new CodeInline(Code, SourceSpan.None)], 400, LineAlignment.RaggedRight, hyphenate: false);

        var line = Assert.Single(layout.Lines);
        Assert.Equal(Code, line.Text);
        var first = line.Runs[0];
        Assert.Equal(0, first.X + first.Glyphs[0].X, 3);
    }

    private static ParagraphLayout Typeset(ImmutableArray<Inline> content, double measure, LineAlignment alignment, bool hyphenate = true)
    {
        using var shaper = new HarfBuzzShaper(ShippedFonts.SerifWithFallbacks);
        var typesetter = new ParagraphTypesetter(shaper, ShippedHyphenation.Catalog());
        return typesetter.Typeset(content, new ParagraphStyle(11, 14.5, measure, Alignment: alignment, Hyphenate: hyphenate), new DiagnosticBag());
    }
}
