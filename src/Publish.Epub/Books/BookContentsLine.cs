using System.Collections.Immutable;

namespace Publish.Epub.Books;

/// <summary>
/// A line of the book's contents page: a part title (<see cref="Authors"/> empty, the articles after it nested under it
/// until the next part) or an article with its authors, linking to the document that opens it.
/// </summary>
internal sealed record BookContentsLine(string Title, string Href, ImmutableArray<string> Authors, bool IsPart);
