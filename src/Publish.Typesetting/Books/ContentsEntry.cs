using System.Collections.Immutable;

namespace Publish.Typesetting.Books;

/// <summary>
/// One line of the contents: an article (its title, authors and first folio) or a part title (no folio), linked to
/// the named destination where it begins.
/// </summary>
internal sealed record ContentsEntry(string Title, ImmutableArray<string> Authors, string? Folio, string Destination)
{
    public bool IsPart => Folio is null;
}
