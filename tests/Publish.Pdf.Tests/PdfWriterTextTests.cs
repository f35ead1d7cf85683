using System.Collections.Immutable;
using Publish.Pdf.Tests.Support;
using Publish.Typesetting.Frames;
using UglyToad.PdfPig;

namespace Publish.Pdf.Tests;

public sealed class PdfWriterTextTests : IDisposable
{
    private const double Tolerance = 0.05;
    private readonly TestFont serif = new(RepositoryPaths.Font("NotoSerif-Regular.ttf"));

    public void Dispose() => serif.Dispose();

    [Fact]
    public void Words_read_back_at_the_positions_they_were_placed()
    {
        var run = serif.Shape("Hello world", 12, 72, 100);
        var pdf = new PdfWriter().WriteToArray(Documents.Of(Documents.Page(run)));

        using var document = PdfDocument.Open(pdf);
        var words = document.GetPage(1).GetWords().ToList();
        Assert.Equal(["Hello", "world"], words.Select(w => w.Text));
        var h = words[0].Letters[0];
        Assert.Equal(72, h.StartBaseLine.X, Tolerance);
        Assert.Equal(Documents.A5Height - 100, h.StartBaseLine.Y, Tolerance);
        var w = words[1].Letters[0];
        Assert.Equal(72 + serif.Advance("Hello ", 12), w.StartBaseLine.X, Tolerance);
        Assert.Equal(12, h.PointSize, Tolerance);
    }

    [Fact]
    public void Glyphs_placed_off_their_natural_advance_keep_their_frame_positions()
    {
        // Letter-spaced text: the writer must correct every advance with TJ numbers.
        var shaped = serif.Shape("ABC", 10, 50, 200);
        var spaced = shaped with { Glyphs = [.. shaped.Glyphs.Select((g, i) => g with { X = i * 20.0 })] };
        var pdf = new PdfWriter().WriteToArray(Documents.Of(Documents.Page(spaced)));

        using var document = PdfDocument.Open(pdf);
        var letters = document.GetPage(1).Letters;
        Assert.Equal("ABC", string.Concat(letters.Select(l => l.Value)));
        Assert.Equal([50, 70, 90], letters.Select(l => Math.Round(l.StartBaseLine.X, 2)));
    }

    [Fact]
    public void Arbitrary_glyph_positions_survive_the_round_trip()
    {
        // Seeded, so a failure is reproducible: forty runs with random sizes, kerning-like offsets and gaps.
        var random = new Random(20261126);
        var shaped = serif.Shape("AVATAR Wave", 10, 0, 0);
        var runs = new List<FrameItem>();
        for (var r = 0; r < 40; r++)
        {
            var pen = 0.0;
            var glyphs = shaped.Glyphs.Select(g =>
            {
                var placed = g with { X = pen };
                pen += 2 + (random.NextDouble() * 14);
                return placed;
            });
            runs.Add(shaped with { Size = 6 + (random.NextDouble() * 30), X = random.NextDouble() * 100, Baseline = 20 + (r * 14), Glyphs = [.. glyphs] });
        }

        var pdf = new PdfWriter().WriteToArray(Documents.Of(Documents.Page([.. runs])));

        using var document = PdfDocument.Open(pdf);
        var letters = document.GetPage(1).Letters;
        var expected = runs.Cast<GlyphRun>().SelectMany(run => run.Glyphs.Select(g => (run.X + g.X, Documents.A5Height - run.Baseline))).ToList();
        Assert.Equal(expected.Count, letters.Count);
        for (var i = 0; i < letters.Count; i++)
        {
            Assert.Equal(expected[i].Item1, letters[i].StartBaseLine.X, 0.01);
            Assert.Equal(expected[i].Item2, letters[i].StartBaseLine.Y, 0.01);
        }
    }

    [Fact]
    public void A_raised_glyph_sits_above_the_baseline_by_its_offset()
    {
        var shaped = serif.Shape("x2", 10, 50, 200);
        var raised = shaped with { Glyphs = [shaped.Glyphs[0], shaped.Glyphs[1] with { Y = -4 }] };
        var pdf = new PdfWriter().WriteToArray(Documents.Of(Documents.Page(raised)));

        using var document = PdfDocument.Open(pdf);
        var letters = document.GetPage(1).Letters;
        Assert.Equal(Documents.A5Height - 200, letters[0].StartBaseLine.Y, Tolerance);
        Assert.Equal(Documents.A5Height - 196, letters[1].StartBaseLine.Y, Tolerance);
        Assert.Equal(shaped.Glyphs[1].X + 50, letters[1].StartBaseLine.X, Tolerance);
    }

    [Fact]
    public void Turkish_letters_extract_as_the_original_characters()
    {
        const string text = "İstanbul Şanlıurfa ığ";
        var pdf = new PdfWriter().WriteToArray(Documents.Of(Documents.Page(serif.Shape(text, 11, 60, 120))));

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(text, string.Join(' ', document.GetPage(1).GetWords().Select(w => w.Text)));
    }

    [Fact]
    public void Ligatures_extract_as_the_characters_they_stand_for()
    {
        const string text = "office fifty";
        var run = serif.Shape(text, 11, 60, 120);
        Assert.True(run.Glyphs.Length < text.Length, "the font should form ligatures, or this test proves nothing");
        var pdf = new PdfWriter().WriteToArray(Documents.Of(Documents.Page(run)));

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(text, string.Join(' ', document.GetPage(1).GetWords().Select(w => w.Text)));
    }

    [ToolFact("pdftotext")]
    public void Poppler_extracts_the_same_text()
    {
        var runs = new FrameItem[]
        {
            serif.Shape("İstanbul Şanlıurfa ığ", 11, 60, 120),
            serif.Shape("office fifty", 11, 60, 140),
        };
        using var file = TempFile.With("text.pdf", new PdfWriter().WriteToArray(Documents.Of(Documents.Page(runs))));

        var (exitCode, output) = ExternalTool.Run("pdftotext", "-enc", "UTF-8", file.Path, "-");
        Assert.Equal(0, exitCode);
        Assert.Equal(["İstanbul Şanlıurfa ığ", "office fifty"], output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Text_colour_reaches_the_page()
    {
        var run = serif.Shape("Red", 12, 72, 100, new RgbColor(255, 0, 0));
        var pdf = new PdfWriter().WriteToArray(Documents.Of(Documents.Page(run)));

        using var document = PdfDocument.Open(pdf);
        var letter = document.GetPage(1).Letters[0];
        var (r, g, b) = letter.Color.ToRGBValues();
        Assert.Equal((1.0, 0.0, 0.0), (r, g, b));
    }

    [Fact]
    public void Runs_of_one_font_on_several_pages_share_one_embedded_font()
    {
        var pages = Enumerable.Range(0, 3).Select(i => Documents.Page(serif.Shape("Page " + i, 12, 72, 100))).ToArray();
        var pdf = new PdfWriter().WriteToArray(new PagedDocument([.. pages], Documents.Info, ImmutableArray<OutlineEntry>.Empty));

        Assert.Equal(1, PdfBytes.Count(pdf, "/Subtype /Type0"));
        using var document = PdfDocument.Open(pdf);
        Assert.Equal(["Page 0", "Page 1", "Page 2"], document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
    }
}
