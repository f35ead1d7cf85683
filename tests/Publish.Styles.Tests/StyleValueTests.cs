using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Styles.Reading;

namespace Publish.Styles.Tests;

public sealed class StyleValueTests
{
    [Theory]
    [InlineData("11pt", 11.0)]
    [InlineData("11", 11.0)]
    [InlineData(" 7.5 pt ", 7.5)]
    [InlineData("25mm", 70.86614173228347)]
    [InlineData("2cm", 56.69291338582677)]
    [InlineData("1in", 72.0)]
    [InlineData("1IN", 72.0)]
    [InlineData("2pc", 24.0)]
    [InlineData(".5in", 36.0)]
    public void Lengths_convert_to_points(string text, double points)
    {
        Assert.True(LengthParser.TryParse(text, allowEm: false, out var measure));
        Assert.False(measure.IsEm);
        Assert.Equal(points, measure.Value, 9);
    }

    [Theory]
    [InlineData("")]
    [InlineData("pt")]
    [InlineData("1,5pt")]
    [InlineData("11 furlongs")]
    [InlineData("1e3pt")]
    [InlineData("1em")]
    public void Non_lengths_are_refused(string text)
    {
        Assert.False(LengthParser.TryParse(text, allowEm: false, out _));
    }

    [Fact]
    public void Em_is_a_length_only_where_allowed_and_resolves_against_the_font_size()
    {
        Assert.True(LengthParser.TryParse("1.5em", allowEm: true, out var measure));
        Assert.True(measure.IsEm);
        Assert.Equal(15, measure.Resolve(10));
    }

    [Fact]
    public void An_em_indent_follows_a_changed_font_size()
    {
        var result = StyleFixture.ParseSnippet("text:\n  body: {size: 10pt}\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(10, result.Style!.Text.Body.FirstLineIndent);
        Assert.Equal(15, result.Style.Text.Bibliography.HangingIndent);
    }

    [Theory]
    [InlineData("#000000", 0, 0, 0)]
    [InlineData("#1F3a5f", 0x1f, 0x3a, 0x5f)]
    [InlineData("#fff", 255, 255, 255)]
    public void Colours_parse_from_hex(string text, int r, int g, int b)
    {
        Assert.True(StyleColor.TryParse(text, out var color));
        Assert.Equal(new StyleColor((byte)r, (byte)g, (byte)b), color);
        Assert.Equal(text.Length == 7 ? text.ToLowerInvariant() : "#ffffff", color.ToString());
    }

    [Theory]
    [InlineData(FontFace.Italic, true, true, true, FontFace.Italic)]
    [InlineData(FontFace.Italic, false, true, true, FontFace.Regular)]
    [InlineData(FontFace.Bold, true, false, true, FontFace.Regular)]
    [InlineData(FontFace.BoldItalic, true, true, true, FontFace.BoldItalic)]
    [InlineData(FontFace.BoldItalic, true, true, false, FontFace.Bold)]
    [InlineData(FontFace.BoldItalic, true, false, false, FontFace.Italic)]
    [InlineData(FontFace.BoldItalic, false, false, false, FontFace.Regular)]
    public void Missing_faces_fall_back_by_the_documented_rule(FontFace requested, bool italic, bool bold, bool boldItalic, FontFace expected)
    {
        var family = new FontFamilyDefinition("F", "r.ttf", italic ? "i.ttf" : null, bold ? "b.ttf" : null, boldItalic ? "bi.ttf" : null);

        Assert.Equal(expected, family.AvailableFace(requested));
        var expectedFile = expected switch
        {
            FontFace.Italic => "i.ttf",
            FontFace.Bold => "b.ttf",
            FontFace.BoldItalic => "bi.ttf",
            _ => "r.ttf",
        };
        Assert.Equal(expectedFile, family.FileFor(requested));
    }

    [Theory]
    [InlineData("Süleyman Nazif Sok. No: 12/B", InstitutionLineKind.Other, null)]
    [InlineData("Tel: +90 (312) 438 50 23-24", InstitutionLineKind.Telephone, null)]
    [InlineData("@avimorgtr", InstitutionLineKind.Social, null)]
    [InlineData("https://x.com/avimorgtr", InstitutionLineKind.Social, "https://x.com/avimorgtr")]
    [InlineData("https://example.org/about", InstitutionLineKind.Web, "https://example.org/about")]
    [InlineData("E-Mail: info@avim.org.tr", InstitutionLineKind.Email, "mailto:info@avim.org.tr")]
    [InlineData("© 2025 Someone", InstitutionLineKind.Copyright, null)]
    public void Unmarked_footer_lines_are_classified(string text, InstitutionLineKind kind, string? url)
    {
        Assert.Equal(kind, InstitutionLineClassifier.KindOf(text) ?? InstitutionLineKind.Other);
        Assert.Equal(url, InstitutionLineClassifier.ImpliedUrl(kind, text));
    }

    [Fact]
    public void A_footer_line_may_state_its_kind_and_link()
    {
        var result = StyleFixture.ParseSnippet("footer:\n  lines:\n    - {text: \"@avimorgtr\", url: \"https://x.com/avimorgtr\", kind: social}\n");

        Assert.Empty(result.Diagnostics);
        var line = Assert.Single(result.Style!.Footer.Institution.Lines);
        Assert.Equal(new InstitutionLine(InstitutionLineKind.Social, "@avimorgtr", "https://x.com/avimorgtr", new SourceSpan(StyleFixture.SnippetPath, 3, 7)), line);
    }

    [Fact]
    public void Page_number_format_substitutes_both_placeholders()
    {
        var result = StyleFixture.ParseSnippet("footer:\n  page-number: \"Page {page} of {pages}\"\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Page 3 of 10", result.Style!.Footer.FormatPageNumber(3, 10));
    }

    [Fact]
    public void Hyphenation_can_be_switched_off()
    {
        var result = StyleFixture.ParseSnippet("hyphenation:\n  enabled: no\n");

        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Style!.Hyphenation.PatternFileFor("en"));
    }

