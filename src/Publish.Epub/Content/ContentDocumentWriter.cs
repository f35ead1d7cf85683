using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;
using Publish.Model.Pages;

namespace Publish.Epub.Content;

/// <summary>
/// Writes one XHTML content document. Notes follow DESIGN.md's "EPUB markup facts": the marker is
/// <c>&lt;a epub:type="noteref" role="doc-noteref"&gt;</c> (no <c>sup</c> inside, which breaks Apple Books pop-ups),
/// the note an <c>&lt;aside epub:type="footnote" role="doc-footnote"&gt;</c> in the same file starting with a
/// numeric back-link (Kindle). A note referenced in several files is repeated in each, so every marker pops up.
/// Page breaks are empty spans, never inside headings. One instance per document.
/// </summary>
internal sealed class ContentDocumentWriter(ContentContext context, ContentPart part)
{
    /// <summary>Notes referenced in this document: the id of their copy here and of their first marker here (the back-link's target).</summary>
    private readonly Dictionary<int, (string NoteId, string FirstMarkerId)> _notesHere = [];
    private readonly List<Note> _pendingNotes = [];
    private XmlWriter _xml = null!;
    private bool _insideNote;

    private EditionLabels Labels => context.Labels;

    private Metadata Metadata => context.Document.Metadata;

