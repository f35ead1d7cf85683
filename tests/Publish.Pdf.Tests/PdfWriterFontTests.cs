using System.Text.RegularExpressions;
using Publish.Pdf.Fonts;
using Publish.Pdf.Tests.Support;
using UglyToad.PdfPig;

namespace Publish.Pdf.Tests;

public sealed class PdfWriterFontTests : IDisposable
{
    private const string EbGaramond = "/usr/share/fonts/opentype/ebgaramond/EBGaramond12-Regular.otf";
    private readonly TestFont serif = new(RepositoryPaths.Font("NotoSerif-Regular.ttf"));
    private readonly TestFont sans = new(RepositoryPaths.Font("NotoSans-Bold.ttf"));

    public void Dispose()
    {
        serif.Dispose();
        sans.Dispose();
    }

    /// <summary>
    /// A face with more glyphs than the writer's first tables hold (Junicode: 4,938): glyphs with high ids, met after low
    /// ones and out of order, are registered, drawn and extracted in order (a glyph shown twice keeps its first text:
    /// a CFF font has no alias codes).
    /// </summary>
    [Fact]
    public void Glyphs_past_the_first_four_thousand_ids_are_drawn_and_extract_with_their_texts()
    {
        using var junicode = new TestFont(RepositoryPaths.Font("JunicodeTwoBeta-Regular.otf"));
        var shaped = junicode.Shape("abc", 12, 60, 100);
        var low = shaped.Glyphs.ToArray();
        var advance = 8.0;
        Publish.Typesetting.Frames.PositionedGlyph[] glyphs =
        [
            low[0],
            new(4937, low[2].X + advance, 0, "x"),
            new(4100, low[2].X + (2 * advance), 0, "y"),
            new(4500, low[2].X + (3 * advance), 0, "z"),
            new(4937, low[2].X + (4 * advance), 0, "w"),
            low[1] with { X = low[2].X + (5 * advance) },
        ];
        var run = shaped with { Glyphs = new Publish.Typesetting.Frames.PositionedGlyphs(glyphs, glyphs.Length) };

        using var document = PdfDocument.Open(new PdfWriter().WriteToArray(Documents.Of(Documents.Page(run))));

        Assert.Equal("axyzxb", string.Concat(document.GetPage(1).Letters.Select(l => l.Value)));
    }