    [Fact]
    public void A_bold_italic_role_in_a_family_without_that_face_falls_back_to_bold_with_a_warning()
    {
        var result = StyleFixture.ParseSnippet(
            "fonts:\n  Upright Sans: {regular: fonts/NotoSans-Regular.ttf, bold: fonts/NotoSans-Bold.ttf}\n" +
            "text:\n  heading-3: {family: Upright Sans}\n");

        var heading = result.Style!.Text.Heading3;
        Assert.Equal(FontFace.BoldItalic, heading.Face);
        Assert.EndsWith("NotoSans-Bold.ttf", result.Style.FontFileFor(heading), StringComparison.Ordinal);

        // Heading text may hold emphasis, so the family's missing italic is named as well as its bold italic: each
        // once, at the family's declaration, saying how the print edition imitates it.
        Assert.All(result.Diagnostics, d => Assert.Equal((DiagnosticSeverity.Warning, StyleDiagnosticCodes.FontFaceSynthesized, 2, 3), (d.Severity, d.Code, d.Span.Line, d.Span.Column)));
        Assert.Equal(2, result.Diagnostics.Length);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("no italic face", StringComparison.Ordinal) && d.Message.Contains("regular face slanted 12°", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("no bold italic face", StringComparison.Ordinal) && d.Message.Contains("bold face slanted 12°", StringComparison.Ordinal));
    }

    [Fact]
    public void Noto_sans_has_all_four_faces_and_loads_without_a_warning()
    {
        var result = StyleFixture.ParseSnippet("text:\n  body: {family: Noto Sans}\n  heading-3: {family: Noto Sans}\n");

        Assert.Empty(result.Diagnostics);
        Assert.EndsWith("NotoSans-BoldItalic.ttf", result.Style!.FontFileFor(result.Style.Text.Heading3), StringComparison.Ordinal);
        Assert.EndsWith("NotoSans-Italic.ttf", result.Style.Fonts["Noto Sans"].FileFor(FontFace.Italic), StringComparison.Ordinal);
    }

    [Fact]
    public void A_footer_family_needs_only_its_own_face()
    {
        var result = StyleFixture.ParseSnippet(
            "fonts:\n  Plain: {regular: fonts/NotoSans-Regular.ttf}\nfooter: {family: Plain}\n");

        Assert.Empty(result.Diagnostics);
    }
}
