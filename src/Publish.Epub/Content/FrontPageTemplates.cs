using Publish.Epub.Styling;
using Publish.Model;


namespace Publish.Epub.Content;

/// <summary>The pages before the text: the cover (the image alone) and the title page (the metadata, one line each).</summary>
internal static class FrontPageTemplates
{
    public static void Cover(XhtmlOutput xhtml, ImageAsset cover, Metadata metadata)
    {
        xhtml.Start("section");
        xhtml.EpubType("cover");
        xhtml.Attribute("class", "cover");
        xhtml.Start("img");
        xhtml.Attribute("role", "doc-cover");
        xhtml.Attribute("src", cover.Href);
        xhtml.Attribute("alt", AltText.OfCover(metadata));

        // Sized by the stylesheet alone, as figures are (BlockWriter.WriteFigure).
        xhtml.End();
        xhtml.End();
    }

    public static void TitlePage(XhtmlOutput xhtml, Metadata metadata, EditionLabels labels, List<TocEntry> toc, string fileName, StylesheetNeeds needs)
    {
        toc.Add(new TocEntry(labels.TitlePage, fileName, 1));
        xhtml.Start("section");
        xhtml.EpubType("titlepage");
        xhtml.Attribute("class", "titlepage");
        // The title, subtitle and authors are display lines: their capitals are letterspaced as in print.
        DisplayTextWriter.Title(xhtml, needs, metadata.Title, metadata.Subtitle);
        DisplayTextWriter.Element(xhtml, needs, "p", metadata.Authors.Length > 0 ? string.Join(", ", metadata.Authors) : null, "author");
        var series = string.Join(", ", new[] { metadata.Series, metadata.Number }.Where(s => !string.IsNullOrWhiteSpace(s)));
        xhtml.Paragraph(series, "series");
        xhtml.Paragraph(metadata.Date, "date");
        xhtml.Paragraph(metadata.Publisher, "publisher");
        xhtml.End();
    }
}
