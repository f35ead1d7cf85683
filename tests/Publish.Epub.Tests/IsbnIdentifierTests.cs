using Publish.Model.Diagnostics;
using Publish.Model.Pages;

namespace Publish.Epub.Tests;

/// <summary>An ISBN is written as its URN (RFC 3187), so Calibre and the retailers read it as an ISBN (issue 16 item 5).</summary>
public sealed class IsbnIdentifierTests
{
    [Theory]
    [InlineData("ISBN 978-3-16-148410-0", "urn:isbn:9783161484100")]
    [InlineData("ISBN-13: 978 3 16 148410 0", "urn:isbn:9783161484100")]
    [InlineData("isbn:9780000000002", "urn:isbn:9780000000002")]
    [InlineData("urn:isbn:9783161484100", "urn:isbn:9783161484100")]
    [InlineData("9783161484100", "urn:isbn:9783161484100")]
    [InlineData("ISBN 0-306-40615-2", "urn:isbn:0306406152")]
    [InlineData("ISBN-10: 0-8044-2957-X", "urn:isbn:080442957X")]
    public void An_isbn_becomes_its_urn(string written, string expected)
    {
        using var epub = Written(written, out _);

        Assert.Equal(expected, PackageTests.Identifier(epub));
        Assert.DoesNotContain(epub.Diagnostics, d => d.Code == EpubDiagnosticCodes.IsbnCheckDigitWrong);
    }

    [Theory]
    [InlineData("0306406152")] // ten bare digits may be anything: an ISBN-10 must say so
    [InlineData("9783161484101")] // a bare number that fails the check is not an ISBN
    [InlineData("urn:uuid:5d1f3c8a-2b7e-4e0f-9a6c-1b2d3e4f5a6b")]
    [InlineData("https://doi.org/10.1000/182")]
    public void Other_identifiers_are_kept_as_written(string written)
    {
        using var epub = Written(written, out _);

        Assert.Equal(written, PackageTests.Identifier(epub));
        Assert.DoesNotContain(epub.Diagnostics, d => d.Code == EpubDiagnosticCodes.IsbnCheckDigitWrong);
    }

    [Theory]
    [InlineData("ISBN 978-0-00-000000-0")]
    [InlineData("ISBN 0-306-40615-3")]
    public void An_isbn_with_a_wrong_check_digit_is_kept_as_written_with_a_warning(string written)
    {
        using var epub = Written(written, out var source);

        Assert.Equal(written, PackageTests.Identifier(epub));
        var warning = Assert.Single(epub.Diagnostics, d => d.Code == EpubDiagnosticCodes.IsbnCheckDigitWrong);
        Assert.Equal((DiagnosticSeverity.Warning, source), (warning.Severity, warning.Span.File));
        Assert.Contains(written, warning.Message, StringComparison.Ordinal);
    }

    private static WrittenEpub Written(string identifier, out string source)
    {
        var folder = WrittenEpub.NewFolder();
        var document = TestDocuments.Sample(folder);
        document = document with { Metadata = document.Metadata with { Identifier = identifier } };
        source = document.SourcePath;
        return WrittenEpub.Of(document, TestDocuments.Options() with { CoverFonts = null }, PrintPageMap.Empty, folder);
    }
}
