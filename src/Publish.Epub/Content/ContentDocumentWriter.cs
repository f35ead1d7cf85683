using System.Text;
using System.Xml;
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
/// contents entries, the page markers written, and the diagnostics.
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
    DiagnosticBag diagnostics)
{
    private readonly BookIds _ids = new();

    private Metadata Metadata => document.Metadata;

    public byte[] Write(ContentPart part)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            var xhtml = new XhtmlOutput(xml);
            xhtml.StartDocument(Metadata.Language);
            xhtml.Start("head");
            xhtml.Element("title", Title(part));
            xhtml.Start("link");
            xhtml.Attribute("rel", "stylesheet");
            xhtml.Attribute("type", "text/css");
            xhtml.Attribute("href", XhtmlNames.Stylesheet);
            xhtml.End();
            xhtml.End();
            xhtml.Start("body");
            xhtml.EpubType(part.Kind switch
            {
                PartKind.Cover or PartKind.TitlePage => "frontmatter",
                PartKind.Text => "bodymatter",
                _ => "backmatter",
            });
            WriteBody(xhtml, part);
            xhtml.End();
            xhtml.End();
            xhtml.EndDocument();
        }

        return buffer.ToArray();
    }

    private string Title(ContentPart part) => part.Kind switch
    {
        PartKind.Cover => labels.Cover,
        PartKind.TitlePage => Metadata.Title,
        PartKind.Bibliography => labels.Bibliography,
        PartKind.AboutAuthor => labels.AboutAuthor,
        PartKind.Colophon => labels.Colophon,
        _ => part.Units.FirstOrDefault()?.Block is HeadingBlock h && HeadingLabel.Of(h) is { } label ? label : Metadata.Title,
    };

    private void WriteBody(XhtmlOutput xhtml, ContentPart part)
    {
        var breaks = new PageBreakWriter(xhtml, pages, part.FileName);
        var notes = new NoteWriter(xhtml, _ids, notePlacement);
        var inlines = new InlineWriter(xhtml, breaks, notes, anchors, labels, needs, part.FileName, diagnostics);
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
                text.TextSection(part, Metadata, toc);
                break;
            case PartKind.Bibliography:
                backMatter.Bibliography(labels.Bibliography, document.Bibliography);
                break;
            case PartKind.AboutAuthor:
                backMatter.AboutAuthor(labels.AboutAuthor, text, part.Units);
                break;
            case PartKind.Colophon:
                backMatter.Colophon(labels, document.Citation, institution);
                break;
            default:
                throw new InvalidOperationException($"Unknown part kind {part.Kind}.");
        }

        notes.AtSectionEnd(blocks, labels.Notes);
    }
}