    public byte[] Write()
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, NewLineChars = "\n" };
        using (_xml = XmlWriter.Create(buffer, settings))
        {
            _xml.WriteStartDocument();
            _xml.WriteDocType("html", null, null, null);
            Start("html");
            _xml.WriteAttributeString("xmlns", "epub", null, XhtmlNames.Ops);
            _xml.WriteAttributeString("lang", Metadata.Language);
            _xml.WriteAttributeString("xml", "lang", null, Metadata.Language);
            Start("head");
            Element("title", Title());
            Start("link");
            _xml.WriteAttributeString("rel", "stylesheet");
            _xml.WriteAttributeString("type", "text/css");
            _xml.WriteAttributeString("href", XhtmlNames.Stylesheet);
            _xml.WriteEndElement();
            _xml.WriteEndElement();
            Start("body");
            EpubType(part.Kind switch
            {
                PartKind.Cover or PartKind.TitlePage => "frontmatter",
                PartKind.Text => "bodymatter",
                _ => "backmatter",
            });
            WriteBody();
            _xml.WriteEndElement();
            _xml.WriteEndElement();
            _xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private string Title() => part.Kind switch
    {
        PartKind.Cover => Labels.Cover,
        PartKind.TitlePage => Metadata.Title,
        PartKind.Bibliography => Labels.Bibliography,
        PartKind.AboutAuthor => Labels.AboutAuthor,
        PartKind.Colophon => Labels.Colophon,
        _ => part.Units.FirstOrDefault()?.Block is HeadingBlock h && Label(h) is { } label ? label : Metadata.Title,
    };

    /// <summary>
    /// A heading's text as its document's &lt;title&gt; and its contents entry show it, or null when nothing shows
    /// once the characters XML cannot carry are dropped: an empty heading (<c>#</c> alone, <c>## **</c>) names
    /// nothing, and XHTML forbids an empty &lt;title&gt; as EPUB does an empty nav link.
    /// </summary>
    private static string? Label(HeadingBlock heading)
    {
        var label = PlainText.Of(heading.Content, withNoteMarkers: false);
        return string.IsNullOrWhiteSpace(XmlCharacters.Clean(label)) ? null : label;
    }

    private void WriteBody()
    {
        switch (part.Kind)
        {
            case PartKind.Cover:
                WriteCover();
                break;
            case PartKind.TitlePage:
                WriteTitlePage();
                break;
            case PartKind.Text:
                WriteText();
                break;
            case PartKind.Bibliography:
                WriteBibliography();
                break;
            case PartKind.AboutAuthor:
                WriteGeneratedSection(null, null, Labels.AboutAuthor, () => WriteUnits(part.Units));
                break;
            case PartKind.Colophon:
                WriteGeneratedSection("colophon", "doc-colophon", Labels.Colophon, WriteColophon);
                break;
            default:
                throw new InvalidOperationException($"Unknown part kind {part.Kind}.");
        }

        if (context.Options.NotePlacement == NotePlacement.SectionEnd && _pendingNotes.Count > 0)
        {
            Start("section");
            EpubType("footnotes");
            _xml.WriteAttributeString("class", "footnotes");
            _xml.WriteAttributeString("aria-label", Labels.Notes);
            FlushNotes();
            _xml.WriteEndElement();
        }
    }

    private void WriteCover()
    {
        var cover = context.Cover ?? throw new InvalidOperationException("A cover part needs a cover image.");
        Start("section");
        EpubType("cover");
        _xml.WriteAttributeString("class", "cover");
        Start("img");
        _xml.WriteAttributeString("role", "doc-cover");
        _xml.WriteAttributeString("src", cover.Href);
        _xml.WriteAttributeString("alt", CoverAltText(Metadata));
        _xml.WriteAttributeString("width", cover.Width.ToString(CultureInfo.InvariantCulture));
        _xml.WriteAttributeString("height", cover.Height.ToString(CultureInfo.InvariantCulture));
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    internal static string CoverAltText(Metadata metadata) =>
        metadata.Authors.Length > 0 ? $"{metadata.Title} — {string.Join(", ", metadata.Authors)}" : metadata.Title;

    private void WriteTitlePage()
    {
        context.Toc.Add(new TocEntry(Labels.TitlePage, part.FileName, 1));
        Start("section");
        EpubType("titlepage");
        _xml.WriteAttributeString("class", "titlepage");
        Element("h1", Metadata.Title, "title");
        Paragraph(Metadata.Subtitle, "subtitle");
        Paragraph(Metadata.Authors.Length > 0 ? string.Join(", ", Metadata.Authors) : null, "author");
        var series = string.Join(", ", new[] { Metadata.Series, Metadata.Number }.Where(s => !string.IsNullOrWhiteSpace(s)));
        Paragraph(series, "series");
        Paragraph(Metadata.Date, "date");
        Paragraph(Metadata.Publisher, "publisher");
        _xml.WriteEndElement();
    }

    private void WriteText()
    {
        Start("section");
        if (part.Units.FirstOrDefault()?.Block is HeadingBlock)
        {
            _xml.WriteAttributeString("aria-labelledby", context.Ids.PeekHeading());
        }
        else
        {
            _xml.WriteAttributeString("aria-label", Metadata.Title);
            if (!context.Toc.Any(e => e.Href.StartsWith("text-", StringComparison.Ordinal)))
            {
                context.Toc.Add(new TocEntry(Metadata.Title, part.FileName, 1));
            }
        }

        WriteUnits(part.Units);
        _xml.WriteEndElement();
    }

    private void WriteBibliography()
    {
        WriteGeneratedSection("bibliography", "doc-bibliography", Labels.Bibliography, () =>
        {
            Start("ul");
            _xml.WriteAttributeString("class", "bibliography");
            var entries = context.Document.Bibliography;
            for (var i = 0; i < entries.Length; i++)
            {
                Start("li");
                WriteAnchoredInlines(entries[i].Content, Cursor(ContentRegion.Bibliography, i));
                _xml.WriteEndElement();
                AfterTopLevelBlock();
            }

            _xml.WriteEndElement();
        });
    }

    private void WriteColophon()
    {
        if (context.Document.Citation.Length > 0)
        {
            Element("h2", Labels.Citation);
            Start("p");
            _xml.WriteAttributeString("class", "citation");
            WriteAnchoredInlines(context.Document.Citation, Cursor(ContentRegion.Citation, 0));
            _xml.WriteEndElement();
            AfterTopLevelBlock();
        }

        if (context.Institution is { Lines.Length: > 0 } institution)
        {
            Start("div");
            _xml.WriteAttributeString("class", "institution");
            foreach (var line in institution.Lines)
            {
                Start("p");
                _xml.WriteAttributeString("class", "institution-" + line.Kind.ToString().ToLowerInvariant());
                if (SafeLink.IsAllowed(line.Url))
                {
                    Start("a");
                    _xml.WriteAttributeString("href", line.Url!.Trim());
                    _xml.WriteString(XmlCharacters.Clean(line.Text));
                    _xml.WriteEndElement();
                }
                else
                {
                    _xml.WriteString(XmlCharacters.Clean(line.Text));
                }

                _xml.WriteEndElement();
            }

            _xml.WriteEndElement();
        }
    }

    private void WriteGeneratedSection(string? epubType, string? role, string heading, Action content)
    {
        Start("section");
        if (epubType is not null)
        {
            EpubType(epubType);
        }

        if (role is not null)
        {
            _xml.WriteAttributeString("role", role);
        }

        var id = context.Ids.NextHeading();
        _xml.WriteAttributeString("aria-labelledby", id);
        Element("h1", heading, id: id);
        context.Toc.Add(new TocEntry(heading, part.FileName + "#" + id, 1));
        content();
        _xml.WriteEndElement();
    }

    private void WriteUnits(ImmutableArray<ContentUnit> units)
    {
        var inAbstract = false;
        foreach (var unit in units)
        {
            var front = unit.Region == ContentRegion.FrontMatter;
            if (front && !inAbstract)
            {
                StartAbstract(labelled: unit.Index == 0);
            }
            else if (!front && inAbstract)
            {
                _xml.WriteEndElement();
            }

            inAbstract = front;
            WriteBlock(unit.Block, Cursor(unit.Region, unit.Index));
            AfterTopLevelBlock();
        }

        if (inAbstract)
        {
            _xml.WriteEndElement();
        }
    }

    /// <summary>
    /// Opens the section of the front matter (a Markdown manuscript's abstract), labelled as in the PDF so it
    /// does not read as the body's first paragraph. Only its first part carries the visible label: a long
    /// abstract split across content documents goes on unlabelled, named for assistive technology only.
    /// </summary>
    private void StartAbstract(bool labelled)
    {
        Start("section");
        EpubType("abstract");
        _xml.WriteAttributeString("role", "doc-abstract");
        _xml.WriteAttributeString("class", "abstract");
        if (labelled)
        {
            var id = context.Ids.NextHeading();
            _xml.WriteAttributeString("aria-labelledby", id);
            Element("h2", Labels.Abstract, id: id);
        }
        else
        {
            _xml.WriteAttributeString("aria-label", Labels.Abstract);
        }
    }

    private void AfterTopLevelBlock()
    {
        if (context.Options.NotePlacement == NotePlacement.AfterParagraph)
        {
            FlushNotes();
        }
    }

    private BreakCursor Cursor(ContentRegion region, int index) => new(context.Pages.For(region, index));

    private void WriteBlock(Block block, BreakCursor? cursor)
    {
        if (block is not ParagraphBlock && cursor is not null)
        {
            // Only paragraphs take breaks inside; elsewhere the page starts just before the block.
            WriteBreaks(cursor.Remaining());
        }

        switch (block)
        {
            case HeadingBlock heading:
                var id = context.Ids.NextHeading();
                Start("h" + Math.Clamp(heading.Level, 1, 6).ToString(CultureInfo.InvariantCulture));
                _xml.WriteAttributeString("id", id);
                WriteInlines(heading.Content, null);
                _xml.WriteEndElement();
                // An empty heading gets no entry: its sub-headings nest under the entry before.
                if (heading.Level <= 3 && !_insideNote && Label(heading) is { } label)
                {
                    context.Toc.Add(new TocEntry(label, part.FileName + "#" + id, heading.Level));
                }

                break;
            case ParagraphBlock paragraph:
                Start("p");
                if (cursor is null)
                {
                    WriteInlines(paragraph.Content, null);
                }
                else
                {
                    WriteAnchoredInlines(paragraph.Content, cursor);
                }

                _xml.WriteEndElement();
                break;
            case FigureBlock figure:
                WriteFigure(figure);
                break;
            case BlockQuoteBlock quote:
                Start("blockquote");
                foreach (var child in quote.Children)
                {
                    WriteBlock(child, null);
                }

                _xml.WriteEndElement();
                break;
            case ListBlock list:
                Start(list.Ordered ? "ol" : "ul");
                if (list.Ordered && list.Start != 1)
                {
                    _xml.WriteAttributeString("start", list.Start.ToString(CultureInfo.InvariantCulture));
                }

                foreach (var item in list.Items)
                {
                    Start("li");
                    foreach (var child in item.Children)
                    {
                        WriteBlock(child, null);
                    }

                    _xml.WriteEndElement();
                }

                _xml.WriteEndElement();
                break;
            case CodeBlock code:
                Start("pre");
                Element("code", code.Text);
                _xml.WriteEndElement();
                break;
            case ThematicBreakBlock:
                Start("hr");
                _xml.WriteAttributeString("class", "scene-break");
                _xml.WriteEndElement();
                break;
            default:
                throw new InvalidOperationException($"Unknown block kind {block.GetType().Name}.");
        }
    }

    private void WriteFigure(FigureBlock figure)
    {
        Start("figure");
        if (context.Images.TryGetValue(figure, out var image))
        {
            Start("img");
            _xml.WriteAttributeString("src", image.Href);
            _xml.WriteAttributeString("alt", XmlCharacters.Clean(FigureAltText(figure)));
            _xml.WriteAttributeString("width", image.Width.ToString(CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("height", image.Height.ToString(CultureInfo.InvariantCulture));
            _xml.WriteEndElement();
        }

        if (figure.Caption.Length > 0)
        {
            Start("figcaption");
            WriteInlines(figure.Caption, null);
            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
    }

    /// <summary>The author's description, else the caption without note numbers (a caption is the best description we have).</summary>
    internal static string FigureAltText(FigureBlock figure) =>
        !string.IsNullOrWhiteSpace(figure.Image?.AltText)
            ? figure.Image.AltText.Trim()
            : PlainText.Of(figure.Caption, withNoteMarkers: false).Trim();

    private void WriteInlines(ImmutableArray<Inline> inlines, BreakCursor? cursor)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline text:
                    WriteText(text.Text, cursor);
                    break;
                case EmphasisInline emphasis:
                    Start("em");
                    WriteInlines(emphasis.Children, cursor);
                    _xml.WriteEndElement();
                    break;
                case StrongInline strong:
                    Start("strong");
                    WriteInlines(strong.Children, cursor);
                    _xml.WriteEndElement();
                    break;
                case LinkInline link when SafeLink.IsAllowed(link.Target):
                    Start("a");
                    _xml.WriteAttributeString("href", link.Target.Trim());
                    WriteInlines(link.Children, cursor);
                    _xml.WriteEndElement();
                    break;
                case LinkInline link:
                    context.Diagnostics.Warning(EpubDiagnosticCodes.UnsafeLinkDropped, link.Span, "A link target that is not http, https or mailto was dropped; its text is kept.");
                    WriteInlines(link.Children, cursor);
                    break;
                case CodeInline code:
                    BreaksUpTo(cursor, 0);
                    Element("code", code.Code);
                    Advance(cursor, code.Code.Length);
                    break;
                case LineBreakInline:
                    BreaksUpTo(cursor, 0);
                    Start("br");
                    _xml.WriteEndElement();
                    Advance(cursor, 1);
                    break;
                case NoteReferenceInline reference:
                    BreaksUpTo(cursor, 0);
                    WriteNoteReference(reference.Note);
                    Advance(cursor, reference.Note.Number.ToString(CultureInfo.InvariantCulture).Length);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown inline kind {inline.GetType().Name}.");
            }
        }
    }

    /// <summary>Inlines of a block that takes page breaks; a break past the text's end (a stale offset) still gets its marker, at the end.</summary>
    private void WriteAnchoredInlines(ImmutableArray<Inline> inlines, BreakCursor cursor)
    {
        WriteInlines(inlines, cursor);
        WriteBreaks(cursor.Remaining());
    }

    private void WriteText(string text, BreakCursor? cursor)
    {
        text = XmlCharacters.Clean(text);
        var start = 0;
        while (cursor?.NextAtOrBefore(cursor.Position + (text.Length - start)) is { } pageBreak)
        {
            var cut = Math.Max(0, pageBreak.Offset - cursor.Position);
            _xml.WriteString(text.Substring(start, cut));
            start += cut;
            cursor.Position += cut;
            WritePageBreak(pageBreak);
            cursor.Advance();
        }

        _xml.WriteString(text[start..]);
        if (cursor is not null)
        {
            cursor.Position += text.Length - start;
        }
    }

    private void BreaksUpTo(BreakCursor? cursor, int extra)
    {
        while (cursor?.NextAtOrBefore(cursor.Position + extra) is { } pageBreak)
        {
            WritePageBreak(pageBreak);
            cursor.Advance();
        }
    }

    private static void Advance(BreakCursor? cursor, int characters)
    {
        if (cursor is not null)
        {
            cursor.Position += characters;
        }
    }

    private void WriteBreaks(IEnumerable<PageBreak> breaks)
    {
        foreach (var pageBreak in breaks)
        {
            WritePageBreak(pageBreak);
        }
    }

    private void WritePageBreak(PageBreak pageBreak)
    {
        Start("span");
        EpubType("pagebreak");
        _xml.WriteAttributeString("role", "doc-pagebreak");
        _xml.WriteAttributeString("id", pageBreak.Id);
        _xml.WriteAttributeString("aria-label", pageBreak.Label);
        _xml.WriteEndElement();
        context.Pages.MarkWritten(pageBreak, part.FileName);
    }

    private void WriteNoteReference(Note note)
    {
        var number = note.Number.ToString(CultureInfo.InvariantCulture);
        if (_insideNote)
        {
            // Readers flatten notes inside notes; a nested marker has no aside of its own to point at.
            _xml.WriteString(number);
            return;
        }

        var markerId = context.Ids.NextMarker(note.Number);
        if (!_notesHere.TryGetValue(note.Number, out var here))
        {
            here = (context.Ids.NextNoteCopy(note.Number), markerId);
            _notesHere[note.Number] = here;
            _pendingNotes.Add(note);
        }

        Start("a");
        _xml.WriteAttributeString("id", markerId);
        _xml.WriteAttributeString("href", "#" + here.NoteId);
        EpubType("noteref");
        _xml.WriteAttributeString("role", "doc-noteref");
        _xml.WriteAttributeString("class", "noteref");
        _xml.WriteString(number);
        _xml.WriteEndElement();
    }

    private void FlushNotes()
    {
        foreach (var note in _pendingNotes)
        {
            WriteNote(note);
        }

        _pendingNotes.Clear();
    }

    private void WriteNote(Note note)
    {
        _insideNote = true;
        Start("aside");
        var here = _notesHere[note.Number];
        _xml.WriteAttributeString("id", here.NoteId);
        EpubType("footnote");
        _xml.WriteAttributeString("role", "doc-footnote");
        _xml.WriteAttributeString("class", "footnote");
        Start("p");
        Start("a");
        _xml.WriteAttributeString("href", "#" + here.FirstMarkerId);
        _xml.WriteAttributeString("role", "doc-backlink");
        _xml.WriteString(note.Number.ToString(CultureInfo.InvariantCulture));
        _xml.WriteEndElement();
        _xml.WriteString(". ");
        var rest = note.Content;
        if (rest.FirstOrDefault() is ParagraphBlock first)
        {
            WriteInlines(first.Content, null);
            rest = rest.RemoveAt(0);
        }

        _xml.WriteEndElement();
        foreach (var block in rest)
        {
            WriteBlock(block, null);
        }

        _xml.WriteEndElement();
        _insideNote = false;
    }

    private void Start(string name) => _xml.WriteStartElement(name, XhtmlNames.Xhtml);

    private void EpubType(string value) => _xml.WriteAttributeString("epub", "type", XhtmlNames.Ops, value);

    private void Element(string name, string text, string? cssClass = null, string? id = null)
    {
        Start(name);
        if (id is not null)
        {
            _xml.WriteAttributeString("id", id);
        }

        if (cssClass is not null)
        {
            _xml.WriteAttributeString("class", cssClass);
        }

        _xml.WriteString(XmlCharacters.Clean(text));
        _xml.WriteEndElement();
    }

    private void Paragraph(string? text, string cssClass)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            Element("p", text, cssClass);
        }
    }
}
