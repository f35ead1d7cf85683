using Publish.Typesetting.Fonts;

namespace Publish.Typesetting.Books;

/// <summary>
/// Where a book's layout finds the articles laid out by an earlier build (issue 20, incremental books): an article's
/// layout is a pure function of its text and photos, the style, the build's options and the folio it starts on, so one
/// whose inputs are unchanged is taken as recorded instead of being set again. The implementation decides what the key
/// holds beyond the folio an article starts on; the font resources of a layout it gives must come from the layout's <see cref="FontLibrary"/>.
/// </summary>
public interface IArticleLayoutCache
{
    /// <summary>
    /// The layout recorded for article <paramref name="article"/> (its index in the book's articles) starting on
    /// <paramref name="firstFolio"/> with the book's links <paramref name="links"/> (<see cref="Publish.Model.Books.BookLinks.KeyOf"/>); null to set it.
    /// </summary>
    ArticleLayout? Find(int article, int firstFolio, string links, FontLibrary fonts);

    /// <summary>
    /// Called once the layout's <paramref name="fonts"/> exist, before the book's own pages are set up and the first
    /// article is asked for: a cache may start reading what it recorded meanwhile. Nothing is required of it.
    /// </summary>
    void Prepare(FontLibrary fonts)
    {
    }

    /// <summary>Records a layout just made, for the next build. Never throws: a cache that cannot record costs a later rebuild only.</summary>
    void Keep(int article, int firstFolio, string links, ArticleLayout layout, FontLibrary fonts);
}
