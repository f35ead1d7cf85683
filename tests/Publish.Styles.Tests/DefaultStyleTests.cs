using System.Text.RegularExpressions;
using Publish.Model;

namespace Publish.Styles.Tests;

public sealed class DefaultStyleTests
{
    private const double Mm = 72.0 / 25.4;

    private static HouseStyle LoadDefault()
    {
        var result = HouseStyleLoader.Load(StyleFixture.DefaultStylePath);
        Assert.Empty(result.Diagnostics);
        return result.Style!;
    }

    [Fact]
    public void Default_style_is_A4_with_25mm_margins_and_no_bleed()
    {
        var page = LoadDefault().Page;

        Assert.Equal(210 * Mm, page.TrimWidth, 6);
        Assert.Equal(297 * Mm, page.TrimHeight, 6);
        Assert.Equal(new PageMargins(25 * Mm, 25 * Mm, 25 * Mm, 25 * Mm), page.Margins);
        Assert.Equal(0, page.Bleed);
        Assert.Equal(160 * Mm, page.TextWidth, 6);
    }

    [Fact]
    public void Default_body_is_Noto_Serif_11_on_14_5_justified_with_a_one_em_indent()
    {
        var style = LoadDefault();
        var body = style.Text.Body;

        Assert.Equal("Noto Serif", body.Family);
        Assert.Equal(FontFace.Regular, body.Face);
        Assert.Equal(11, body.Size);
        Assert.Equal(14.5, body.Leading);
        Assert.Equal(TextAlignment.Justified, body.Alignment);
        Assert.Equal(11, body.FirstLineIndent);
        Assert.Equal(StyleColor.Black, body.Color);
        Assert.Equal(Path.Combine(StyleFixture.StylesDirectory, "fonts", "NotoSerif-Regular.ttf"), style.FontFileFor(body));
    }

    [Fact]
    public void Default_notes_are_9pt_and_footer_is_Noto_Sans_7_5pt()
    {
        var style = LoadDefault();

        Assert.Equal(9, style.Text.Note.Size);
        Assert.Equal("Noto Sans", style.Text.Footer.Family);
        Assert.Equal(7.5, style.Text.Footer.Size);
        Assert.Same(style.Text.Footer, style.Footer.Text);
        Assert.Equal("1 / 12", style.Footer.FormatPageNumber(1, 12));
        Assert.Equal(new FooterRule(0.5, new StyleColor(0x80, 0x80, 0x80)), style.Footer.Rule);
        Assert.Equal(FooterPlacement.EveryPage, style.Footer.Placement);
    }

