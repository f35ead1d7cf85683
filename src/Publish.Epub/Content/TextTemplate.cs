using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Pages;

namespace Publish.Epub.Content;

/// <summary>
/// The pages of the manuscript's own blocks: a text part (a section named by its first heading, else by the
/// title), and the run of top-level blocks it and the about-the-author part hold, each with its page markers
/// and, after it, its notes when they follow each paragraph.
/// </summary>
internal sealed class TextTemplate(XhtmlOutput xhtml, BlockWriter blocks, PageBreakWriter breaks, NoteWriter notes, BookIds ids, EditionLabels labels)
{
    /// <summary>
    /// A text part. <paramref name="opening"/>: the first of an article in a book, which opens with the article's title
    /// and authors. <paramref name="inBook"/>: the book's nav has an entry for the article, so a text without a heading
    /// needs none of its own.
    /// </summary>
    public void TextSection(ContentPart part, Metadata metadata, List<TocEntry> toc, bool opening = false, bool inBook = false)
    {
        if (opening)
        {
            ArticleOpening(metadata);
        }

        xhtml.Start("section");
        if (part.Units.FirstOrDefault()?.Block is HeadingBlock heading)
        {
            xhtml.Attribute("aria-labelledby", blocks.PeekHeadingId(heading));
        }
        else
        {
            // A text without a heading of its own: the book's first such part stands for the text in the contents.
            xhtml.Attribute("aria-label", metadata.Title);
            if (!inBook && !toc.Any(e => e.Href.StartsWith("text-", StringComparison.Ordinal)))
            {
                toc.Add(new TocEntry(metadata.Title, part.FileName, 1));
            }
        }

        Units(part.Units);
        xhtml.End();
    }

    /// <summary>
    /// An article's title, subtitle and authors at the head of its text, as the print edition opens an article of the
    /// book; display lines, as on a title page. No contents entry: the book's nav has one for the article.
    /// </summary>
    private void ArticleOpening(Metadata metadata)
    {
        var needs = blocks.Needs;
        needs.Use(Styling.StyleFeature.Books);
        xhtml.Start("header");
        xhtml.Attribute("class", "article-opening");
        DisplayTextWriter.Title(xhtml, needs, metadata.Title, metadata.Subtitle);
        DisplayTextWriter.Element(xhtml, needs, "p", metadata.Authors.Length > 0 ? string.Join(", ", metadata.Authors) : null, "author");
        xhtml.End();
    }

    public void Units(ImmutableArray<ContentUnit> units)
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
                xhtml.End();
            }

            inAbstract = front;
            if (!unit.Entries.IsEmpty)
            {
                // Where the author's {#refs} div stood: the entries under the author's heading, as Pandoc sets them.
                // A landmark as the bibliography's own page is (epub:type needs its matching role, Ace checks it).
                xhtml.Start("section");
                xhtml.EpubType("bibliography");
                xhtml.Attribute("role", "doc-bibliography");
                xhtml.Attribute("aria-label", labels.Bibliography);
                xhtml.Attribute("class", "references");
                BackMatterTemplates.EntryList(xhtml, blocks, breaks, notes, unit.Entries);
                xhtml.End();
                continue;
            }

            blocks.Write(unit.Block, breaks.Cursor(unit.Region, unit.Index));
            notes.AfterTopLevelBlock(blocks);
        }

        if (inAbstract)
        {
            xhtml.End();
        }
    }

    /// <summary>
    /// Opens the section of the front matter (a Markdown manuscript's abstract), labelled as in the PDF so it
    /// does not read as the body's first paragraph. Only its first part carries the visible label: a long
    /// abstract split across content documents goes on unlabelled, named for assistive technology only.
    /// </summary>
    private void StartAbstract(bool labelled)
    {
        xhtml.Start("section");
        xhtml.EpubType("abstract");
        xhtml.Attribute("role", "doc-abstract");
        xhtml.Attribute("class", "abstract");
        if (labelled)
        {
            var id = ids.NextHeading();
            xhtml.Attribute("aria-labelledby", id);
            xhtml.Element("h2", labels.Abstract, id: id);
        }
        else
        {
            xhtml.Attribute("aria-label", labels.Abstract);
        }
    }
}
