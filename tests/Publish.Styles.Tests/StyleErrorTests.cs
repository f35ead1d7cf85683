using Publish.Model.Diagnostics;

namespace Publish.Styles.Tests;

/// <summary>Every error kind: its code, its line and column, and that no style comes back.</summary>
public sealed class StyleErrorTests
{
    [Fact]
    public void Unknown_top_level_key_is_reported_at_the_key_with_a_suggestion()
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet("name: x\npages:\n  size: A4\n"));

        Assert.Equal(StyleDiagnosticCodes.UnknownKey, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal((2, 1), (error.Span.Line, error.Span.Column));
        Assert.Contains("did you mean 'page'?", error.Message, StringComparison.Ordinal);
        Assert.Equal(StyleFixture.SnippetPath, error.Span.File);
    }

    [Fact]
    // The CLI's and the manifest's rule (NearestName): up to a third of a long name may be mistyped.
    public void A_long_key_with_three_typos_still_gets_a_suggestion()
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet("text:\n  body:\n    frst-lin-indnt: 1em\n"));

        Assert.Equal(StyleDiagnosticCodes.UnknownKey, error.Code);
        Assert.Contains("did you mean 'first-line-indent'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_nested_key_is_reported_at_its_line_and_column()
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet("text:\n  body:\n    size: 10pt\n    colour: \"#000\"\n"));

        Assert.Equal(StyleDiagnosticCodes.UnknownKey, error.Code);
        Assert.Equal((4, 5), (error.Span.Line, error.Span.Column));
        Assert.Contains("'colour' in text.body; did you mean 'color'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_key_is_reported_at_the_second_occurrence()
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet("page:\n  size: A4\n  size: A5\n"));

        Assert.Equal(StyleDiagnosticCodes.DuplicateKey, error.Code);
        Assert.Equal((3, 3), (error.Span.Line, error.Span.Column));
        Assert.Contains("first at line 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("page: A4\n", 1, 7)]
    [InlineData("footer:\n  lines: just one line\n", 2, 10)]
    [InlineData("text:\n  body:\n    family: [Noto Serif]\n", 3, 13)]
    [InlineData("epub:\n  embed-fonts: maybe\n", 2, 16)]
    [InlineData("hyphenation:\n  min-left: two\n", 2, 13)]
    public void Wrong_type_is_reported_at_the_value(string yaml, int line, int column)
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet(yaml));

        Assert.Equal(StyleDiagnosticCodes.WrongType, error.Code);
        Assert.Equal((line, column), (error.Span.Line, error.Span.Column));
    }

    [Theory]
    [InlineData("text:\n  body:\n    size: eleven\n", 3, 11)]
    [InlineData("text:\n  body:\n    size: 11px\n", 3, 11)]
    [InlineData("text:\n  body:\n    size: 1em\n", 3, 11)]
    [InlineData("page:\n  margins: {top: \"2,5cm\"}\n", 2, 18)]
    public void Invalid_length_is_reported_at_the_value(string yaml, int line, int column)
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet(yaml));

        Assert.Equal(StyleDiagnosticCodes.InvalidLength, error.Code);
        Assert.Equal((line, column), (error.Span.Line, error.Span.Column));
    }

    [Theory]
    [InlineData("page:\n  size: A7\n", 2, 9)]
    [InlineData("page:\n  size: [210mm, 297mm]\n", 2, 9)]
    [InlineData("page:\n  size: {width: 150mm}\n", 2, 9)]
    [InlineData("page:\n  size:\n    width: 150mm\n    height: 10mm\n", 4, 13)]
    public void Bad_page_size_is_reported(string yaml, int line, int column)
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet(yaml));

        Assert.Equal(StyleDiagnosticCodes.InvalidPageSize, error.Code);
        Assert.Equal((line, column), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Custom_page_size_accepts_any_units()
    {
        var result = StyleFixture.ParseSnippet("page:\n  size: {width: 6in, height: 23cm}\n  margins: 0.5in\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(432, result.Style!.Page.TrimWidth, 9);
        Assert.Equal(230 * 72 / 25.4, result.Style.Page.TrimHeight, 9);
        Assert.Equal(new PageMargins(36, 36, 36, 36), result.Style.Page.Margins);
    }

    [Fact]
    public void Margins_that_leave_no_text_area_are_reported_at_the_margins()
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet("page:\n  size: A5\n  margins: {inner: 70mm, outer: 70mm}\n"));

        Assert.Equal(StyleDiagnosticCodes.TextAreaTooSmall, error.Code);
        Assert.Equal((3, 12), (error.Span.Line, error.Span.Column));
    }

    [Theory]
    [InlineData("text:\n  body:\n    color: \"#12\"\n")]
    [InlineData("text:\n  body:\n    color: black\n")]
    [InlineData("text:\n  body:\n    color: \"#gg0000\"\n")]
    public void Invalid_colour_is_reported(string yaml)
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet(yaml));

        Assert.Equal(StyleDiagnosticCodes.InvalidColour, error.Code);
        Assert.Equal((3, 12), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Unquoted_colour_is_a_comment_and_so_an_empty_value_that_keeps_the_default()
    {
        // YAML reads `#333` after a space as a comment: the key is present but empty, which means "default".
        var result = StyleFixture.ParseSnippet("text:\n  body:\n    color: #333\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(StyleColor.Black, result.Style!.Text.Body.Color);
    }

    [Theory]
    [InlineData("text:\n  body:\n    align: left\n", 3, 12)]
    [InlineData("text:\n  note:\n    face: light\n", 3, 11)]
    [InlineData("epub:\n  notes: endnotes\n", 2, 10)]
    [InlineData("footer:\n  placement: second-page\n", 2, 14)]
    [InlineData("footer:\n  align: justified\n", 2, 10)]
    [InlineData("text:\n  note:\n    align: centered\n", 3, 12)]
    [InlineData("footer:\n  lines:\n    - {text: x, kind: fax}\n", 3, 23)]
    public void Value_outside_its_choices_is_reported(string yaml, int line, int column)
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet(yaml));

        Assert.Equal(StyleDiagnosticCodes.InvalidChoice, error.Code);
        Assert.Equal((line, column), (error.Span.Line, error.Span.Column));
        Assert.Contains("must be one of", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hyphenation:\n  min-left: 0\n")]
    [InlineData("text:\n  body:\n    size: 0pt\n")]
    [InlineData("text:\n  body:\n    leading: -2pt\n")]
    public void Value_out_of_range_is_reported(string yaml)
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet(yaml));

        Assert.Equal(StyleDiagnosticCodes.ValueOutOfRange, error.Code);
    }

    [Theory]
    [InlineData("footer:\n  page-number: \"Page {page} of {chapter}\"\n")]
    [InlineData("footer:\n  page-number: \"{page\"\n")]
    public void Page_number_format_with_unknown_placeholder_is_reported(string yaml)
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet(yaml));

        Assert.Equal(StyleDiagnosticCodes.InvalidPageNumberFormat, error.Code);
        Assert.Equal((2, 16), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Unknown_font_family_is_reported_where_it_is_named()
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet("text:\n  heading-2:\n    family: Garamond\n"));

        Assert.Equal(StyleDiagnosticCodes.UnknownFontFamily, error.Code);
        Assert.Equal((3, 13), (error.Span.Line, error.Span.Column));
        Assert.Contains("'Garamond' of heading-2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_fallback_family_is_reported_at_its_list_item()
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet("font-fallback:\n  - Noto Sans\n  - Symbola\n"));

        Assert.Equal(StyleDiagnosticCodes.UnknownFontFamily, error.Code);
        Assert.Equal((3, 5), (error.Span.Line, error.Span.Column));
        Assert.Contains("'Symbola' of font-fallback", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fallback_chain_must_be_a_list_without_repeats()
    {
        Assert.Equal(StyleDiagnosticCodes.WrongType, StyleFixture.SingleError(StyleFixture.ParseSnippet("font-fallback: Noto Sans\n")).Code);
        var repeat = StyleFixture.SingleError(StyleFixture.ParseSnippet("font-fallback: [Noto Sans, Noto Sans]\n"));
        Assert.Equal((StyleDiagnosticCodes.DuplicateKey, 1, 28), (repeat.Code, repeat.Span.Line, repeat.Span.Column));
    }

    [Fact]
    public void Empty_fallback_chain_turns_fallback_off_and_drops_unused_built_in_families()
    {
        var result = StyleFixture.ParseSnippet("font-fallback: []\n");

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Style!.FontFallback);
        Assert.True(result.Style.Fonts.ContainsKey("Noto Sans"));
    }

    [Fact]
    public void Missing_font_file_is_reported_at_the_file_name()
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet(
            "fonts:\n  Noto Serif:\n    regular: fonts/NotoSerif-Regular.ttf\n    italic: fonts/NoSuchFace.ttf\n"));

        Assert.Equal(StyleDiagnosticCodes.FontFileMissing, error.Code);
        Assert.Equal((4, 13), (error.Span.Line, error.Span.Column));
        Assert.Contains("fonts.Noto Serif.italic", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Font_file_name_with_a_nul_character_is_a_missing_file_not_an_exception()
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet("fonts:\n  X:\n    regular: \"a\\0b.ttf\"\n"));

        Assert.Equal(StyleDiagnosticCodes.FontFileMissing, error.Code);
        Assert.Equal((3, 14), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Font_family_without_a_regular_face_is_reported_at_the_family()
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet("fonts:\n  Bolds:\n    bold: fonts/NotoSans-Bold.ttf\n"));

        Assert.Equal(StyleDiagnosticCodes.FontFamilyWithoutRegularFace, error.Code);
        Assert.Equal((2, 3), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void A_declared_family_may_be_used_and_overrides_the_built_in_one()
    {
        var result = StyleFixture.ParseSnippet(
            "fonts:\n  Mono:\n    regular: fonts/DejaVuSansMono.ttf\nfont-fallback: []\ntext:\n  code: {family: Mono}\n");

        Assert.Empty(result.Diagnostics);
        var code = result.Style!.Text.Code;
        Assert.Equal("Mono", code.Family);
        Assert.Equal(Path.Combine(StyleFixture.StylesDirectory, "fonts", "DejaVuSansMono.ttf"), result.Style.FontFileFor(code));
        // Built-in families enter the table only when something uses them.
        Assert.DoesNotContain("DejaVu Sans Mono", result.Style.Fonts.Keys);
    }

    [Fact]
    public void Built_in_families_are_missing_beside_a_style_in_a_folder_without_fonts_when_no_fonts_are_shipped()
    {
        var folder = Directory.CreateTempSubdirectory("publish-styles-").FullName;
        try
        {
            var path = Path.Combine(folder, "mine.yaml");
            File.WriteAllText(path, "text:\n  body: {family: Noto Serif}\n");

            // No shipped styles folder (an empty one): nothing but the style's own folder is searched.
            var result = HouseStyleLoader.Load(path, new StyleLoadOptions { ShippedStylesFolder = folder });

            Assert.Null(result.Style);
            Assert.All(result.Diagnostics, d => Assert.Equal(StyleDiagnosticCodes.FontFileMissing, d.Code));
            // Body names the family at line 2; the roles left to defaults can only point at the file.
            Assert.Contains(result.Diagnostics, d => d.Span.Line == 2 && d.Message.Contains("of body", StringComparison.Ordinal));
            Assert.Contains(result.Diagnostics, d => d.Span.Line == 0 && d.Message.Contains("'DejaVu Sans Mono' of code", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Built_in_families_come_from_the_shipped_fonts_for_a_style_in_a_folder_without_fonts()
    {
        var folder = Directory.CreateTempSubdirectory("publish-styles-").FullName;
        try
        {
            var path = Path.Combine(folder, "mine.yaml");
            File.WriteAllText(path, "text:\n  body: {family: Noto Serif, size: 12pt}\n");

            var result = HouseStyleLoader.Load(path);

            Assert.Empty(result.Diagnostics);
            Assert.Equal(Path.Combine(StyleFixture.StylesDirectory, "fonts", "NotoSerif-Regular.ttf"), result.Style!.Fonts["Noto Serif"].Regular);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Missing_hyphenation_pattern_file_is_reported_at_the_file_name()
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet("hyphenation:\n  patterns:\n    tr: hyphenation/hyph_tr.dic\n"));

        Assert.Equal(StyleDiagnosticCodes.HyphenationPatternFileMissing, error.Code);
        Assert.Equal((3, 9), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Yaml_syntax_error_is_reported_at_its_position()
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet("page:\n  size: A4\n margins: 20mm\n"));

        Assert.Equal(StyleDiagnosticCodes.YamlSyntaxError, error.Code);
        Assert.Equal(3, error.Span.Line);
        Assert.DoesNotContain("Idx:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tab_indentation_is_reported_at_the_tab()
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet("name: x\npage:\n\tsize: A4\n"));

        Assert.Equal((StyleDiagnosticCodes.YamlSyntaxError, 3, 1), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Contains("tabs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unquoted_page_number_format_is_a_wrong_type_that_says_to_quote_it()
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet("footer:\n  page-number: {page}\n"));

        Assert.Equal((StyleDiagnosticCodes.WrongType, 2, 16), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Contains("quote it", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("english")]
    [InlineData("en-a")] // an extension singleton with nothing after it: ill-formed BCP 47, as the front matter says
    public void Hyphenation_language_must_be_a_language_tag(string language)
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet($"hyphenation:\n  patterns:\n    {language}: hyphenation/hyph_en_US.dic\n"));

        Assert.Equal((StyleDiagnosticCodes.InvalidChoice, 3, 5), (error.Code, error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Input_on_which_the_yaml_scanner_throws_a_non_yaml_exception_is_still_a_syntax_error()
    {
        // Found by StyleRobustnessTests: YamlDotNet 18.1 throws InvalidOperationException here.
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet("? [\t0\n11pt99999in0\n"));

        Assert.Equal(StyleDiagnosticCodes.YamlSyntaxError, error.Code);
    }

    [Theory]
    [InlineData("base: &b {size: 10pt}\ntext:\n  body: *b\n", 1, 7)]
    [InlineData("text:\n  body: !custom {size: 10pt}\n", 2, 9)]
    [InlineData("name: one\n---\nname: two\n", 2, 1)]
    [InlineData("? [a, b]\n: c\n", 1, 3)]
    public void Yaml_features_a_style_does_not_need_are_refused(string yaml, int line, int column)
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet(yaml));

        Assert.Equal(StyleDiagnosticCodes.YamlFeatureNotSupported, error.Code);
        Assert.Equal((line, column), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Missing_style_file_is_reported_for_the_whole_file()
    {
        var path = Path.Combine(StyleFixture.StylesDirectory, "no-such-style.yaml");

        var error = StyleFixture.SingleError(HouseStyleLoader.Load(path));

        Assert.Equal(StyleDiagnosticCodes.StyleFileNotFound, error.Code);
        Assert.Equal(path, error.Span.File);
        Assert.Equal(0, error.Span.Line);
    }

    [Fact]
    public void Style_file_that_is_not_UTF8_is_unreadable()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [(byte)'n', (byte)'a', (byte)'m', (byte)'e', (byte)':', (byte)' ', 0xDD, 0xFF, (byte)'\n']);

            Assert.Equal(StyleDiagnosticCodes.StyleFileUnreadable, StyleFixture.SingleError(HouseStyleLoader.Load(path)).Code);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Style_file_over_the_size_limit_is_refused_unread()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# " + new string('x', (int)HouseStyleLoader.MaxStyleFileBytes) + "\n");

            Assert.Equal(StyleDiagnosticCodes.StyleFileTooLarge, StyleFixture.SingleError(HouseStyleLoader.Load(path)).Code);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void All_errors_of_a_file_are_reported_in_one_pass_in_source_order()
    {
        var result = StyleFixture.ParseSnippet(
            "page:\n  size: A9\ntext:\n  body:\n    size: big\n    family: Nope\nepub:\n  notes: inline\nextra: 1\n");

        Assert.Null(result.Style);
        Assert.Equal(
            [
                (StyleDiagnosticCodes.InvalidPageSize, 2),
                (StyleDiagnosticCodes.InvalidLength, 5),
                (StyleDiagnosticCodes.UnknownFontFamily, 6),
                (StyleDiagnosticCodes.InvalidChoice, 8),
                (StyleDiagnosticCodes.UnknownKey, 9),
            ],
            result.Diagnostics.Select(d => (d.Code, d.Span.Line)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n")]
    public void Empty_style_is_the_built_in_default(string yaml)
    {
        var result = StyleFixture.ParseSnippet(yaml);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(11, result.Style!.Text.Body.Size);
        Assert.Equal("snippet", result.Style.Name);
        Assert.Empty(result.Style.Footer.Institution.Lines);
    }

    [Fact]
    public void Diagnostic_prints_as_file_line_column_code_message()
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet("epub:\n  notes: inline\n"));

        Assert.StartsWith($"{StyleFixture.SnippetPath}:2:10: error PUB2023: epub.notes 'inline' must be one of", error.ToString(), StringComparison.Ordinal);
    }
}
