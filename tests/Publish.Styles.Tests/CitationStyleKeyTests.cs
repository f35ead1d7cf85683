using Publish.Model;

namespace Publish.Styles.Tests;

/// <summary><c>citations:</c> (issue 22): the house's defaults for a manuscript's citations, read and checked where written.</summary>
public sealed class CitationStyleKeyTests
{
    [Fact]
    public void Left_out_the_style_says_nothing_and_the_manuscripts_defaults_apply()
    {
        var result = StyleFixture.ParseSnippet("name: plain\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new CitationDefaults(), result.Style!.Citations);
    }

    [Fact]
    public void Every_key_is_read_a_shipped_styles_name_kept_as_a_name()
    {
        var result = StyleFixture.ParseSnippet("citations:\n  csl: apa\n  link-citations: yes\n  notes-after-punctuation: false\n  reference-section-title: Works Cited\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new CitationDefaults { Csl = "apa", LinkCitations = true, NotesAfterPunctuation = false, ReferenceSectionTitle = "Works Cited" }, result.Style!.Citations);
    }

    [Fact]
    public void A_csl_file_is_named_relative_to_the_style_and_made_a_full_path()
    {
        var result = StyleFixture.ParseSnippet("citations:\n  csl: csl/chicago-notes-bibliography.csl\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(Path.Combine(StyleFixture.StylesDirectory, "csl", "chicago-notes-bibliography.csl"), result.Style!.Citations.Csl);
    }

    [Theory]
    [InlineData("citations:\n  csl: nowhere/mine.csl\n", StyleDiagnosticCodes.CitationStyleFileMissing, 2, 8)]
    [InlineData("citations:\n  link-citations: maybe\n", StyleDiagnosticCodes.WrongType, 2, 19)]
    [InlineData("citations:\n  link-citation: true\n", StyleDiagnosticCodes.UnknownKey, 2, 3)]
    [InlineData("citations:\n  reference-section-title: ' '\n", StyleDiagnosticCodes.WrongType, 2, 28)]
    public void A_wrong_value_is_reported_where_it_is_written(string yaml, string code, int line, int column)
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet(yaml));

        Assert.Equal((code, line, column), (error.Code, error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void A_misspelt_key_is_answered_with_the_key_it_resembles()
    {
        var error = StyleFixture.SingleError(StyleFixture.ParseSnippet("citations:\n  link-citation: true\n"));

        Assert.Contains("link-citations", error.Message, StringComparison.Ordinal);
    }
}
