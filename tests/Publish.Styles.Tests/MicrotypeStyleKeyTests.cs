namespace Publish.Styles.Tests;

/// <summary><c>microtype:</c> (issue 18): character protrusion on or off, font expansion as a percentage.</summary>
public sealed class MicrotypeStyleKeyTests
{
    [Fact]
    public void Left_out_protrusion_is_on_and_expansion_off()
    {
        var result = StyleFixture.ParseSnippet("name: plain\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new MicrotypeSettings { Protrusion = true, Expansion = 0 }, result.Style!.Microtype);
    }

    [Theory]
    [InlineData("microtype:\n  protrusion: false\n", false, 0)]
    [InlineData("microtype:\n  expansion: 2%\n", true, 0.02)]
    [InlineData("microtype:\n  expansion: 1.5 %\n  protrusion: on\n", true, 0.015)]
    [InlineData("microtype:\n  expansion: none\n", true, 0)]
    [InlineData("microtype:\n  expansion: 0\n", true, 0)]
    public void Protrusion_is_a_boolean_and_expansion_a_percentage(string yaml, bool protrusion, double expansion)
    {
        var result = StyleFixture.ParseSnippet(yaml);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(protrusion, result.Style!.Microtype.Protrusion);
        Assert.Equal(expansion, result.Style.Microtype.Expansion, 9);
    }

    [Theory]
    [InlineData("microtype:\n  expansion: 2\n", StyleDiagnosticCodes.WrongType, 2, 14)]
    [InlineData("microtype:\n  expansion: wide\n", StyleDiagnosticCodes.WrongType, 2, 14)]
    [InlineData("microtype:\n  expansion: 8%\n", StyleDiagnosticCodes.ValueOutOfRange, 2, 14)]
    [InlineData("microtype:\n  expansion: -2%\n", StyleDiagnosticCodes.WrongType, 2, 14)]
    [InlineData("microtype:\n  protrusion: maybe\n", StyleDiagnosticCodes.WrongType, 2, 15)]
    [InlineData("microtype:\n  kerning: true\n", StyleDiagnosticCodes.UnknownKey, 2, 3)]
    public void A_wrong_value_is_reported_where_it_is_written(string yaml, string code, int line, int column)
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet(yaml));

        Assert.Equal((code, line, column), (error.Code, error.Span.Line, error.Span.Column));
    }
}
