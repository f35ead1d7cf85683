using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Publish.Epub.Accessibility;
using Publish.Model;

namespace Publish.Epub.Packaging;

/// <summary>
/// Writes <c>content.opf</c> (EPUB 3.3, which keeps <c>version="3.0"</c>). The <c>schema:</c>, <c>a11y:</c> and
/// <c>dcterms:</c> prefixes are reserved and must not be declared (OPF-007).
/// </summary>
internal static partial class PackageDocumentWriter
{
    private const string Opf = "http://www.idpf.org/2007/opf";
    private const string Dc = "http://purl.org/dc/elements/1.1/";

    public static byte[] Write(Metadata metadata, string identifier, DateTimeOffset modified, string? rights,
        AccessibilityProfile accessibility, string? pageBreakSource, bool pageBreakSourceProperty, IReadOnlyList<ManifestItem> manifest, (string Href, string Title)? coverPage,
        BookPackageMetadata? book = null)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("package", Opf);
            xml.WriteAttributeString("version", "3.0");
            xml.WriteAttributeString("unique-identifier", "pub-id");
            xml.WriteAttributeString("xml", "lang", null, metadata.Language);

            xml.WriteStartElement("metadata", Opf);
            xml.WriteAttributeString("xmlns", "dc", null, Dc);
            Dublin(xml, "identifier", identifier, "pub-id");
            Dublin(xml, "title", metadata.Title, "pub-title");
            if (!string.IsNullOrWhiteSpace(metadata.Subtitle))
            {
                Dublin(xml, "title", metadata.Subtitle, "pub-subtitle");
                Meta(xml, "title-type", "subtitle", "#pub-subtitle");
                Meta(xml, "title-type", "main", "#pub-title");
            }

            Dublin(xml, "language", metadata.Language);
            for (var i = 0; i < metadata.Authors.Length; i++)
            {
                var id = "creator" + (i + 1).ToString(CultureInfo.InvariantCulture);
                Dublin(xml, "creator", metadata.Authors[i], id);
                Meta(xml, "role", "aut", "#" + id, scheme: "marc:relators");
            }

            if (book is not null)
            {
                BookMetadata(xml, book);
            }

            if (metadata.Date is { } date && W3cDate().IsMatch(date))
            {
                Dublin(xml, "date", date);
            }

            if (!string.IsNullOrWhiteSpace(metadata.Publisher))
            {
                Dublin(xml, "publisher", metadata.Publisher);
            }

            if (!string.IsNullOrWhiteSpace(rights))
            {
                Dublin(xml, "rights", rights);
            }

            if (pageBreakSource is not null)
            {
                // Ace's epub-pagesource: pages need their print source in dc:source; EPUB 3.2's source-of says
                // this dc:source is the one the pagination comes from.
                Dublin(xml, "source", pageBreakSource, "pub-source");
                Meta(xml, "source-of", "pagination", "#pub-source");
            }

