namespace Publish.Styles.Tests;

/// <summary><c>epub.accessibility.certified-by</c> (issue 16 item 5): who answers for the EPUB Accessibility 1.1 claim.</summary>
public sealed class EpubAccessibilityKeyTests
{
    [Fact]
    public void Left_out_the_claim_is_made_in_the_publishers_name()
    {
        var result = StyleFixture.ParseSnippet("epub:\n  notes: section-end\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal((null, true), (result.Style!.Epub.CertifiedBy, result.Style.Epub.ClaimAccessibility));
    }

    [Fact]
    public void A_name_is_the_certifier()
    {
        var result = StyleFixture.ParseSnippet("epub:\n  accessibility:\n    certified-by: \"  Accessibility Desk, Example Press \"\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(("Accessibility Desk, Example Press", true), (result.Style!.Epub.CertifiedBy, result.Style.Epub.ClaimAccessibility));
    }

    [Fact]
    public void None_withdraws_the_claim()
    {
        var result = StyleFixture.ParseSnippet("epub:\n  accessibility:\n    certified-by: none\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal((null, false), (result.Style!.Epub.CertifiedBy, result.Style.Epub.ClaimAccessibility));
    }

    [Theory]
    [InlineData("epub:\n  accessibility:\n    certified-by: \"\"\n", StyleDiagnosticCodes.WrongType, 3, 19)]
    [InlineData("epub:\n  accessibility:\n    certified: Example\n", StyleDiagnosticCodes.UnknownKey, 3, 5)]
    [InlineData("epub:\n  accessibility: Example\n", StyleDiagnosticCodes.WrongType, 2, 18)]
    public void A_wrong_value_is_reported_where_it_is_written(string yaml, string code, int line, int column)
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet(yaml));

        Assert.Equal((code, line, column), (error.Code, error.Span.Line, error.Span.Column));
    }
}
