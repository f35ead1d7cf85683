using System.Globalization;
using Publish.Model;
using Publish.Model.Blocks;

namespace Publish.Epub.Content;

/// <summary>
/// Writes blocks as XHTML flow content. Headings take the book-wide ids and, up to level 3 and outside notes,
/// a contents entry; a figure shows its processed image when it has one. Only a paragraph takes page markers
/// inside its text; before any other block the markers of its page go first.
/// </summary>
internal sealed class BlockWriter(
    XhtmlOutput xhtml,
    InlineWriter inlines,
    PageBreakWriter breaks,
    NoteWriter notes,
    BookIds ids,
    List<TocEntry> toc,
    IReadOnlyDictionary<FigureBlock, ImageAsset> images,
    string fileName)
{
    /// <summary>The ornament the print edition sets for a thematic break (three asterisks, em spaces between).</summary>
    public const string SceneBreak = "*\u2003*\u2003*";

    public InlineWriter Inlines => inlines;

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
            default:
                throw new InvalidOperationException($"Unknown block kind {block.GetType().Name}.");
        }
    }

    private void WriteHeading(HeadingBlock heading)
    {
        var id = ids.NextHeading();
        xhtml.Start("h" + Math.Clamp(heading.Level, 1, 6).ToString(CultureInfo.InvariantCulture));
        xhtml.Attribute("id", id);
        xhtml.Direction(PlainText.Of(heading.Content));
        inlines.Write(heading.Content, null);
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
            WriteChildren(item.Children);
            xhtml.End();
        }

        xhtml.End();
    }

    private void WriteChildren(IEnumerable<Block> children)
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

        if (figure.Caption.Length > 0)
        {
            xhtml.Start("figcaption");
            inlines.Write(figure.Caption, null);
            xhtml.End();
        }

        xhtml.End();
    }
}