    [Fact]
    public void Every_text_role_names_a_family_in_the_font_table_whose_files_exist()
    {
        var style = LoadDefault();

        foreach (var role in Enum.GetValues<TextRole>())
        {
            var text = style.Text.For(role);
            Assert.True(File.Exists(style.FontFileFor(text)), $"{role}: {style.FontFileFor(text)}");
        }

        Assert.Equal(["DejaVu Sans Mono", "Noto Naskh Arabic", "Noto Sans", "Noto Serif", "Noto Serif Armenian", "Noto Serif Georgian", "Noto Serif Hebrew"], style.Fonts.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Default_falls_back_to_Noto_Sans_then_the_script_fonts_then_DejaVu_Sans_Mono()
    {
        var style = LoadDefault();

        Assert.Equal(["Noto Sans", "Noto Serif Hebrew", "Noto Naskh Arabic", "Noto Serif Armenian", "Noto Serif Georgian", "DejaVu Sans Mono"], style.FontFallback.ToArray());
        Assert.All(style.FontFallback, family => Assert.True(File.Exists(style.Fonts[family].Regular)));
    }

    [Fact]
    public void Default_hyphenates_English_German_and_French_with_the_shipped_patterns()
    {
        var hyphenation = LoadDefault().Hyphenation;

        Assert.True(hyphenation.Enabled);
        Assert.Equal((2, 3), (hyphenation.MinLeft, hyphenation.MinRight));
        var file = hyphenation.PatternFileFor("en-US");
        Assert.Equal(Path.Combine(StyleFixture.StylesDirectory, "hyphenation", "hyph_en_US.dic"), file);
        Assert.Equal(Path.Combine(StyleFixture.StylesDirectory, "hyphenation", "hyph_de_DE.dic"), hyphenation.PatternFileFor("de-AT"));
        Assert.Equal(Path.Combine(StyleFixture.StylesDirectory, "hyphenation", "hyph_fr.dic"), hyphenation.PatternFileFor("fr-CA"));
        Assert.Null(hyphenation.PatternFileFor("tr"));
    }

    [Fact]
    public void Default_epub_puts_notes_at_section_end_and_embeds_fonts()
    {
        Assert.Equal(new EpubOptions(NotesPlacement.SectionEnd, EmbedFonts: true), LoadDefault().Epub);
    }

    [Fact]
    public void Footer_lines_are_the_institution_block_at_the_end_of_the_sample_manuscript_cleaned()
    {
        var manuscript = Directory.GetFiles(Path.Combine(StyleFixture.RepositoryRoot(), "manuscript"), "*.txt").Single();
        var paragraphs = File.ReadAllText(manuscript)
            .Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToArray();
        // The block starts at the address line after the citation; clean it as the legacy reader must.
        var start = Array.FindLastIndex(paragraphs, p => p.StartsWith("To cite this article", StringComparison.Ordinal)) + 1;
        var expected = paragraphs[start..]
            .Select(p => Regex.Replace(p.Replace("**", string.Empty, StringComparison.Ordinal), "^<(.*)>$", "$1"))
            .ToArray();

        // Issue 19: the notice's closing year is the build date's ({year}), not the year the export was made.
        expected[^1] = Regex.Replace(expected[^1], @"2009-\d{4}", "2009–{year}");
        var lines = LoadDefault().Footer.Institution.Lines;

        Assert.Equal(expected, lines.Select(l => l.Text));
        Assert.Equal(7, lines.Length);
    }

    [Fact]
    public void Footer_lines_have_kinds_and_links()
    {
        var lines = LoadDefault().Footer.Institution.Lines;

        Assert.Equal(
            [
                InstitutionLineKind.Address, InstitutionLineKind.Telephone, InstitutionLineKind.Social, InstitutionLineKind.Social,
                InstitutionLineKind.Email, InstitutionLineKind.Web, InstitutionLineKind.Copyright,
            ],
            lines.Select(l => l.Kind));
        Assert.Equal("mailto:info@avim.org.tr", lines[4].Url);
        Assert.Equal("http://avim.org.tr", lines[5].Url);
        Assert.Equal("https://www.facebook.com/avrasyaincelemelerimerkezi", lines[3].Url);
        Assert.Null(lines[0].Url);
        Assert.Contains("Çankaya", lines[0].Text, StringComparison.Ordinal);
        Assert.Equal(StyleFixture.DefaultStylePath, lines[0].Span.File);
        Assert.True(lines[0].Span.Line > 1);
    }

    [Fact]
    public void LoadDefault_from_the_test_binaries_finds_the_copy_the_build_put_beside_them()
    {
        var result = HouseStyleLoader.LoadDefault(AppContext.BaseDirectory);

        Assert.True(result.Succeeded);
        Assert.StartsWith(Path.GetFullPath(AppContext.BaseDirectory), result.Style!.SourceFile, StringComparison.Ordinal);
        Assert.Equal("AVİM house style", result.Style.Name);
    }

    [Fact]
    public void FindDefaultStyle_searches_upwards_and_returns_null_when_there_is_none()
    {
        var root = StyleFixture.RepositoryRoot();
        var nested = Path.Combine(root, "src", "Publish.Styles");

        Assert.Equal(Path.Combine(root, "styles", "default.yaml"), HouseStyleLoader.FindDefaultStyle(nested));

        var empty = Directory.CreateTempSubdirectory("publish-styles-").FullName;
        try
        {
            // The temp folder's ancestors (/tmp, /) hold no styles folder.
            Assert.Null(HouseStyleLoader.FindDefaultStyle(empty));
            var error = StyleFixture.SingleError(HouseStyleLoader.LoadDefault(empty));
            Assert.Equal(StyleDiagnosticCodes.StyleFileNotFound, error.Code);
            Assert.Equal(empty, error.Span.File);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
