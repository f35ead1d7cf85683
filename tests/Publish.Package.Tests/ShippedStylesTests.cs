using Publish.Styles;

namespace Publish.Package.Tests;

/// <summary><see cref="HouseStyle.Default"/> and <see cref="ShippedStyles"/>: the styles beside the application, by name.</summary>
public sealed class ShippedStylesTests
{
    [Fact]
    public void The_default_style_is_the_shipped_default_yaml()
    {
        var style = HouseStyle.Default;

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "styles", "default.yaml"), style.SourceFile);
        Assert.Same(style, HouseStyle.Default);
    }

    [Fact]
    public void Other_shipped_styles_load_by_name()
    {
        Assert.Contains("a5", ShippedStyles.Names);
        var a5 = ShippedStyles.Load("a5");

        Assert.True(a5.Succeeded, string.Join("\n", a5.Diagnostics));
        Assert.NotEqual(HouseStyle.Default.Page, a5.Style!.Page);
    }

    [Theory]
    [InlineData("nonesuch")]
    [InlineData("../styles/default")]
    [InlineData("fonts/x")]
    public void A_name_that_is_not_a_shipped_style_fails_with_the_names_there_are(string name)
    {
        var result = ShippedStyles.Load(name);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(StyleDiagnosticCodes.StyleFileNotFound, error.Code);
        Assert.Contains("default", error.Message, StringComparison.Ordinal);
    }
}
