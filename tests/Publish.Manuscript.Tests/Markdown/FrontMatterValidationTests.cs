using Publish.Model.Diagnostics;

namespace Publish.Manuscript.Tests.Markdown;

/// <summary>Issue 14: front matter dates and language tags are checked, and its nesting is bounded before YamlDotNet parses it.</summary>
public sealed class FrontMatterValidationTests
{
    [Theory]
    [InlineData("date: 2024-03-01T10:30:00+03:00", "2024-03-01", "en")]
    [InlineData("date: 2024-05\nlang: EN-gb", "2024-05", "en-GB")]
    [InlineData("lang: sr-latn-rs", null, "sr-Latn-RS")]
    public void Valid_dates_and_tags_are_taken_without_a_word(string yaml, string? date, string language)
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadString($"---\ntitle: T\n{yaml}\n---\n\nText.\n");

        Assert.Equal(0, diagnostics.Count);
        Assert.Equal(date, document!.Metadata.Date);
        Assert.Equal(language, document.Metadata.Language);
    }

    [Theory]
    [InlineData("date: 2023-02-29", DiagnosticCodes.InvalidDate, null, "en")]
    [InlineData("lang: deutsch", DiagnosticCodes.InvalidLanguageTag, null, "en")]
    [InlineData("lang: tr_TR", DiagnosticCodes.InvalidLanguageTag, null, "tr-TR")]
    public void Invalid_dates_and_tags_warn_at_their_value_and_fall_back(string yaml, string code, string? date, string language)
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadString($"---\ntitle: T\n{yaml}\n---\n\nText.\n");

        var warning = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal((DiagnosticSeverity.Warning, code, 3, 7), (warning.Severity, warning.Code, warning.Span.Line, warning.Span.Column));
        Assert.Equal(date, document!.Metadata.Date);
        Assert.Equal(language, document.Metadata.Language);
    }

    [Fact]
    public void Block_nesting_deeper_than_the_limit_is_refused_at_its_line()
    {
        var deep = string.Concat(Enumerable.Range(1, 5_000).Select(i => new string(' ', i) + "k:\n"));
        var (_, diagnostics) = MarkdownTestFiles.ReadString($"---\ntitle: T\nx:\n{deep}---\n\nText.\n");

        var error = Assert.Single(diagnostics.ToImmutableSorted(), d => d.Code == DiagnosticCodes.NestingTooDeep);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(3 + Model.Text.YamlNesting.MaxDepth, error.Span.Line); // "x:" on line 3 is level 1, line n level n - 2.
    }
}
