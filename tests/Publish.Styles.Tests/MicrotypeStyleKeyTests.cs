namespace Publish.Styles.Tests;

/// <summary><c>microtype:</c> (issue 18): character protrusion on or off, font expansion as percentages (both ways, or a stretch and a shrink of their own).</summary>
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
    [InlineData("microtype:\n  expansion: 4%\n", 0.04, 0.04)]
    [InlineData("microtype:\n  expansion: 4%\n  shrink: 2%\n", 0.04, 0.02)]
    [InlineData("microtype:\n  shrink: 1.5%\n  expansion: 3%\n", 0.03, 0.015)]
    [InlineData("microtype:\n  stretch: 4%\n  shrink: 2.5%\n", 0.04, 0.025)]
    [InlineData("microtype:\n  stretch: 3%\n", 0.03, 0)]
    [InlineData("microtype:\n  shrink: 2%\n", 0, 0.02)]
    [InlineData("microtype:\n  expansion: 2%\n  stretch: none\n", 0, 0.02)]
    public void Stretch_and_shrink_each_set_one_way_and_expansion_the_way_they_leave_out(string yaml, double stretch, double shrink)
    {
        var result = StyleFixture.ParseSnippet(yaml);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(stretch, result.Style!.Microtype.Stretch, 9);
        Assert.Equal(shrink, result.Style.Microtype.Shrink, 9);
    }

    [Theory]
    [InlineData("microtype:\n  expansion: 2\n", StyleDiagnosticCodes.WrongType, 2, 14)]
    [InlineData("microtype:\n  expansion: wide\n", StyleDiagnosticCodes.WrongType, 2, 14)]
    [InlineData("microtype:\n  expansion: 8%\n", StyleDiagnosticCodes.ValueOutOfRange, 2, 14)]
    [InlineData("microtype:\n  expansion: -2%\n", StyleDiagnosticCodes.WrongType, 2, 14)]
    [InlineData("microtype:\n  expansion: 4%\n  shrink: 6%\n", StyleDiagnosticCodes.ValueOutOfRange, 3, 11)]
    [InlineData("microtype:\n  stretch: narrow\n", StyleDiagnosticCodes.WrongType, 2, 12)]
    [InlineData("microtype:\n  shrink: 2\n", StyleDiagnosticCodes.WrongType, 2, 11)]
    [InlineData("microtype:\n  protrusion: maybe\n", StyleDiagnosticCodes.WrongType, 2, 15)]
    [InlineData("microtype:\n  kerning: true\n", StyleDiagnosticCodes.UnknownKey, 2, 3)]
    public void A_wrong_value_is_reported_where_it_is_written(string yaml, string code, int line, int column)
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet(yaml));

        Assert.Equal((code, line, column), (error.Code, error.Span.Line, error.Span.Column));
    }
}
