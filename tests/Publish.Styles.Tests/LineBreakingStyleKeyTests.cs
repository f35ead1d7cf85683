namespace Publish.Styles.Tests;

/// <summary>
/// The line breaker's levers (issue 18): <c>hyphenation.penalty</c>, <c>hyphenation.double-hyphen-demerits</c>,
/// <c>typography.tolerance</c> and <c>typography.emergency-stretch</c>, read and checked where they are written.
/// Their effect on an edition: <c>LineBreakingKeyTests</c> in the engine's tests.
/// </summary>
public sealed class LineBreakingStyleKeyTests
{
    [Fact]
    public void Left_out_the_levers_keep_the_breakers_defaults()
    {
        var style = StyleFixture.ParseSnippet("name: plain\n").Style!;

        Assert.Equal((150, 30000, 200, 6.0), (style.Hyphenation.Penalty, style.Hyphenation.DoubleHyphenDemerits, style.Typography.Tolerance, style.Typography.EmergencyStretch));
    }

    [Fact]
    public void Each_lever_is_read_as_written()
    {
        var result = StyleFixture.ParseSnippet("hyphenation:\n  penalty: 500\n  double-hyphen-demerits: 100000\ntypography:\n  tolerance: 400\n  emergency-stretch: 1in\n");

        Assert.Empty(result.Diagnostics);
        var style = result.Style!;
        Assert.Equal((500, 100000, 400, 72.0), (style.Hyphenation.Penalty, style.Hyphenation.DoubleHyphenDemerits, style.Typography.Tolerance, style.Typography.EmergencyStretch));
    }

    [Theory]
    [InlineData("hyphenation:\n  penalty: high\n", StyleDiagnosticCodes.WrongType, 2, 12)]
    [InlineData("hyphenation:\n  penalty: 10001\n", StyleDiagnosticCodes.ValueOutOfRange, 2, 12)]
    [InlineData("hyphenation:\n  double-hyphen-demerits: -1\n", StyleDiagnosticCodes.ValueOutOfRange, 2, 27)]
    [InlineData("typography:\n  tolerance: 2.5\n", StyleDiagnosticCodes.WrongType, 2, 14)]
    [InlineData("typography:\n  tolerance: 20000\n", StyleDiagnosticCodes.ValueOutOfRange, 2, 14)]
    [InlineData("typography:\n  emergency-stretch: wide\n", StyleDiagnosticCodes.InvalidLength, 2, 22)]
    [InlineData("typography:\n  emergency-stretch: -3pt\n", StyleDiagnosticCodes.ValueOutOfRange, 2, 22)]
    public void A_wrong_lever_is_reported_where_it_is_written(string yaml, string code, int line, int column)
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet(yaml));

        Assert.Equal((code, line, column), (error.Code, error.Span.Line, error.Span.Column));
    }
}
