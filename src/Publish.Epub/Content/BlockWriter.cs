using System.Globalization;
using Publish.Epub.Styling;
using Publish.Model;
using Publish.Model.Blocks;

namespace Publish.Epub.Content;

/// <summary>
/// Writes blocks as XHTML flow content. Headings take the book-wide ids and, up to level 3 and outside notes,
/// a contents entry; a figure shows its processed image when it has one. Only a paragraph takes page markers
/// inside its text; before any other block the markers of its page go first. A heading, figure, table or div with
/// an author's id carries it (made valid and unique by <see cref="AnchorMap"/>) except inside a note, whose text is
/// repeated in every file that refers to it.
/// </summary>
internal sealed class BlockWriter
{
    /// <summary>The ornament the print edition sets for a thematic break (three asterisks, em spaces between).</summary>
    public const string SceneBreak = "*\u2003*\u2003*";

    /// <summary>A task list item's box as text (U+2610, U+2611): readers draw a glyph, not a form control, which EPUB content may not be.</summary>
    public const string OpenTask = "\u2610";
    public const string DoneTask = "\u2611";

    private readonly XhtmlOutput xhtml;
    private readonly InlineWriter inlines;
    private readonly PageBreakWriter breaks;
    private readonly NoteWriter notes;
    private readonly BookIds ids;
    private readonly List<TocEntry> toc;
    private readonly IReadOnlyDictionary<FigureBlock, ImageAsset> images;
    private readonly string fileName;
    private readonly AnchorMap anchors;
    private readonly EditionLabels labels;
    private readonly StylesheetNeeds needs;
    private readonly TableWriter _tables;
    private readonly DivWriter _divs;

    public BlockWriter(XhtmlOutput xhtml, InlineWriter inlines, PageBreakWriter breaks, NoteWriter notes, BookIds ids, List<TocEntry> toc,
        IReadOnlyDictionary<FigureBlock, ImageAsset> images, string fileName, AnchorMap anchors, EditionLabels labels, StylesheetNeeds needs)
    {
        this.xhtml = xhtml;
        this.inlines = inlines;
        this.breaks = breaks;
        this.notes = notes;
        this.ids = ids;
        this.toc = toc;
        this.images = images;
        this.fileName = fileName;
        this.anchors = anchors;
        this.labels = labels;
        this.needs = needs;
        _tables = new TableWriter(xhtml, this, labels, needs);
        _divs = new DivWriter(xhtml, this, labels, needs);
    }

    public InlineWriter Inlines => inlines;

    /// <summary>The stylesheet rules the content needs, collected for the whole package.</summary>
    public StylesheetNeeds Needs => needs;

    /// <summary>The id to write on a node's element: the author's, once, and never inside a note.</summary>
    public string? AuthorId(object node) => notes.IsWritingNote ? null : anchors.Claim(node);

    /// <summary>The id the heading <paramref name="heading"/> will have when written next (for <c>aria-labelledby</c> written before it).</summary>
    public string PeekHeadingId(HeadingBlock heading) => (notes.IsWritingNote ? null : anchors.IdOf(heading)) ?? ids.PeekHeading();

    /// <summary>Writes <paramref name="block"/>; <paramref name="cursor"/> is a top-level block's page breaks, null inside containers and notes.</summary>
    public void Write(Block block, BreakCursor? cursor)
    {
        if (block is not ParagraphBlock && cursor is not null)
        {
            breaks.WriteAll(cursor.Remaining());
        }

        switch (block)
        {
            case HeadingBlock heading:
                WriteHeading(heading);
                break;
            case ParagraphBlock paragraph:
                xhtml.Start("p");
                xhtml.Direction(PlainText.Of(paragraph.Content));
                if (cursor is null)
                {
                    inlines.Write(paragraph.Content, null);
                }
                else
                {
                    inlines.WriteAnchored(paragraph.Content, cursor);
                }

                xhtml.End();
                break;
            case FigureBlock figure:
                WriteFigure(figure);
                break;
            case BlockQuoteBlock quote:
                xhtml.Start("blockquote");
                WriteChildren(quote.Children);
                xhtml.End();
                break;
            case ListBlock list:
                WriteList(list);
                break;
            case CodeBlock code:
                xhtml.Start("pre");
                xhtml.Element("code", code.Text);
                xhtml.End();
                break;
            case ThematicBreakBlock:
                WriteSceneBreak();
                break;
            case TableBlock table:
                _tables.Write(table);
                break;
            case DefinitionListBlock definitions:
                WriteDefinitions(definitions);
                break;
            case DivBlock div:
                _divs.Write(div);
                break;
            case MathBlock math:
                // No math layout: the TeX as typed, centred in italics, as the print edition sets it.
                needs.Use(StyleFeature.Math);
                xhtml.Element("p", math.Tex, "math");
                break;
            default:
                throw new InvalidOperationException($"Unknown block kind {block.GetType().Name}.");
        }
    }

    private void WriteHeading(HeadingBlock heading)
    {
        var id = AuthorId(heading) ?? ids.NextHeading();
        xhtml.Start("h" + Math.Clamp(heading.Level, 1, 6).ToString(CultureInfo.InvariantCulture));
        xhtml.Attribute("id", id);
        xhtml.Direction(PlainText.Of(heading.Content));
        inlines.WriteDisplay(heading.Content);
        xhtml.End();

        // An empty heading gets no entry: its sub-headings nest under the entry before.
        if (heading.Level <= 3 && !notes.IsWritingNote && HeadingLabel.Of(heading) is { } label)
        {
            toc.Add(new TocEntry(label, fileName + "#" + id, heading.Level));
        }
    }

