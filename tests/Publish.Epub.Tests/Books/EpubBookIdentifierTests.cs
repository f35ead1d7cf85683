using Publish.Epub.Content;
using Publish.Epub.Packaging;

namespace Publish.Epub.Tests.Books;

/// <summary>The book's identifier as a URN readers take for what it is, and author ids that never take an article's generated shape.</summary>
public sealed class EpubBookIdentifierTests
{
    [Theory]
    [InlineData("ISSN 2146-5665", "urn:issn:2146-5665")]
    [InlineData("2146-5665", "urn:issn:2146-5665")]
    [InlineData("issn: 0317-8471", "urn:issn:0317-8471")]
    [InlineData("ISSN 2434-561X", "urn:issn:2434-561X")]
    [InlineData("urn:issn:2434-561x", "urn:issn:2434-561X")]
    public void A_valid_issn_becomes_its_urn(string written, string urn) => Assert.Equal(urn, Issn.Urn(written));

    [Theory]
    [InlineData("ISSN 2146-5666")]
    [InlineData("2146-566")]
    [InlineData("ISBN 978-3-16-148410-0")]
    [InlineData("Issue 48")]
    public void Anything_else_is_no_issn(string written) => Assert.Null(Issn.Urn(written));

    [Fact]
    public void In_a_book_an_author_id_shaped_like_an_article_s_generated_id_takes_a_prefix()
    {
        var ids = new AuthorIds(reserveArticlePrefixes: true);
        Assert.Equal("id-a2-fn1", ids.Take("a2-fn1"));
        Assert.Equal("id-a12-intro", ids.Take("a12-intro"));
        Assert.Equal("a-b", ids.Take("a-b"));
        Assert.Equal("area-51", ids.Take("area-51"));

        // Alone, the same id is the author's as written (single-article editions unchanged).
        Assert.Equal("a2-fn1", new AuthorIds().Take("a2-fn1"));
    }
}
