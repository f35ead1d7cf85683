using Publish.Model;

namespace Publish.Styles.Tests;

/// <summary>Issue 19: <c>extends:</c> lays a style's keys over another's, key by key, each key keeping the file that wrote it.</summary>
public sealed class ExtendsTests
{
    [Fact]
    public void Mappings_merge_key_by_key_lists_replace_and_the_base_name_is_not_inherited()
    {
        using var temp = new TempFolder();
        temp.Write("base.yaml", "extends: default\nname: Base\ntext:\n  body: {size: 12pt, leading: 16pt}\nfont-fallback: [Noto Sans]\n");
        var path = temp.Write("mine.yaml", "extends: base.yaml\ntext:\n  body: {size: 10pt}\nfont-fallback: [DejaVu Sans Mono]\n");

        var result = HouseStyleLoader.Load(path);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var style = result.Style!;
        Assert.Equal(10, style.Text.Body.Size);
        Assert.Equal(16, style.Text.Body.Leading);                          // from base.yaml
        Assert.Equal(TextAlignment.Justified, style.Text.Body.Alignment);    // from default.yaml
        Assert.Equal(["DejaVu Sans Mono"], style.FontFallback.ToArray());
        Assert.Equal("mine", style.Name);
        Assert.Equal([Path.Combine(temp.Path, "base.yaml"), Path.Combine(StyleFixture.StylesDirectory, "default.yaml")], style.ExtendedFiles.ToArray());
    }

    [Fact]
    public void A_bases_relative_font_stays_relative_to_the_base_and_its_errors_point_into_the_base()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "house", "type"));
        File.Copy(Path.Combine(StyleFixture.StylesDirectory, "fonts", "DejaVuSansMono.ttf"), Path.Combine(temp.Path, "house", "type", "Mono.ttf"));
        temp.Write("house/house.yaml", "fonts:\n  Mono: {regular: type/Mono.ttf}\ntext:\n  code: {family: Mono}\n  body: {sise: 1pt}\n");
        Directory.CreateDirectory(Path.Combine(temp.Path, "project"));
        var path = temp.Write("project/mine.yaml", "extends: ../house/house.yaml\n");

        var result = HouseStyleLoader.Load(path);

        var error = StyleFixture.SingleError(result);
        Assert.Equal(StyleDiagnosticCodes.UnknownKey, error.Code);
        Assert.Equal(new SourceSpan(Path.Combine(temp.Path, "house", "house.yaml"), 5, 10), error.Span);
    }

    [Fact]
    public void A_missing_base_file_is_an_error_at_the_extends_value()
    {
        using var temp = new TempFolder();
        var path = temp.Write("mine.yaml", "name: x\nextends: ./nowhere.yaml\n");

        var error = StyleFixture.SingleError(HouseStyleLoader.Load(path));

        Assert.Equal(StyleDiagnosticCodes.BaseStyleUnreadable, error.Code);
        Assert.Equal(new SourceSpan(path, 2, 10), error.Span);
    }
}
