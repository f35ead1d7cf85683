namespace Publish.Styles.Tests;

public sealed class SecondStyleTests
{
    private const double Mm = 72.0 / 25.4;

    private static HouseStyle LoadA5()
    {
        var result = HouseStyleLoader.Load(Path.Combine(StyleFixture.StylesDirectory, "a5.yaml"));
        Assert.Empty(result.Diagnostics);
        return result.Style!;
    }

    [Fact]
    public void A5_style_sets_its_own_page_margins_and_bleed()
    {
        var page = LoadA5().Page;

        Assert.Equal(148 * Mm, page.TrimWidth, 6);
        Assert.Equal(210 * Mm, page.TrimHeight, 6);
        Assert.Equal(13 * Mm, page.Margins.Outer, 6);
        Assert.Equal(18 * Mm, page.Margins.Inner, 6);
        Assert.Equal(3 * Mm, page.Bleed, 6);
        Assert.Equal(154 * Mm, page.MediaWidth, 6);
    }

    [Fact]
    public void A5_body_uses_paragraph_spacing_in_em_of_its_own_size()
    {
        var body = LoadA5().Text.Body;

        Assert.Equal(0, body.FirstLineIndent);
        Assert.Equal(0.5 * 9.5, body.SpaceAfter, 9);
        Assert.Equal(TextAlignment.Ragged, body.Alignment);
        Assert.Equal("Noto Sans", body.Family);
    }

    [Fact]
    public void Keys_left_out_take_the_built_in_defaults()
    {
        var style = LoadA5();

        // code: not in a5.yaml, and no fonts: table — the built-in family table supplies DejaVu Sans Mono.
        Assert.Equal("DejaVu Sans Mono", style.Text.Code.Family);
        Assert.EndsWith("DejaVuSansMono.ttf", style.FontFileFor(style.Text.Code), StringComparison.Ordinal);
        // author keeps the default's italic face, which Noto Sans has (issue 18: the A5 style lost every italic).
        Assert.Equal(FontFace.Italic, style.Text.Author.Face);
        Assert.EndsWith("NotoSans-Italic.ttf", style.FontFileFor(style.Text.Author), StringComparison.Ordinal);
        Assert.True(style.Hyphenation.Enabled);
        Assert.NotNull(style.Hyphenation.PatternFileFor("en"));
    }

    [Fact]
    public void A5_footer_options_differ_from_the_default()
    {
        var style = LoadA5();

        Assert.Null(style.Footer.Rule);
        Assert.Equal(FooterPlacement.LastPage, style.Footer.Placement);
        Assert.Equal("7", style.Footer.FormatPageNumber(7, 9));
        Assert.Equal(3, style.Footer.Institution.Lines.Length);
        Assert.Equal(new EpubOptions(NotesPlacement.AfterParagraph, EmbedFonts: false), style.Epub);
        Assert.Equal((3, 3), (style.Hyphenation.MinLeft, style.Hyphenation.MinRight));
    }
}
