using System.Collections.Immutable;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;
using Publish.Typesetting.Paragraphs;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Tests;

/// <summary>
/// Layout with the fixed-advance shaper: at size 10 every character is 5 pt and a space 2.5 pt
/// (stretch 1.25, shrink 0.83), so widths below are exact multiples.
/// </summary>
public sealed class LineBreakingTests
{
    private static readonly FixedAdvanceShaper Shaper = new();

    private static ParagraphLayout Set(ImmutableArray<Inline> content, ParagraphStyle style, LineBreakOptions? options = null,
        DiagnosticBag? diagnostics = null) =>
        new ParagraphTypesetter(Shaper, null, options).Typeset(content, style, diagnostics ?? new DiagnosticBag());

    private static ParagraphStyle Style(double measure, LineAlignment alignment = LineAlignment.Justified) =>
        new(10, 12, measure, Alignment: alignment, Hyphenate: false, SentenceSpacing: false);

    private static string[] Texts(ParagraphLayout layout) => [.. layout.Lines.Select(l => l.Text)];

    [Fact]
    public void Total_fit_breaks_differ_from_first_fit_and_are_more_even()
    {
        // First fit takes "f" onto line 1 by shrinking (82.5 pt natural on 80, ratio -0.6), which leaves line 2
        // 7.5 pt short with three spaces: ratio 2, badness 800. Total fit ends line 1 before "f" (ratio 1,
        // badness 100) so that line 2 is exactly full (ratio 0).
        var content = Inlines.Text("aaaa b c dddd eee f ggggg h ii jjjjj kkkkk");
        var style = Style(80);

        var greedy = Set(content, style, LineBreakOptions.Default with { Algorithm = LineBreakAlgorithm.FirstFit });
        var optimal = Set(content, style);

        Assert.Equal(["aaaa b c dddd eee f", "ggggg h ii jjjjj", "kkkkk"], Texts(greedy));
        Assert.Equal(-0.6, greedy.Lines[0].AdjustmentRatio, 6);
        Assert.Equal(2, greedy.Lines[1].AdjustmentRatio, 6);
        Assert.Equal(["aaaa b c dddd eee", "f ggggg h ii jjjjj", "kkkkk"], Texts(optimal));
        Assert.Equal(1, optimal.Lines[0].AdjustmentRatio, 6);
        Assert.Equal(0, optimal.Lines[1].AdjustmentRatio, 6);
        Assert.True(optimal.Lines.SkipLast(1).Max(l => Math.Abs(l.AdjustmentRatio)) < greedy.Lines.SkipLast(1).Max(l => Math.Abs(l.AdjustmentRatio)));
    }

