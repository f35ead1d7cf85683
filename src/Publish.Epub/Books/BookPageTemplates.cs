using Publish.Epub.Content;
using Publish.Epub.Styling;
using Publish.Model.Books;

namespace Publish.Epub.Books;

/// <summary>
/// The book's own pages around its articles: the title page (title, subtitle, the editors, edition, publisher,
/// identifier), the contents page (parts and articles with their authors, each linked) and a part's title page.
/// Roles follow Ace's <c>epub-type-has-matching-role</c> (DESIGN.md): <c>titlepage</c> takes none, <c>toc</c> takes
/// <c>doc-toc</c>, <c>part</c> takes <c>doc-part</c>.
/// </summary>
internal static class BookPageTemplates
{
    public static void TitlePage(XhtmlOutput xhtml, BookMetadata metadata, StylesheetNeeds needs)
    {
        needs.Use(StyleFeature.Books);
        xhtml.Start("section");
        xhtml.EpubType("titlepage");
        xhtml.Attribute("class", "titlepage");
        DisplayTextWriter.Title(xhtml, needs, metadata.Title, metadata.Subtitle);
        var editors = Model.EditionLabels.ForLanguage(metadata.Language).EditorsLine(metadata.Editors);
        xhtml.Paragraph(editors.Length > 0 ? editors : null, "editors");
        xhtml.Paragraph(metadata.Edition, "edition");
        xhtml.Paragraph(metadata.Publisher, "publisher");
        xhtml.Paragraph(metadata.Identifier, "identifier");
        xhtml.End();
    }

    /// <summary>
    /// The contents page: one list, part titles with their articles nested under them, an article's authors in a paragraph
    /// below its title (so the link reads as the title alone). A contents page in the text, beside
    /// the navigation document's, as the print edition has one and readers page through it.
    /// </summary>
    public static void Contents(XhtmlOutput xhtml, string heading, string headingId, IReadOnlyList<BookContentsLine> lines, StylesheetNeeds needs)
    {
        needs.Use(StyleFeature.Books);
        xhtml.Start("nav");
        xhtml.EpubType("toc");
        xhtml.Attribute("role", "doc-toc");
        xhtml.Attribute("aria-labelledby", headingId);
        xhtml.Element("h1", heading, id: headingId);
        xhtml.Start("ol");
        xhtml.Attribute("class", "book-contents");
        var inPart = false;
        foreach (var line in lines)
        {
            if (line.IsPart)
            {
                if (inPart)
                {
                    xhtml.End();
                    xhtml.End();
                }

                xhtml.Start("li");
                xhtml.Attribute("class", "contents-part");
                Title(xhtml, line);
                xhtml.Start("ol");
                inPart = true;
                continue;
            }

            xhtml.Start("li");
            xhtml.Attribute("class", "contents-article");
            Title(xhtml, line);
            xhtml.Paragraph(line.Authors.Length > 0 ? string.Join(", ", line.Authors) : null, "contents-authors");

            xhtml.End();
        }

        if (inPart)
        {
            xhtml.End();
            xhtml.End();
        }

        xhtml.End();
        xhtml.End();
    }

    /// <summary>A part's title page (<c>- section: Book reviews</c>).</summary>
    public static void PartTitle(XhtmlOutput xhtml, string title, string headingId, StylesheetNeeds needs)
    {
        needs.Use(StyleFeature.Books);
        xhtml.Start("section");
        xhtml.EpubType("part");
        xhtml.Attribute("role", "doc-part");
        xhtml.Attribute("class", "part-title");
        xhtml.Attribute("aria-labelledby", headingId);
        xhtml.Start("h1");
        xhtml.Attribute("id", headingId);
        DisplayTextWriter.Write(xhtml, needs, title);
        xhtml.End();
        xhtml.End();
    }

    /// <summary>A line's linked title, a paragraph of its own: a reader without the stylesheet (Calibre's text output) still breaks the line before the authors and after a part title.</summary>
    private static void Title(XhtmlOutput xhtml, BookContentsLine line)
    {
        xhtml.Start("p");
        xhtml.Attribute("class", "contents-title");
        xhtml.Start("a");
        xhtml.Attribute("href", line.Href);
        xhtml.Text(line.Title);
        xhtml.End();
        xhtml.End();
    }
}
