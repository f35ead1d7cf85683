using System.Collections.Immutable;
using Publish.Model.Books;
using Publish.Model.Diagnostics;
using Publish.Model.Input;
using Publish.Model.Pages;
using Publish.Styles;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Layout;

namespace Publish.Typesetting.Books;

/// <summary>
/// The print edition of a <see cref="Book"/> (issue 20): front matter (half-title, title page, imprint, contents with
/// each article's first page), then each article laid out by the article pipeline on a right-hand page, folios
/// continuous (roman in the front matter, arabic from the first article), running titles, notes restarting per article.
/// </summary>
public sealed class BookLayout
{
    private readonly HouseStyle _style;
    private readonly PrintTarget _profile;

    public BookLayout(HouseStyle style, PrintTarget profile = PrintTarget.Default)
    {
        _style = style;
        _profile = profile;
    }

    /// <summary>The build's font files, shared with the EPUB; null reads them through a store of the layout's own.</summary>
    public FontFileStore? FontFiles { get; init; }

    /// <summary>A proof copy: a missing photo gets a ruled placeholder frame.</summary>
    public bool Draft { get; init; }

    /// <summary>Lays the book out. <paramref name="progress"/> is a check point for the build's budget (share of the articles set).</summary>
    public BookPrintEdition Layout(Book book, DateTimeOffset date, string producer, DiagnosticBag diagnostics, Action<double>? progress = null)
    {
        _ = (_style, _profile, book, date, producer, diagnostics, progress);
        throw new NotSupportedException("The book's print layout is being built (issue 20).");
    }
}

/// <summary>
/// The book's typeset print edition: the pages for the PDF writer, and each article's page map (in the order of
/// <see cref="Book.Articles"/>, its page labels the book's folios) for the EPUB's page list.
/// </summary>
public sealed record BookPrintEdition(PagedDocument Document, ImmutableArray<PrintPageMap> ArticlePageMaps);