    private void WriteList(ListBlock list)
    {
        xhtml.Start(list.Ordered ? "ol" : "ul");
        if (list.Ordered && list.Start != 1)
        {
            xhtml.Attribute("start", list.Start.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var item in list.Items)
        {
            xhtml.Start("li");
            if (item.Task is { } done)
            {
                WriteTask(item, done);
            }
            else
            {
                WriteChildren(item.Children);
            }

            xhtml.End();
        }

        xhtml.End();
    }

    /// <summary>A task item: its box as a glyph at the start of its first paragraph, so the two read as one line.</summary>
    private void WriteTask(ListItem item, bool done)
    {
        needs.Use(StyleFeature.TaskLists);
        xhtml.Attribute("class", "task");
        var rest = item.Children;
        if (rest.FirstOrDefault() is ParagraphBlock first)
        {
            xhtml.Start("p");
            xhtml.Direction(PlainText.Of(first.Content));
            xhtml.Element("span", done ? DoneTask : OpenTask, "task-box");
            xhtml.CleanText(" ");
            inlines.Write(first.Content, null);
            xhtml.End();
            rest = rest.RemoveAt(0);
        }
        else
        {
            xhtml.Element("span", done ? DoneTask : OpenTask, "task-box");
        }

        WriteChildren(rest);
    }

    private void WriteDefinitions(DefinitionListBlock definitions)
    {
        needs.Use(StyleFeature.DefinitionLists);
        xhtml.Start("dl");
        foreach (var item in definitions.Items)
        {
            foreach (var term in item.Terms)
            {
                xhtml.Start("dt");
                xhtml.Direction(PlainText.Of(term));
                inlines.Write(term, null);
                xhtml.End();
            }

            foreach (var definition in item.Definitions)
            {
                xhtml.Start("dd");
                WriteChildren(definition);
                xhtml.End();
            }
        }

        xhtml.End();
    }

    /// <summary>Blocks inside a container (a cell, a definition, a div): no page markers of their own, those went before the container.</summary>
    public void WriteChildren(IEnumerable<Block> children)
    {
        foreach (var child in children)
        {
            Write(child, null);
        }
    }

    /// <summary>
    /// The print edition's ornament as text, not as CSS generated content on an <c>hr</c>, which Calibre and
    /// other readers do not draw: a separator (WAI-ARIA 1.2 §5.4 <c>separator</c>, whose children are presentational,
    /// so assistive technology announces a break, not three asterisks).
    /// </summary>
    private void WriteSceneBreak()
    {
        xhtml.Start("p");
        xhtml.Attribute("class", "scene-break");
        xhtml.Attribute("role", "separator");
        xhtml.CleanText(SceneBreak);
        xhtml.End();
    }

    private void WriteFigure(FigureBlock figure)
    {
        xhtml.Start("figure");
        if (AuthorId(figure) is { } id)
        {
            xhtml.Attribute("id", id);
        }

        // The author's size as a class the stylesheet sizes (no style attribute: one stylesheet restyles the book).
        var width = figure.WidthFraction is { } fraction ? needs.FigureWidth(fraction)
            : figure.WidthPoints is { } points ? needs.FigureWidthPoints(points)
            : null;
        xhtml.Classes((figure.Classes.IsDefault ? [] : figure.Classes).Append(width ?? string.Empty));
        if (images.TryGetValue(figure, out var image))
        {
            xhtml.Start("img");
            xhtml.Attribute("src", image.Href);
            xhtml.Attribute("alt", XmlCharacters.Clean(AltText.Of(figure)));

            // No width/height attributes: the stylesheet sizes images (StylesheetBuilder), and Calibre turns such
            // attributes into fixed CSS sizes of which max-width then shrinks only the width — a 2:1 image came out
            // square. Without them every reader scales the image by its own pixels, in proportion.
            xhtml.End();
        }

        // A figure a cross-reference points at shows the number the reference prints ("Figure 3").
        var number = figure.Id is not null && figure.Number > 0 ? EditionLabels.Numbered(labels.Figure, figure.Number) : null;
        if (figure.Caption.Length > 0 || number is not null)
        {
            xhtml.Start("figcaption");

            // A photo the manuscript names but the build did not find: the caption says so, as the print edition's does,
            // so it reads as a figure without its photo rather than as a subtitle. No <img> points at nothing.
            if (figure.Image is null && labels.MissingPhoto.Length > 0)
            {
                xhtml.Element("span", labels.MissingPhoto, "missing-photo");
                xhtml.CleanText(" ");
            }

            WriteLabel(number, figure.Caption.Length > 0);
            inlines.Write(figure.Caption, null);
            xhtml.End();
        }

        xhtml.End();
    }

    /// <summary>A caption's label ("Table 2", "Figure 3"), followed by a colon when the caption has text of its own.</summary>
    public void WriteLabel(string? label, bool captionFollows)
    {
        if (label is null)
        {
            return;
        }

        xhtml.Element("span", captionFollows ? label + ":" : label, "label");
        if (captionFollows)
        {
            xhtml.CleanText(" ");
        }
    }
}
