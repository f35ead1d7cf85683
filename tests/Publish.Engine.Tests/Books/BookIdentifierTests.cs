using Publish.Engine.Books;

namespace Publish.Engine.Tests.Books;

/// <summary>Issue 20: a book's ISBN or ISSN is checked by its check digit (ISO 3297, ISO 2108) before it reaches the imprint.</summary>
public sealed class BookIdentifierTests
{
    [Theory]
    [InlineData("ISSN 2146-5665", BookIdentifierKind.Issn)] // the issue's own example
    [InlineData("ISSN 0317-8471", BookIdentifierKind.Issn)]
    [InlineData("issn: 2049-3630", BookIdentifierKind.Issn)]
    [InlineData("ISSN 2434-561X", BookIdentifierKind.Issn)] // check digit 10, written X
    [InlineData("ISBN 0-306-40615-2", BookIdentifierKind.Isbn10)]
    [InlineData("ISBN 0-8044-2957-X", BookIdentifierKind.Isbn10)]
    [InlineData("ISBN 978-0-306-40615-7", BookIdentifierKind.Isbn13)]
    [InlineData("9780306406157", BookIdentifierKind.Isbn13)]
    [InlineData("979-10-90636-07-1", BookIdentifierKind.Isbn13)]
    [InlineData("2146-5665", BookIdentifierKind.Issn)]
    public void A_valid_number_is_taken_with_its_kind(string text, BookIdentifierKind kind)
    {
        var identifier = BookIdentifier.Parse(text, out var problem);

        Assert.Null(problem);
        Assert.NotNull(identifier);
        Assert.Equal(kind, identifier.Kind);
        Assert.Equal(text.Trim(), identifier.Text);
    }

    [Theory]
    [InlineData("ISSN 2146-5666", "would be 5")] // last digit mistyped
    [InlineData("ISSN 1246-5665", "check digit")] // two digits swapped
    [InlineData("ISBN 0-306-40615-3", "would be 2")]
    [InlineData("ISBN 978-0-306-40615-8", "would be 7")]
    [InlineData("ISBN 977-0-306-40615-7", "978 or 979")]
    [InlineData("ISSN 2146-566", "8 digits")]
    [InlineData("ISBN 12345", "10 or 13 digits")]
    [InlineData("ISBN 978-0-306-4061X-7", "X may only")]
    [InlineData("DOI 10.1000/182", "not an ISBN")]
    [InlineData("12345", "not an ISBN")]
    public void A_wrong_number_is_refused_with_the_reason(string text, string reason)
    {
        var identifier = BookIdentifier.Parse(text, out var problem);

        Assert.Null(identifier);
        Assert.NotNull(problem);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }
}
