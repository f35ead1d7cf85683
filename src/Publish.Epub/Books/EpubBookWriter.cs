using System.Collections.Immutable;
using Publish.Model.Books;
using Publish.Model.Diagnostics;
using Publish.Model.Pages;

namespace Publish.Epub.Books;

/// <summary>
/// Writes one EPUB 3 package of a <see cref="Book"/> (issue 20): a nav of parts and articles, a contents page, each
/// article's text, notes and bibliography in its own file(s), the articles' creators as collection metadata, and the
/// page list from the book's PDF (one map per article, in <see cref="Book.Articles"/>'
/// order, or empty when no PDF is built).
/// </summary>
public sealed class EpubBookWriter
{
    public ImmutableArray<Diagnostic> Write(Book book, EpubWriterOptions options, ImmutableArray<PrintPageMap> articlePages, Stream output)
    {
        _ = (book, options, articlePages, output);
        throw new NotSupportedException("The book's EPUB is being built (issue 20).");
    }
}
