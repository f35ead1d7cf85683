namespace Publish.Styles.Tests;

/// <summary>
/// <c>press.output-profile</c> and <c>press.output-condition</c>: a CMYK output ICC profile and its printing condition
/// load together; a missing file is PUB2042; a profile that is not one a PDF/X-4 output intent takes, half of the pair,
/// or a condition that is not ASCII is PUB2043 at the value, and the style does not load.
/// </summary>
public sealed class PressOutputIntentStyleTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("publish-press-style-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Shipped(string name) => Path.Combine(StyleFixture.RepositoryRoot(), "src", "Publish.Pdf", "Color", "Profiles", name);

    private static HouseStyleLoadResult Press(string profile, string condition = "FOGRA39") =>
        StyleFixture.ParseSnippet($"press:\n  output-profile: \"{profile}\"\n  output-condition: \"{condition}\"\n");

    [Fact]
    public void A_cmyk_output_profile_and_its_condition_load()
    {
        var result = Press(Shipped("FOGRA39-Publish.icc"), "FOGRA39L");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new PressOutputIntent(Shipped("FOGRA39-Publish.icc"), "FOGRA39L"), result.Style!.Press);
    }

    [Fact]
    public void Without_the_mapping_the_press_uses_the_shipped_condition()
    {
        Assert.Null(StyleFixture.ParseSnippet("name: plain\n").Style!.Press);
    }

    [Fact]
    public void A_missing_profile_is_PUB2042()
    {
        var error = StyleFixture.SingleError(Press(Path.Combine(folder, "absent.icc")));

        Assert.Equal(StyleDiagnosticCodes.OutputProfileMissing, error.Code);
        Assert.Equal((2, 19), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void A_display_rgb_profile_is_PUB2043()
    {
        var error = StyleFixture.SingleError(Press(Shipped("sRGB.icc")));

        Assert.Equal(StyleDiagnosticCodes.OutputIntentUnusable, error.Code);
        Assert.Contains("not a CMYK output (printer) profile", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_profile_is_PUB2043()
    {
        var bytes = File.ReadAllBytes(Shipped("FOGRA39-Publish.icc"));
        var truncated = Path.Combine(folder, "cut.icc");
        File.WriteAllBytes(truncated, bytes[..^100]);

        var error = StyleFixture.SingleError(Press(truncated));

        Assert.Equal(StyleDiagnosticCodes.OutputIntentUnusable, error.Code);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_an_icc_profile_is_PUB2043()
    {
        var text = Path.Combine(folder, "notes.icc");
        File.WriteAllText(text, new string('x', 400));

        Assert.Equal(StyleDiagnosticCodes.OutputIntentUnusable, StyleFixture.SingleError(Press(text)).Code);
    }

    [Theory]
    [InlineData("press:\n  output-profile: x.icc\n")]
    [InlineData("press:\n  output-condition: FOGRA39\n")]
    public void One_key_without_the_other_is_PUB2043(string yaml)
    {
        Assert.Equal(StyleDiagnosticCodes.OutputIntentUnusable, StyleFixture.SingleError(StyleFixture.ParseSnippet(yaml)).Code);
    }

    [Fact]
    public void A_condition_that_is_not_ascii_is_PUB2043()
    {
        var error = StyleFixture.SingleError(Press(Shipped("FOGRA39-Publish.icc"), "FOGRA39 kuşe"));

        Assert.Equal(StyleDiagnosticCodes.OutputIntentUnusable, error.Code);
        Assert.Equal(3, error.Span.Line);
    }
}
