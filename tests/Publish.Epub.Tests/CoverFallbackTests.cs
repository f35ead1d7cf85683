using HarfBuzzSharp;
using Publish.Epub.Images;
using Publish.Model.Input;
using Publish.Model.Pages;
using HbBuffer = HarfBuzzSharp.Buffer;

namespace Publish.Epub.Tests;

/// <summary>
/// Issue 16: the drawn cover sets what the title family lacks (Hebrew, Arabic, Armenian, Georgian) in the style's
/// fallback families, shaped with HarfBuzz and ordered right to left where the text is, instead of .notdef boxes.
/// </summary>
public sealed class CoverFallbackTests
{
    // The titles of tests/manuscripts/markdown/hebrew-harbour.md and arabic-harbour.md, and an Armenian and a Georgian one.
    private const string Hebrew = "הנמל בערב";
    private const string Arabic = "الميناء في المساء";
    private const string Armenian = "Երևանի նավահանգիստը";
    private const string Georgian = "ბათუმის ნავსადგური";

    /// <summary>The default style's font-fallback, in its order.</summary>
    private static readonly string[] FallbackFamilies = ["NotoSans", "NotoSerifHebrew", "NotoNaskhArabic", "NotoSerifArmenian", "NotoSerifGeorgian"];

    [Theory]
    [InlineData(Hebrew, "NotoSerifHebrew-Bold.ttf")]
    [InlineData(Arabic, "NotoNaskhArabic-Bold.ttf")]
    [InlineData(Armenian, "NotoSerifArmenian-Bold.ttf")]
    [InlineData(Georgian, "NotoSerifGeorgian-Bold.ttf")]
    public void Every_run_of_a_non_latin_title_is_shaped_in_a_face_that_has_its_glyphs(string title, string expectedFace)
    {
        using var first = LoadFace("NotoSerif-Bold.ttf");
        using var chain = new CoverFaceChain(first, FallbackFamilies.Select(f => Font(f + "-Bold.ttf")), new FontFileStore());

        var runs = CoverBidi.VisualRuns(title, chain);

        Assert.All(runs, run =>
        {
            Assert.Equal(expectedFace, Path.GetFileName(run.Face.Path));
            Assert.Empty(NotdefGlyphs(run));
        });
    }

    /// <summary>UAX #9: in a right-to-left title a number keeps its digits' order and stands to the left of the word before it.</summary>
    [Fact]
    public void A_number_in_a_hebrew_title_is_drawn_left_of_the_word_before_it_digits_in_order()
    {
        using var first = LoadFace("NotoSerif-Bold.ttf");
        using var chain = new CoverFaceChain(first, FallbackFamilies.Select(f => Font(f + "-Bold.ttf")), new FontFileStore());

        var runs = CoverBidi.VisualRuns("הנמל 1948", chain);

        Assert.Equal(["1948", "הנמל "], runs.Select(r => r.Text));
        Assert.Equal([false, true], runs.Select(r => r.RightToLeft));
    }

    /// <summary>UAX #9 W7, N1, I1: in a left-to-right line a number after Hebrew belongs to it and is drawn on its left.</summary>
    [Fact]
    public void A_number_after_hebrew_in_a_latin_line_is_drawn_left_of_the_hebrew()
    {
        using var first = LoadFace("NotoSerif-Bold.ttf");
        using var chain = new CoverFaceChain(first, FallbackFamilies.Select(f => Font(f + "-Bold.ttf")), new FontFileStore());

        var runs = CoverBidi.VisualRuns("Harbour הנמל 1948", chain);

        Assert.Equal(["Harbour ", "1948", "הנמל "], runs.Select(r => r.Text));
        Assert.Equal([0, 2, 1], runs.Select(r => r.Level));
    }

    [Theory]
    [InlineData(Hebrew)]
    [InlineData(Armenian)]
    [InlineData(Georgian)]
    public void A_non_latin_title_cover_differs_from_one_drawn_without_the_fallback_fonts(string title)
    {
        Assert.NotEqual(Cover(title, withFallbacks: false), Cover(title, withFallbacks: true));
    }

    /// <summary>Latin covers are drawn as before issue 16: the fallback fonts change none of their bytes.</summary>
    [Fact]
    public void A_latin_title_cover_is_unchanged_by_the_fallback_fonts()
    {
        Assert.Equal(Cover(null, withFallbacks: false), Cover(null, withFallbacks: true));
    }

    [Fact]
    public void A_hebrew_cover_is_drawn_the_same_twice()
    {
        Assert.Equal(Cover(Hebrew, withFallbacks: true), Cover(Hebrew, withFallbacks: true));
    }

    private static byte[] Cover(string? title, bool withFallbacks)
    {
        var folder = WrittenEpub.NewFolder();
        var document = TestDocuments.Sample(folder);
        if (title is not null)
        {
            document = document with { Metadata = document.Metadata with { Title = title, Subtitle = title, Authors = [title] } };
        }

        var fonts = new EpubCoverFonts(Font("NotoSerif-Regular.ttf"), Font("NotoSerif-Bold.ttf"))
        {
            Fallbacks = withFallbacks
                ? [.. FallbackFamilies.Select(f => new EpubCoverFonts(Font(f + "-Regular.ttf"), Font(f + "-Bold.ttf")))]
                : [],
        };
        using var epub = WrittenEpub.Of(document, TestDocuments.Options() with { CoverFonts = fonts }, PrintPageMap.Empty, folder);
        return epub.Contents["EPUB/images/cover.jpg"];
    }

    private static List<int> NotdefGlyphs(CoverTextRun run)
    {
        using var buffer = new HbBuffer();
        buffer.AddUtf16(run.Text);
        buffer.Direction = run.RightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.GuessSegmentProperties();
        run.Face.Shaper.Shape(buffer);
        return [.. buffer.GlyphInfos.Select((g, i) => (g.Codepoint, i)).Where(g => g.Codepoint == 0).Select(g => g.i)];
    }

    private static CoverFace LoadFace(string file) => CoverFace.Load(Font(file), File.ReadAllBytes(Font(file)))!;

    private static string Font(string file) => Path.Combine(TestDocuments.RepositoryFonts(), file);
}
