using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Books;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;

namespace Publish.Engine.Books;

/// <summary>
/// Resolves the links between a book's articles (issue 20, item 4): a link's path, as written relative to the linking
/// manuscript's folder, names one of the book's parts (Markdown or legacy export alike), and its <c>#fragment</c>, if
/// any, one of that part's heading ids. A link to a manuscript outside the book, or to an id none of the target's
/// headings has, is warned about at the link (PUB7048, PUB7049) and stays its text: a reader never gets a link to
/// nowhere. Alone, the same links are text with the reader's PUB1424.
/// </summary>
internal static class BookLinkResolver
{
    public static BookLinks Resolve(string bookName, IReadOnlyList<BookArticle> articles, DiagnosticBag diagnostics)
    {
        var byPath = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            byPath.TryAdd(Path.GetFullPath(articles[i].Document.SourcePath), i);
        }

        var headings = new Dictionary<int, HashSet<string>>();
        var targets = ImmutableDictionary.CreateBuilder<SourceSpan, BookLinkTarget>();
        foreach (var article in articles)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(article.Document.SourcePath)) ?? string.Empty;
            foreach (var link in LinksOf(article.Document))
            {
                if (FullPath(folder, link.Path) is not { } target || !byPath.TryGetValue(target, out var index))
                {
                    diagnostics.Warning(EngineDiagnosticCodes.BookLinkOutsideBook, link.Span,
                        $"the link to '{link.Path}' names a manuscript that is not a part of the book '{bookName}'; its text is kept without a link");
                    continue;
                }

                if (link.Fragment is { } fragment && !HeadingIds(articles[index].Document, index, headings).Contains(fragment))
                {
                    diagnostics.Warning(EngineDiagnosticCodes.BookLinkFragmentUnknown, link.Span,
                        $"the link to '{link.Path}#{fragment}' names '{fragment}', which none of that part's headings has as its id; its text is kept without a link");
                    continue;
                }

                targets[link.Span] = new BookLinkTarget(index, link.Fragment);
            }
        }

        return targets.Count == 0 ? BookLinks.None : new BookLinks(targets.ToImmutable());
    }

    /// <summary>The path a link names, or null for one no file can have (a NUL decoded from <c>%00</c>).</summary>
    private static string? FullPath(string folder, string path)
    {
        try
        {
            return Path.GetFullPath(Path.Combine(folder, path));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The document's links to other manuscripts, those in its notes included.</summary>
    private static IEnumerable<ManuscriptLinkInline> LinksOf(Document document) =>
        DocumentWalker.InlinesOutsideNotes(document)
            .Concat(document.Notes.SelectMany(note => note.Content.IsDefault ? [] : note.Content).SelectMany(DocumentWalker.Inlines))
            .OfType<ManuscriptLinkInline>();

    private static HashSet<string> HeadingIds(Document document, int index, Dictionary<int, HashSet<string>> known)
    {
        if (!known.TryGetValue(index, out var ids))
        {
            ids = new HashSet<string>(StringComparer.Ordinal);
            Collect(document.FrontMatter.Concat(document.Body).Concat(document.AboutAuthor), ids);
            known[index] = ids;
        }

        return ids;
    }

    /// <summary>Headings with an id, those inside divs, quotes and lists included (where the print edition places them too).</summary>
    private static void Collect(IEnumerable<Block> blocks, HashSet<string> ids)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock { Id: { Length: > 0 } id } heading when heading.Span.Line > 0:
                    ids.Add(id);
                    break;
                case DivBlock div:
                    Collect(div.Children, ids);
                    break;
                case BlockQuoteBlock quote:
                    Collect(quote.Children, ids);
                    break;
                case ListBlock list:
                    Collect(list.Items.SelectMany(i => i.Children), ids);
                    break;
            }
        }
    }
}