    [ToolFact("pdffonts")]
    public void Every_font_is_embedded_and_subset_and_none_is_Type_3()
    {
        var page = Documents.Page(serif.Shape("Body text", 11, 60, 100), sans.Shape("Heading", 16, 60, 60));
        using var file = TempFile.With("fonts.pdf", new PdfWriter().WriteToArray(Documents.Of(page)));

        var (exitCode, output) = ExternalTool.Run("pdffonts", file.Path);
        Assert.Equal(0, exitCode);
        var fontLines = output.Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        Assert.Equal(2, fontLines.Count);
        Assert.All(fontLines, line =>
        {
            Assert.Matches(@"^[A-Z]{6}\+", line);
            Assert.Contains("CID TrueType", line, StringComparison.Ordinal);
            Assert.Matches(@"Identity-H\s+yes\s+yes\s+yes", line);
        });
        Assert.DoesNotContain("Type 3", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_embedded_font_is_a_small_subset_of_the_font_file()
    {
        var run = serif.Shape("İstanbul Şanlıurfa ığ office fifty", 11, 60, 100);
        var pdf = new PdfWriter().WriteToArray(Documents.Of(Documents.Page(run)));

        var fontFileSize = serif.Resource.Data.Length;
        Assert.True(pdf.Length * 10 < fontFileSize, $"PDF {pdf.Length} bytes vs font file {fontFileSize} bytes");
    }

    [Fact]
    public void The_subset_keeps_glyph_ids_so_used_glyphs_keep_their_outlines()
    {
        var run = serif.Shape("Şa", 11, 0, 0);
        var glyphs = run.Glyphs.Select(g => g.GlyphId).ToList();
        var subset = FontSubsetting.FontSubsetter.SubsetGlyphs(serif.Resource.Data, 0, glyphs);

        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, subset);
            using var subsetBlob = HarfBuzzSharp.Blob.FromFile(path);
            using var face = new HarfBuzzSharp.Face(subsetBlob, 0);
            using var font = new HarfBuzzSharp.Font(face);
            Assert.True(face.GlyphCount > glyphs.Max(), "retained ids: the subset's glyph count reaches the highest used id");
            Assert.True(subset.Length * 10 < serif.Resource.Data.Length);
            foreach (var glyph in glyphs)
            {
                Assert.True(font.TryGetGlyphExtents(glyph, out var extents) && extents.Width > 0, $"glyph {glyph} lost its outline");
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Subset_tags_follow_the_glyph_set()
    {
        Assert.Equal(SubsetTag.For("NotoSerif", [1, 2, 3]), SubsetTag.For("NotoSerif", [1, 2, 3]));
        Assert.NotEqual(SubsetTag.For("NotoSerif", [1, 2, 3]), SubsetTag.For("NotoSerif", [1, 2, 4]));
        Assert.Matches("^[A-Z]{6}$", SubsetTag.For("NotoSerif", [7]));
    }

    [Fact]
    public void ToUnicode_maps_ligatures_to_several_characters_and_astral_characters_to_surrogate_pairs()
    {
        var cmap = ToUnicodeCMapBuilder.Build(new SortedDictionary<ushort, string>
        {
            [0x0102] = "ffi",
            [0x0200] = "\U0001D465",
            [0x0300] = string.Empty,
        });

        Assert.Contains("<0102> <006600660069>", cmap, StringComparison.Ordinal);
        Assert.Contains("<0200> <D835DC65>", cmap, StringComparison.Ordinal);
        Assert.DoesNotContain("<0300>", cmap, StringComparison.Ordinal);
        Assert.Contains("2 beginbfchar", cmap, StringComparison.Ordinal);
    }

    [Fact]
    public void ToUnicode_blocks_hold_at_most_one_hundred_entries()
    {
        var glyphs = new SortedDictionary<ushort, string>();
        for (ushort g = 1; g <= 250; g++)
        {
            glyphs[g] = "a";
        }

        var blocks = Regex.Matches(ToUnicodeCMapBuilder.Build(glyphs), @"(\d+) beginbfchar").Select(m => int.Parse(m.Groups[1].Value));
        Assert.Equal([100, 100, 50], blocks);
    }

    // Not shipped with the repository (styles/fonts has no CFF font); Debian's fonts-ebgaramond has it.
    [FileFact(EbGaramond)]
    public void A_CFF_font_is_embedded_as_OpenType_and_its_text_extracts()
    {
        using var garamond = new TestFont(EbGaramond);
        Assert.True(garamond.Resource.IsCff);
        var pdf = new PdfWriter().WriteToArray(Documents.Of(Documents.Page(garamond.Shape("Şanlıurfa office", 12, 60, 100))));

        var raw = PdfBytes.Latin1(pdf);
        Assert.Contains("/Subtype /CIDFontType0", raw, StringComparison.Ordinal);
        Assert.Contains("/FontFile3", raw, StringComparison.Ordinal);
        Assert.Contains("/Subtype /OpenType", raw, StringComparison.Ordinal);
        Assert.True(pdf.Length * 4 < garamond.Resource.Data.Length);
        Samples.KeepWhenAsked("cff-sample.pdf", pdf);
        if (ExternalTool.IsInstalled("pdffonts"))
        {
            using var file = TempFile.With("cff.pdf", pdf);
            var (_, output) = ExternalTool.Run("pdffonts", file.Path);
            Assert.Matches(@"CID Type 0C \(OT\)\s+Identity-H\s+yes\s+yes\s+yes", output);
        }

        using var document = PdfDocument.Open(pdf);
        Assert.Equal("Şanlıurfa office", string.Join(' ', document.GetPage(1).GetWords().Select(w => w.Text)));
    }
}
