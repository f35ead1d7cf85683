using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Publish.Model.Pages;
using Publish.Styles;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Layout;
using Publish.Typesetting.Pages;
using Publish.Typesetting.Paragraphs;

namespace Publish.Typesetting.Books;

/// <summary>
/// Merges the front matter and the body's units into the book's pages: each unit's structure ids moved past those
/// before it (its root becomes a <c>Sect</c> under the document, an article's under its part's), its destination names
/// prefixed, its outline entries moved to the book's pages and one level down inside a part; then the furniture —
/// the running footer with the book's folios on the contents' and the articles' pages, the running titles on the
/// articles' pages after their first — placed on each page's side.
/// </summary>
internal sealed class BookAssembler
{
    private readonly BookFooter _footer;
    private readonly RunningTitles _titles;
    private readonly string _bookTitle;
    private readonly List<PageFrame> _pages = [];
    private readonly List<StructureElement> _structure = [];
    private readonly List<OutlineEntry> _outline = [];

    public BookAssembler(HouseStyle style, RunningFooter footer, RunningTitles titles, BookTextSetter setter, string bookTitle)
    {
        _footer = new BookFooter(style, footer, setter);
        _titles = titles;
        _bookTitle = bookTitle;
    }

    /// <param name="front">The front matter's pages, placed, labelled in roman.</param>
    /// <param name="frontStructure">Its structure, the book's root (Document, id 0) first.</param>
    /// <param name="frontOutline">Its outline entries (the contents).</param>
    /// <param name="contentsPage">The index of the contents' first page: the contents' pages carry the footer.</param>
    /// <param name="contentsPages">How many pages the contents take (a blank page after them carries nothing).</param>
    /// <param name="body">The body's units in reading order, their folios continuous from 1.</param>
    public (ImmutableArray<PageFrame> Pages, ImmutableArray<StructureElement> Structure, ImmutableArray<OutlineEntry> Outline, ImmutableArray<PrintPageMap> PageMaps) Assemble(
        IReadOnlyList<PageFrame> front, ImmutableArray<StructureElement> frontStructure, IEnumerable<OutlineEntry> frontOutline, int contentsPage, int contentsPages, IReadOnlyList<BookUnit> body)
    {
        var lastRoman = front[^1].Label;
        for (var i = 0; i < front.Count; i++)
        {
            var footed = i >= contentsPage && i < contentsPage + contentsPages;
            _pages.Add(Furnished(front[i], null, i + 1, footed, lastRoman, i - contentsPage + 1, contentsPages, null));
        }

        _structure.AddRange(frontStructure);
        _outline.AddRange(frontOutline);

        var lastArabic = body.Count == 0 ? "1" : body[^1].Pages[^1].Label;
        var maps = new List<PrintPageMap>();
        int? part = null;
        foreach (var unit in body)
        {
            var offset = _pages.Count;
            if (unit.IsBlank)
            {
                _pages.AddRange(unit.Pages);
                if (maps.Count > 0)
                {
                    // The blank page continues the article before it: the EPUB's page list lists it where that article ends.
                    var map = maps[^1];
                    maps[^1] = map with { Pages = [.. map.Pages, .. unit.Pages.Select(p => new PageStart(p.Label, map.Pages.IsEmpty ? new ContentAnchor(ContentRegion.Body, 0, 0) : map.Pages[^1].Anchor))] };
                }

                continue;
            }

            var root = _structure.Count;
            var parent = unit.IsPart || part is null ? 0 : part.Value;
            if (unit.IsPart)
            {
                part = root;
            }

            foreach (var element in unit.Structure)
            {
                _structure.Add(element.Id == 0
                    ? new StructureElement(root, parent, StructureRole.Section, Language: unit.Language)
                    : element with { Id = element.Id + root, ParentId = element.ParentId + root });
            }

            var shift = !unit.IsPart && part is not null ? 1 : 0;
            _outline.AddRange(unit.Outline.Select(e => e with { PageIndex = e.PageIndex + offset, Level = e.Level + shift }));
            for (var i = 0; i < unit.Pages.Length; i++)
            {
                var title = unit.IsPart || i == 0 ? null : ((unit.FirstFolio + i) % 2 == 0 ? _bookTitle : unit.RunningTitle);
                _pages.Add(Furnished(unit.Pages[i], new Move(root, unit.DestinationPrefix), offset + i + 1, !unit.IsPart, lastArabic, i + 1, unit.Pages.Length, title));
            }

            if (unit.PageMap is { } pageMap)
            {
                maps.Add(pageMap);
            }
        }

        return ([.. _pages], [.. _structure], [.. _outline], [.. maps]);
    }

    /// <summary>What moving a unit's items into the book does: structure ids moved past those before it, destination names prefixed.</summary>
    private readonly record struct Move(int Offset, string Prefix)
    {
        /// <summary>The item with its structure id moved and its destination name prefixed (a link into another article names it already).</summary>
        public FrameItem Of(FrameItem item) => item switch
        {
            GlyphRun { StructureId: { } id } run => run with { StructureId = id + Offset },
            ImageItem { StructureId: { } id } image => image with { StructureId = id + Offset },
            LinkItem link => link with { StructureId = link.StructureId + Offset, Destination = link.Destination is null ? null : ArticleDestination.InBook(link.Destination) ?? Prefix + link.Destination },
            DestinationItem destination => destination with { Name = Prefix + destination.Name },
            _ => item,
        };
    }

    /// <summary>
    /// Page <paramref name="pageNumber"/> of the book, its items moved (<paramref name="move"/>; null: the front
    /// matter's, already the book's), with its footer (folio and, as the style places them over the unit's pages, the
    /// institution's lines) and running title, placed on the page's side. The page's items are copied once, straight
    /// into the array the book keeps: a book copies every item of its 400 pages on every build.
    /// </summary>
    private PageFrame Furnished(PageFrame page, Move? move, int pageNumber, bool footed, string lastFolio, int unitPage, int unitPages, string? runningTitle)
    {
        var title = runningTitle is null ? [] : _titles.Placed(runningTitle, pageNumber);
        var footer = footed ? _footer.Items(page.Label, pageNumber, lastFolio, unitPage, unitPages) : [];
        if (move is null && title.IsEmpty && footer.IsEmpty)
        {
            return page;
        }

        var items = new FrameItem[page.Items.Length + title.Length + footer.Length];
        for (var i = 0; i < page.Items.Length; i++)
        {
            items[i] = move is { } moving ? moving.Of(page.Items[i]) : page.Items[i];
        }

        title.CopyTo(items, page.Items.Length);
        footer.CopyTo(items, page.Items.Length + title.Length);
        return page with { Items = ImmutableCollectionsMarshal.AsImmutableArray(items) };
    }
}
