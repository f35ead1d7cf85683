using Publish.Styles.Fonts;

namespace Publish.Styles.Tests;

/// <summary>A style naming an unusable font file fails to load, with the error at the line and column of the file name.</summary>
public sealed class FontFileStyleTests
{
    /// <summary>
    /// A style in a temp folder that declares every family the defaults use: Noto Serif (every text role) with
    /// the font under test, Noto Sans (footer, fallback) and DejaVu Sans Mono (code) with the shipped files.
    /// Line 3 is <c>    regular: {regular}</c>, its value at column 14.
    /// </summary>
    private static string Style(string regular, string? bold = null) =>
        "fonts:\n" +
        "  Noto Serif:\n" +
        $"    regular: {regular}\n" +
        (bold is null ? string.Empty : $"    bold: {bold}\n") +
        $"  Noto Sans:\n    regular: \"{FontBytes.ShippedPath("NotoSans-Regular.ttf")}\"\n" +
        $"  DejaVu Sans Mono:\n    regular: \"{FontBytes.ShippedPath("DejaVuSansMono.ttf")}\"\n";

    private static HouseStyleLoadResult Load(TempFolder folder, string yaml) => HouseStyleLoader.Load(folder.Write("style.yaml", yaml));

    [Fact]
    public void The_style_used_by_these_tests_loads_with_a_good_font()
    {
        using var folder = new TempFolder();
        folder.Write("body.ttf", FontBytes.NotoSerif());

        var result = Load(folder, Style("body.ttf"));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        // Only the warnings that the test family, a regular face alone, has its other faces imitated (PUB2048).
        Assert.All(result.Diagnostics, d => Assert.Equal(StyleDiagnosticCodes.FontFaceSynthesized, d.Code));
    }

    [Fact]
    public void A_truncated_font_is_reported_at_its_file_name()
    {
        using var folder = new TempFolder();
        var font = FontBytes.NotoSerif();
        folder.Write("body.ttf", font[..(font.Length / 3)]);

        var error = StyleFixture.SingleError(Load(folder, Style("body.ttf")));

        Assert.Equal(StyleDiagnosticCodes.FontFileDamaged, error.Code);
        Assert.Equal((Path.Combine(folder.Path, "style.yaml"), 3, 14), (error.Span.File, error.Span.Line, error.Span.Column));
        Assert.Contains("fonts.Noto Serif.regular 'body.ttf' cannot be used", error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0x0002, "restricted licence")]
    [InlineData(0x0200, "bitmap")]
    public void A_font_whose_licence_forbids_embedding_is_reported_at_its_file_name(int fsType, string why)
    {
        using var folder = new TempFolder();
        folder.Write("restricted.ttf", FontBytes.WithFsType(FontBytes.NotoSerif(), fsType));

        var error = StyleFixture.SingleError(Load(folder, Style("\"restricted.ttf\"")));

        Assert.Equal(StyleDiagnosticCodes.FontEmbeddingForbidden, error.Code);
        Assert.Equal((3, 14), (error.Span.Line, error.Span.Column));
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0x0004)]
    [InlineData(0x0008)]
    public void Preview_and_print_or_editable_fonts_load(int fsType)
    {
        using var folder = new TempFolder();
        folder.Write("body.ttf", FontBytes.WithFsType(FontBytes.NotoSerif(), fsType));

        Assert.True(Load(folder, Style("body.ttf")).Succeeded);
    }

    [Fact]
    public void A_file_that_is_not_a_font_is_reported_at_its_file_name()
    {
        using var folder = new TempFolder();
        folder.Write("body.ttf", "<html><body>404 Not Found</body></html>");

        var error = StyleFixture.SingleError(Load(folder, Style("body.ttf")));

        Assert.Equal((StyleDiagnosticCodes.FontFileDamaged, 3, 14), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Contains("not a font", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_font_file_over_the_size_limit_is_reported_at_its_file_name()
    {
        using var folder = new TempFolder();
        using (var stream = File.Create(Path.Combine(folder.Path, "huge.ttf")))
        {
            stream.SetLength(FontFileChecker.MaxFontFileBytes + 1);
        }

        var error = StyleFixture.SingleError(Load(folder, Style("huge.ttf")));

        Assert.Equal((StyleDiagnosticCodes.FontFileTooLarge, 3, 14), (error.Code, error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void One_bad_file_named_twice_is_reported_at_each_name()
    {
        using var folder = new TempFolder();
        folder.Write("body.ttf", FontBytes.WithUInt16(FontBytes.NotoSerif(), "maxp", 4, 1));

        var result = Load(folder, Style("body.ttf", bold: "body.ttf"));

        Assert.Null(result.Style);
        Assert.Equal(
            [(StyleDiagnosticCodes.FontFileDamaged, 3, 14), (StyleDiagnosticCodes.FontFileDamaged, 4, 11)],
            result.Diagnostics.Select(d => (d.Code, d.Span.Line, d.Span.Column)));
    }

    [Fact]
    public void A_font_replaced_after_a_load_is_checked_again()
    {
        using var folder = new TempFolder();
        var path = folder.Write("body.ttf", FontBytes.NotoSerif());
        Assert.True(Load(folder, Style("body.ttf")).Succeeded);

        File.WriteAllBytes(path, FontBytes.WithFsType(FontBytes.NotoSerif(), 0x0002));
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(1));

        Assert.Equal(StyleDiagnosticCodes.FontEmbeddingForbidden, StyleFixture.SingleError(Load(folder, Style("body.ttf"))).Code);
    }

    [Fact]
    public void A_damaged_built_in_font_is_reported_where_the_family_is_used()
    {
        // A style folder with its own fonts/ beside it, as the built-in families expect, with a truncated sans.
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "fonts"));
        foreach (var file in Directory.GetFiles(Path.Combine(StyleFixture.StylesDirectory, "fonts"), "*.ttf"))
        {
            File.Copy(file, Path.Combine(folder.Path, "fonts", Path.GetFileName(file)));
        }

        var sans = Path.Combine(folder.Path, "fonts", "NotoSans-Regular.ttf");
        File.WriteAllBytes(sans, File.ReadAllBytes(sans)[..1000]);
        const string yaml = "text:\n  caption: {family: Noto Sans}\n";

        var result = Load(folder, yaml);

        Assert.Null(result.Style);
        Assert.All(result.Diagnostics, d => Assert.Equal(StyleDiagnosticCodes.FontFileDamaged, d.Code));
        var atUse = Assert.Single(result.Diagnostics, d => d.Span.Line == 2);
        Assert.Equal(yaml.Split('\n')[1].IndexOf("Noto Sans", StringComparison.Ordinal) + 1, atUse.Span.Column);
        Assert.Contains("fonts/NotoSans-Regular.ttf", atUse.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", atUse.Message, StringComparison.Ordinal);
    }
}
