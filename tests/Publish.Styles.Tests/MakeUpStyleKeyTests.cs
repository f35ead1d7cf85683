namespace Publish.Styles.Tests;

/// <summary><c>make-up:</c> (issue 18 point 4): flush page bottoms by default, ragged on request, a wrong word reported where written.</summary>
public sealed class MakeUpStyleKeyTests
{
    [Theory]
    [InlineData("name: plain\n", PageBottom.Justified)]
    [InlineData("make-up:\n  bottom: ragged\n", PageBottom.Ragged)]
    [InlineData("make-up:\n  bottom: Justified\n", PageBottom.Justified)]
    [InlineData("make-up:\n  bottom: baseline-grid\n", PageBottom.BaselineGrid)]
    public void Bottom_is_justified_unless_the_style_says_ragged(string yaml, PageBottom expected)
    {
        var result = StyleFixture.ParseSnippet(yaml);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(expected, result.Style!.MakeUp.Bottom);
    }

    [Theory]
    [InlineData("make-up:\n  bottom: flush\n", StyleDiagnosticCodes.InvalidChoice, 2, 11)]
    [InlineData("make-up:\n  widows: 2\n", StyleDiagnosticCodes.UnknownKey, 2, 3)]
    public void A_wrong_value_is_reported_where_it_is_written(string yaml, string code, int line, int column)
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet(yaml));

        Assert.Equal((code, line, column), (error.Code, error.Span.Line, error.Span.Column));
    }
}
