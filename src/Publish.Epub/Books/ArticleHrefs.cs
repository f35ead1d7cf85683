using System.Collections.Immutable;
using Publish.Epub.Content;
using Publish.Model.Books;
using Publish.Model.Inlines;

namespace Publish.Epub.Books;

/// <summary>
/// Where a link from one article of a book to another goes in the EPUB: the content document that opens the target
/// article, or the file and id of its heading as the target's <see cref="AnchorMap"/> placed it (the author's id made
/// valid and unique in the package). Built before any article is written, since a link may point forward.
/// </summary>
internal sealed class ArticleHrefs
{
    private readonly BookLinks _links;
    private readonly ImmutableArray<string> _openingFiles;
    private readonly IReadOnlyList<AnchorMap> _anchors;

    public ArticleHrefs(BookLinks links, ImmutableArray<string> openingFiles, IReadOnlyList<AnchorMap> anchors)
    {
        _links = links;
        _openingFiles = openingFiles;
        _anchors = anchors;
    }

    /// <summary>The href of <paramref name="link"/> seen from <paramref name="fromFile"/>; null when the book did not resolve it.</summary>
    public string? HrefOf(ManuscriptLinkInline link, string fromFile) => _links.TargetOf(link) switch
    {
        null => null,
        { HeadingId: null } target => _openingFiles[target.Article],
        var target => _anchors[target.Article].HrefOf(target.HeadingId, fromFile),
    };
}