    [Fact]
    public void Justified_lines_fill_the_measure_and_the_last_line_is_set_natural()
    {
        var words = string.Join(' ', Enumerable.Range(0, 60).Select(i => new string((char)('a' + (i % 26)), 2 + (i % 5))));
        var layout = Set(Inlines.Text(words), Style(200));

        Assert.True(layout.Lines.Length > 3);
        foreach (var line in layout.Lines.SkipLast(1))
        {
            Assert.Equal(200, line.Width, 6);
            Assert.InRange(line.AdjustmentRatio, -1, 1);
        }

        Assert.Equal(0, layout.Lines[^1].AdjustmentRatio);
        Assert.True(layout.Lines[^1].Width < 200);
        Assert.Equal(words, string.Join(' ', Texts(layout)).Replace("  ", " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Ragged_right_keeps_spaces_natural()
    {
        var words = string.Join(' ', Enumerable.Range(0, 40).Select(i => new string('x', 1 + (i % 7))));
        var layout = Set(Inlines.Text(words), Style(150, LineAlignment.RaggedRight));

        Assert.True(layout.Lines.Length > 2);
        foreach (var line in layout.Lines)
        {
            Assert.True(line.Width <= 150);
            var glyphs = line.Runs.SelectMany(r => r.Glyphs.Select(g => r.X + g.X)).ToArray();

            // Every glyph advance, space included, is its natural width: positions step by 5 or 2.5 pt only.
            Assert.All(glyphs.Zip(glyphs.Skip(1), (a, b) => b - a), step => Assert.Contains(Math.Round(step, 6), new[] { 5.0, 2.5 }));
        }

        Assert.Contains(layout.Lines.SkipLast(1), l => l.Width < 140);
    }

    [Fact]
    public void A_forced_line_break_ends_the_line_unjustified()
    {
        ImmutableArray<Inline> content =
            [new TextInline("one two", Inlines.Span()), new LineBreakInline(Inlines.Span()), new TextInline("three", Inlines.Span())];
        var layout = Set(content, Style(300));

        Assert.Equal(["one two", "three"], Texts(layout));
        Assert.Equal(0, layout.Lines[0].AdjustmentRatio);
    }

    [Fact]
    public void A_300_character_url_breaks_before_slashes_dots_and_hyphens_without_a_hyphen()
    {
        var segments = Enumerable.Range(0, 30).Select(i => "seg" + new string((char)('a' + (i % 26)), 4) + (i % 2 == 0 ? "/" : "-"));
        var url = ("https://example.org/" + string.Concat(segments) + new string('z', 300))[..300];
        Assert.Equal(300, url.Length);
        ImmutableArray<Inline> content =
            [new TextInline("See ", Inlines.Span()), new LinkInline(url, [new TextInline(url, Inlines.Span())], Inlines.Span()), new TextInline(" for more.", Inlines.Span())];
        var diagnostics = new DiagnosticBag();

        var layout = Set(content, Style(200), diagnostics: diagnostics);

        Assert.All(layout.Lines, l => Assert.False(l.Overfull));
        Assert.All(layout.Lines, l => Assert.True(l.Width <= 200 + 1e-6));
        // No hyphen is drawn: a line broken inside the URL ends in an invisible space glyph whose text is U+00AD,
        // so the text layer reads the URL whole (issue 16); nothing else in a line is a soft hyphen.
        Assert.All(layout.Lines, l => Assert.DoesNotContain('\u00AD', l.Text.TrimEnd('\u00AD')));
        var space = layout.Lines.SelectMany(l => l.Runs).SelectMany(r => r.Glyphs).First(g => g.Text == " ").GlyphId;
        Assert.All(layout.Lines.Where(l => l.Text.EndsWith('\u00AD')), l => Assert.Equal(space, l.Runs[^1].Glyphs[^1].GlyphId));
        Assert.Equal("See " + url + " for more.", string.Concat(Texts(layout).Select(t => t.TrimEnd('\u00AD'))));
        Assert.Equal(0, diagnostics.Count);

        // Where the URL has / . - a line ends right after one; only the trailing run of z's (wider than the
        // line) is cut anywhere.
        var urlLines = layout.Lines.Where(l => l.Links.Length > 0).ToList();
        Assert.True(urlLines.Count >= 8);
        // Chicago 14.18: a URL breaks before a slash, a dot or a hyphen, so none ends a line to be read as the end of
        // a sentence or a hyphenation.
        Assert.All(urlLines.SkipLast(1).Select(l => l.Text.TrimEnd('\u00AD')).Where(t => !t.EndsWith('z')), t => Assert.DoesNotContain(t[^1], ".-"));
        Assert.All(urlLines, l => Assert.Equal(url, l.Links[0].Uri));
    }

    [Theory]
    [InlineData("Süleyman Nazif Sok. No: 12/B Daire", "12/B")]
    [InlineData("Tel: +90 (312) 438 50 23-24 Fax", "+90 (312) 438 50 23-24")]
    public void Numbers_and_phone_numbers_never_break_inside(string text, string unbroken)
    {
        // Try every measure from narrow to wide: the token group must always stay on one line.
        for (double measure = 60; measure <= 260; measure += 7.5)
        {
            var layout = Set(Inlines.Text(text), Style(measure));
            Assert.Contains(layout.Lines, l => l.Text.Contains(unbroken, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Note_markers_are_superscripts_with_anchor_and_link_frame_items()
    {
        ImmutableArray<Inline> content = [new TextInline("the largest massacre.", Inlines.Span()), Inlines.Note(2), new TextInline(" At the end", Inlines.Span())];
        var layout = Set(content, Style(400));

        var line = Assert.Single(layout.Lines);
        var marker = Assert.Single(line.NoteMarkers);
        Assert.Equal(2, marker.NoteNumber);
        var run = Assert.Single(line.Runs, r => r.Text == "2");
        Assert.True(run.Size < 10);
        Assert.True(run.BaselineShift > 0);
        Assert.Equal((19 * 5) + (2 * 2.5), marker.X, 6);

        var items = line.ToFrameItems(50, 100, Frames.RgbColor.Black).ToList();
        var destination = Assert.Single(items.OfType<Frames.DestinationItem>());
        Assert.Equal("fnref2", destination.Name);
        Assert.Equal(50 + marker.X, destination.X, 6);
        var link = Assert.Single(items.OfType<Frames.LinkItem>());
        Assert.Equal("fn2", link.Destination);
        var superscript = items.OfType<Frames.GlyphRun>().Single(g => g.Text == "2");
        Assert.Equal(100 - run.BaselineShift, superscript.Baseline, 6);
    }

    [Fact]
    public void A_line_shows_the_word_space_its_break_consumed_only_when_asked_and_without_copying_its_glyphs()
    {
        var layout = Set(Inlines.Text("aaaa bbbb cccc dddd"), Style(50, LineAlignment.RaggedRight));
        Assert.Equal(["aaaa bbbb", "cccc dddd"], Texts(layout));
        var line = layout.Lines[0];
        Assert.True(line.EndsWithWordSpace);

        var plain = Assert.Single(line.ToFrameItems(0, 0, Frames.RgbColor.Black).OfType<Frames.GlyphRun>());
        var spaced = Assert.Single(line.ToFrameItems(0, 0, Frames.RgbColor.Black, withWordSpace: true).OfType<Frames.GlyphRun>());
        Assert.Equal("aaaa bbbb", plain.Text);
        Assert.Equal("aaaa bbbb ", spaced.Text);

        // The space glyph the line already shows, one advance after the last glyph, stored right after the run.
        var space = spaced.Glyphs[^1];
        Assert.Equal(plain.Glyphs[4].GlyphId, space.GlyphId);
        Assert.Equal(plain.Glyphs[^1].X + 5, space.X, 6);
        Assert.True(plain.Glyphs.Span.SequenceEqual(spaced.Glyphs.Span[..^1]));
        Assert.True(System.Runtime.CompilerServices.Unsafe.AreSame(
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(plain.Glyphs.Span),
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(spaced.Glyphs.Span)));
    }

    [Fact]
    public void Emphasis_and_strong_choose_faces_and_links_become_rectangles()
    {
        ImmutableArray<Inline> content =
        [
            new TextInline("plain ", Inlines.Span()),
            new EmphasisInline([new TextInline("slanted", Inlines.Span())], Inlines.Span()),
            new TextInline(" and ", Inlines.Span()),
            new LinkInline("https://avim.org.tr", [new TextInline("the site", Inlines.Span())], Inlines.Span()),
        ];
        var layout = Set(content, Style(400));

        var line = Assert.Single(layout.Lines);
        var link = Assert.Single(line.Links);
        Assert.Equal("https://avim.org.tr", link.Uri);
        Assert.Equal("plain slanted and ".Length * 5 - (3 * 2.5), link.X, 6);
        Assert.Equal(("the site".Length * 5) - 2.5, link.Width, 6);
        var frame = Assert.Single(line.ToFrameItems(10, 20, Frames.RgbColor.Black).OfType<Frames.LinkItem>());
        Assert.Equal(10 + link.X, frame.X, 6);
        Assert.Equal(20 - line.Ascent, frame.Y, 6);
    }

    [Fact]
    public void A_character_no_font_has_is_reported_once_with_its_first_position()
    {
        var shaper = new FixedAdvanceShaper(missing: ['☃']);
        var typesetter = new ParagraphTypesetter(shaper, null);
        var diagnostics = new DiagnosticBag();

        typesetter.Typeset(Inlines.Text("a ☃ b ☃", line: 7), Style(300), diagnostics);
        var layout = typesetter.Typeset(Inlines.Text("☃ again", line: 9), Style(300), diagnostics);

        var warning = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal(TypesettingDiagnosticCodes.MissingGlyph, warning.Code);
        Assert.Equal(7, warning.Span.Line);
        Assert.Contains("U+2603", warning.Message, StringComparison.Ordinal);
        Assert.Equal(0, layout.Lines[0].Runs[0].Glyphs[0].GlyphId);
    }

    [Fact]
    public void A_paragraph_too_tight_for_the_tolerance_is_set_in_the_emergency_pass_not_overfull()
    {
        // Two long words and one space per line: no way to keep badness under 200 at this measure.
        var content = Inlines.Text("aaaaaaaaaaaa bbbbbbbbbbbb cccccccccccc dddddddddddd");
        var layout = Set(content, Style(150));

        Assert.All(layout.Lines, l => Assert.False(l.Overfull));
        Assert.True(layout.Lines[0].AdjustmentRatio > 1);
    }

    [Fact]
    public void A_hyphenated_line_ends_with_a_hyphen_that_extracts_as_a_soft_hyphen()
    {
        var catalog = ShippedHyphenation.Catalog();
        var typesetter = new ParagraphTypesetter(Shaper, catalog);
        var text = "the international organization demonstrated extraordinary characteristics of hyphenation algorithms";
        var style = new ParagraphStyle(10, 12, 120, SentenceSpacing: false);

        var layout = typesetter.Typeset(Inlines.Text(text), style, new DiagnosticBag());

        var hyphenated = layout.Lines.Where(l => l.Hyphenated).ToList();
        Assert.NotEmpty(hyphenated);
        Assert.All(hyphenated, l => Assert.EndsWith("\u00AD", l.Text, StringComparison.Ordinal));
        Assert.All(hyphenated, l => Assert.Equal('-', (char)l.Runs[^1].Glyphs[^1].GlyphId));
        Assert.All(layout.Lines, l => Assert.False(l.Overfull));
        var rejoined = string.Join(' ', layout.Lines.Select(l => l.Text)).Replace("\u00AD ", string.Empty, StringComparison.Ordinal);
        Assert.Equal(text, rejoined);

        // The characters of the text each line accounts for (the flow's anchors): the added hyphen is not one.
        Assert.Equal(text.Length, layout.Lines.Sum(l => l.SourceLength + (l.Hyphenated ? 0 : 1)) - 1);
        Assert.All(hyphenated, l => Assert.Equal(l.Text.Length - 1, l.SourceLength));
    }

    [Fact]
    public void Hyphenation_follows_the_paragraph_switch()
    {
        var catalog = ShippedHyphenation.Catalog();
        var typesetter = new ParagraphTypesetter(Shaper, catalog);
        var text = "the international organization demonstrated extraordinary characteristics of hyphenation algorithms";

        var layout = typesetter.Typeset(Inlines.Text(text), new ParagraphStyle(10, 12, 120, Hyphenate: false), new DiagnosticBag());

        Assert.DoesNotContain(layout.Lines, l => l.Hyphenated);
    }

    [Fact]
    public void A_glyph_wider_than_the_measure_is_overfull_and_reported()
    {
        var diagnostics = new DiagnosticBag();
        var layout = Set(Inlines.Text("ab"), Style(3), diagnostics: diagnostics);

        Assert.Equal(["a", "b"], Texts(layout));
        Assert.All(layout.Lines, l => Assert.True(l.Overfull));
        Assert.Contains(diagnostics.ToImmutableSorted(), d => d.Code == TypesettingDiagnosticCodes.OverfullLine);
    }

    [Fact]
    public void Without_french_spacing_a_sentence_space_is_wider_than_a_word_space()
    {
        var style = new ParagraphStyle(10, 12, 400, Hyphenate: false, SentenceSpacing: true);
        var layout = new ParagraphTypesetter(Shaper, null).Typeset(Inlines.Text("one two. Three U.S. four"), style, new DiagnosticBag());

        var glyphs = layout.Lines[0].Runs.SelectMany(r => r.Glyphs.Select(g => (X: r.X + g.X, g.Text))).ToList();
        double SpaceAfter(int index) => glyphs[index + 2].X - glyphs[index + 1].X;
        Assert.Equal("one two. Three U.S. four", string.Concat(glyphs.Select(g => g.Text)));
        var words = SpaceAfter(2);   // "one| two"
        var sentence = SpaceAfter(7); // "two.| Three"
        var abbreviation = SpaceAfter(18); // "U.S.| four"
        Assert.Equal(2.5, words, 6);
        Assert.True(sentence > words);
        Assert.Equal(words, abbreviation, 6);
    }

    [Fact]
    public void The_first_line_is_indented()
    {
        var style = new ParagraphStyle(10, 12, 100, FirstLineIndent: 15, Hyphenate: false);
        var layout = new ParagraphTypesetter(Shaper, null).Typeset(Inlines.Text("aaaa bbbb cccc dddd eeee ffff gggg"), style, new DiagnosticBag());

        Assert.Equal(15, layout.Lines[0].Runs[0].X, 6);
        Assert.Equal(0, layout.Lines[1].Runs[0].X, 6);
        var items = layout.Lines[0].ToFrameItems(72, 100, Frames.RgbColor.Black).OfType<Frames.GlyphRun>().ToList();
        Assert.Equal(72 + 15, items[0].X, 6);
        Assert.Equal(100, items[0].Baseline, 6);
    }
}
