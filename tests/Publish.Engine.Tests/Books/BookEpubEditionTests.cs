using System.IO.Compression;
using System.Xml.Linq;
using Publish.Engine.Tests.Hostile;

namespace Publish.Engine.Tests.Books;

/// <summary>Issue 20's "done when" for the EPUB of the test book: epubcheck passes it with no message, and its nav lists the five articles in order.</summary>
public sealed class BookEpubEditionTests
{
    [Fact]
    public void Epubcheck_passes_the_book_with_no_error_or_warning() => EditionValidators.AssertEpubClean(TestBook.Epub);

    [Fact]
    public void The_nav_lists_the_five_articles_in_reading_order()
    {
        using var epub = ZipFile.OpenRead(TestBook.Epub);
        var navEntry = epub.Entries.Single(e => e.FullName.EndsWith("nav.xhtml", StringComparison.Ordinal));
        using var stream = navEntry.Open();
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        XNamespace ops = "http://www.idpf.org/2007/ops";
        var toc = XDocument.Load(stream).Descendants(xhtml + "nav").Single(n => (string?)n.Attribute(ops + "type") == "toc");
        var entries = toc.Descendants(xhtml + "a").Select(a => string.Concat(a.DescendantNodes().OfType<XText>().Select(t => t.Value)).Trim()).ToList();

        var positions = TestBook.Articles.Select(a => entries.FindIndex(e => e.StartsWith(a.TitleStart, StringComparison.OrdinalIgnoreCase))).ToList();

        Assert.True(positions.All(p => p >= 0), "the nav lacks an article: " + string.Join(" | ", entries));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains(entries, e => e == "Book reviews");
    }
}
