using System.Globalization;

namespace Publish.Epub.Content;

/// <summary>
/// Where one manuscript's content documents sit in the package. Alone (<see cref="Alone"/>), the manuscript is the
/// whole package: its files and generated ids are unprefixed and it has a title page and colophon of its own. In a
/// book (issue 20), article <c>n</c>'s files start <c>aNN-</c> and its generated ids <c>an-</c> (two articles both have
/// note 1: <c>a1-fn1</c>, <c>a2-fn1</c>), its first text document opens with its title and authors, and the book
/// has the one title page and colophon.
/// </summary>
internal sealed record ArticleScope(string FilePrefix, string IdPrefix, bool InBook)
{
    public static ArticleScope Alone { get; } = new(string.Empty, string.Empty, false);

    /// <summary>The scope of the <paramref name="number"/>-th article of a book (from 1).</summary>
    public static ArticleScope InBookAt(int number) => new(
        string.Create(CultureInfo.InvariantCulture, $"a{number:D2}-"),
        string.Create(CultureInfo.InvariantCulture, $"a{number}-"),
        true);
}
