using System.Collections.Immutable;

namespace Publish.Model.Inlines;

/// <summary>
/// A link to another manuscript, as the author wrote it: <see cref="Path"/> relative to the linking manuscript's
/// folder (percent-decoded, <c>other.md</c>, <c>../reviews/one.md</c>) and, after a <c>#</c>, the <see cref="Fragment"/>
/// naming one of its headings by id. Alone, the manuscript has nothing to link to: <see cref="Article"/> is null and
/// the writers set <see cref="Children"/> as text (the reader warned, PUB1424). In a book the engine resolves it to
/// one of the book's articles; the writers then link to that article's opening (or the heading) — in the PDF an
/// internal link, in the EPUB the article's content document.
/// </summary>
public sealed record ManuscriptLinkInline(string Path, string? Fragment, ImmutableArray<Inline> Children, SourceSpan Span) : Inline(Span)
{
    /// <summary>The target's index in the book's articles (<c>Book.Articles</c>, from 0) once resolved; null: text only.</summary>
    public int? Article { get; init; }
}
