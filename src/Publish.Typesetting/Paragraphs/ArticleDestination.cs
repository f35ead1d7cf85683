using System.Globalization;

namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// The destination names of a book's articles (issue 20). Each article is laid out alone, its destinations named as in
/// a single edition (<c>title</c>, <c>ref-maps</c>, <c>fn1</c>); the book then puts the article's <see cref="Prefix"/>
/// before every name it placed or links to, so two articles' note 1 stay apart. A link from one article into another
/// (<see cref="Model.Inlines.ManuscriptLinkInline"/>) already names its target in the book's terms, so it is marked: the
/// book takes the mark off (<see cref="InBook"/>) instead of adding the linking article's prefix. No name an article
/// makes for itself starts with the mark.
/// </summary>
public static class ArticleDestination
{
    private const string BookWide = "book:";

    /// <summary>What the book prefixes to the names of article <paramref name="article"/> (0-based): <c>a1-</c>, <c>a2-</c>, ….</summary>
    public static string Prefix(int article) => string.Create(CultureInfo.InvariantCulture, $"a{article + 1}-");

    /// <summary>A link into article <paramref name="article"/>: its opening (the title), or the heading whose id is <paramref name="headingId"/>.</summary>
    public static string For(int article, string? headingId) =>
        BookWide + Prefix(article) + (headingId is null ? "title" : CrossReferenceDestination.For(headingId));

    /// <summary>The book's name for a marked destination; null for an article's own name, which the book prefixes.</summary>
    public static string? InBook(string name) => name.StartsWith(BookWide, StringComparison.Ordinal) ? name[BookWide.Length..] : null;
}
