using Publish.Epub.Styling;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;

namespace Publish.Epub.Content;

/// <summary>
/// Writes the book's XHTML content documents, one part at a time in reading order: the document around the
/// body (head, title, stylesheet, the body's <c>epub:type</c>), the part's page template, and its notes at the
/// end when they gather there. Each document gets its own markup, page-marker, inline, block and note writers;
/// what the documents share is what the book accumulates: ids unique in the book (<see cref="BookIds"/>, and the
/// authors' ids placed beforehand by <see cref="AnchorMap"/>), the stylesheet rules the content needs, the
/// contents entries, the page markers written, and the diagnostics. In a book there is one writer per article, in
/// its <see cref="ArticleScope"/>.
/// </summary>
internal sealed class ContentDocumentWriter(
    Document document,
    EditionLabels labels,
    Institution? institution,
    ImageAsset? cover,
    IReadOnlyDictionary<FigureBlock, ImageAsset> images,
    NotePlacement notePlacement,
    PageBreakIndex pages,
    AnchorMap anchors,
    StylesheetNeeds needs,
    List<TocEntry> toc,
    DiagnosticBag diagnostics,
    ArticleScope? scope = null,
    BookIds? ids = null,
    Books.ArticleHrefs? articleLinks = null)
{
    private readonly ArticleScope _scope = scope ?? ArticleScope.Alone;

    /// <summary>The generated ids: the article's own, or (a book's own pages) the ids the book's other pages take from too.</summary>
    private readonly BookIds _ids = ids ?? new(scope?.IdPrefix ?? string.Empty);
    private bool _opened;

    private Metadata Metadata => document.Metadata;

    public byte[] Write(ContentPart part)
    {
        // In a book, the article's first text document opens with its title and authors (ArticleScope).
        var opening = _scope.InBook && part.Kind == PartKind.Text && !_opened;
        _opened |= opening;
        var bodyType = part.Kind switch
        {
            PartKind.Cover or PartKind.TitlePage => "frontmatter",
            PartKind.Text => "bodymatter",
            _ => "backmatter",
        };
        return XhtmlDocument.Write(Metadata.Language, opening ? Metadata.Title : Title(part), bodyType, xhtml => WriteBody(xhtml, part, opening));
    }

    private string Title(ContentPart part) => part.Kind switch
    {
        PartKind.Cover => labels.Cover,
        PartKind.TitlePage => Metadata.Title,
        PartKind.Bibliography => document.BibliographyHeading ?? labels.Bibliography,
        PartKind.AboutAuthor => labels.AboutAuthor,
        PartKind.Colophon => labels.Colophon,
        _ => part.Units.FirstOrDefault()?.Block is HeadingBlock h && HeadingLabel.Of(h) is { } label ? label : Metadata.Title,
    };

    private void WriteBody(XhtmlOutput xhtml, ContentPart part, bool opening)
    {
        var breaks = new PageBreakWriter(xhtml, pages, part.FileName);
        var notes = new NoteWriter(xhtml, _ids, notePlacement);
        var inlines = new InlineWriter(xhtml, breaks, notes, anchors, labels, needs, part.FileName, diagnostics, articleLinks);
        var blocks = new BlockWriter(xhtml, inlines, breaks, notes, _ids, toc, images, part.FileName, anchors, labels, needs);
        var text = new TextTemplate(xhtml, blocks, breaks, notes, _ids, labels);
        var backMatter = new BackMatterTemplates(xhtml, blocks, breaks, notes, _ids, toc, part.FileName);
        switch (part.Kind)
        {
            case PartKind.Cover:
                FrontPageTemplates.Cover(xhtml, cover ?? throw new InvalidOperationException("A cover part needs a cover image."), Metadata);
                break;
            case PartKind.TitlePage:
                FrontPageTemplates.TitlePage(xhtml, Metadata, labels, toc, part.FileName, needs);
                break;
            case PartKind.Text:
                text.TextSection(part, Metadata, toc, opening, _scope.InBook);
                break;
            case PartKind.Bibliography:
                backMatter.Bibliography(document.BibliographyHeading ?? labels.Bibliography, document.Bibliography);
                break;
            case PartKind.AboutAuthor:
                backMatter.AboutAuthor(labels.AboutAuthor, text, part.Units);
                break;
            case PartKind.Colophon:
                backMatter.Colophon(labels, document.Citation, institution, document.CitationStyle);
                break;
            case PartKind.Citation:
                backMatter.Citation(labels, document.Citation);
                break;
            default:
                throw new InvalidOperationException($"Unknown part kind {part.Kind}.");
        }

        notes.AtSectionEnd(blocks, labels.Notes);
    }
}