            Meta(xml, "dcterms:modified", modified.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            if (!string.IsNullOrWhiteSpace(metadata.Series))
            {
                Meta(xml, "belongs-to-collection", metadata.Series, id: "series");
                Meta(xml, "collection-type", "series", "#series");
                if (metadata.Number is { } number && PlainNumber().Match(number) is { Success: true } match)
                {
                    Meta(xml, "group-position", match.Value, "#series");
                }
            }

            foreach (var mode in accessibility.AccessModes)
            {
                Meta(xml, "schema:accessMode", mode);
            }

            foreach (var mode in accessibility.AccessModesSufficient)
            {
                Meta(xml, "schema:accessModeSufficient", mode);
            }

            foreach (var feature in accessibility.Features)
            {
                Meta(xml, "schema:accessibilityFeature", feature);
            }

            Meta(xml, "schema:accessibilityHazard", "none");
            Meta(xml, "schema:accessibilitySummary", accessibility.Summary);
            if (accessibility.ConformsTo is not null && accessibility.CertifiedBy is not null)
            {
                Meta(xml, "dcterms:conformsTo", accessibility.ConformsTo);
                Meta(xml, "a11y:certifiedBy", accessibility.CertifiedBy);
            }

            if (pageBreakSource is not null && pageBreakSourceProperty)
            {
                Meta(xml, "pageBreakSource", pageBreakSource);
            }

            xml.WriteEndElement();

            xml.WriteStartElement("manifest", Opf);
            foreach (var item in manifest)
            {
                xml.WriteStartElement("item", Opf);
                xml.WriteAttributeString("id", item.Id);
                xml.WriteAttributeString("href", item.Href);
                xml.WriteAttributeString("media-type", item.MediaType);
                if (item.Properties is not null)
                {
                    xml.WriteAttributeString("properties", item.Properties);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();

            xml.WriteStartElement("spine", Opf);
            if (Model.Text.TextDirection.IsRightToLeftLanguage(metadata.Language))
            {
                // EPUB 3.3 §5.7.2: pages of a right-to-left book turn from right to left.
                xml.WriteAttributeString("page-progression-direction", "rtl");
            }

            foreach (var item in manifest.Where(i => i.InSpine))
            {
                xml.WriteStartElement("itemref", Opf);
                xml.WriteAttributeString("idref", item.Id);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            if (coverPage is { } page)
            {
                // EPUB 3 keeps the EPUB 2 guide as a legacy feature (EPUB 3.3 §D.4.2). Calibre goes by it: without it the
                // cover page stays in the spine beside the cover Calibre makes from the cover image, and shows twice.
                xml.WriteStartElement("guide", Opf);
                xml.WriteStartElement("reference", Opf);
                xml.WriteAttributeString("type", "cover");
                xml.WriteAttributeString("title", Content.XmlCharacters.Clean(page.Title));
                xml.WriteAttributeString("href", page.Href);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// A book's editors and articles. The editors are <c>dc:contributor</c>s with the MARC relator <c>edt</c> (EPUB 3.3's
    /// contributor element: a secondary role in creating the content); the articles' authors are the book's
    /// <c>dc:creator</c>s (written from the metadata given). Which article each wrote: EPUB 3 has no creator per content
    /// document, but a <c>meta</c>'s <c>refines</c> may point at an element or resource of the package (EPUB 3.3's
    /// meta element; media overlays refine manifest items with <c>media:duration</c> this way; EPUBCheck 4.2.6 accepts it), so the item that opens each article is
    /// refined with <c>dcterms:title</c> and a <c>dcterms:creator</c> per author — terms from the reserved <c>dcterms:</c>
    /// vocabulary, read by tools that want them and ignored by reading systems that do not. <c>belongs-to-collection</c>
    /// does not fit: it names a collection the whole publication belongs to (a series), not a part inside it; and the
    /// <c>collection</c> element is on its way out (EPUBCheck 5 reports it as OBS-001, 4.2 wants registered roles).
    /// </summary>
    private static void BookMetadata(XmlWriter xml, BookPackageMetadata book)
    {
        for (var i = 0; i < book.Editors.Length; i++)
        {
            var id = "contributor" + (i + 1).ToString(CultureInfo.InvariantCulture);
            Dublin(xml, "contributor", book.Editors[i], id);
            Meta(xml, "role", "edt", "#" + id, scheme: "marc:relators");
        }

        foreach (var article in book.Articles)
        {
            Meta(xml, "dcterms:title", article.Title, "#" + article.ItemId);
            foreach (var author in article.Authors)
            {
                Meta(xml, "dcterms:creator", author, "#" + article.ItemId);
            }
        }
    }

    private static void Dublin(XmlWriter xml, string name, string value, string? id = null)
    {
        xml.WriteStartElement("dc", name, Dc);
        if (id is not null)
        {
            xml.WriteAttributeString("id", id);
        }

        xml.WriteString(Content.XmlCharacters.Clean(value));
        xml.WriteEndElement();
    }

    private static void Meta(XmlWriter xml, string property, string value, string? refines = null, string? id = null, string? scheme = null)
    {
        xml.WriteStartElement("meta", Opf);
        if (refines is not null)
        {
            xml.WriteAttributeString("refines", refines);
        }

        if (id is not null)
        {
            xml.WriteAttributeString("id", id);
        }

        xml.WriteAttributeString("property", property);
        if (scheme is not null)
        {
            xml.WriteAttributeString("scheme", scheme);
        }

        xml.WriteString(Content.XmlCharacters.Clean(value));
        xml.WriteEndElement();
    }

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex W3cDate();

    [GeneratedRegex(@"^\d{1,9}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
