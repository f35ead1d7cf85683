using System.Text;
using System.Xml;
using Publish.Epub.Content;
using Publish.Model;

namespace Publish.Epub.Navigation;

/// <summary>
/// Writes <c>nav.xhtml</c>: the table of contents (nested by heading level), landmarks and, when the print edition
/// is known, a flat page-list in reading order. Roles follow Ace's <c>epub-type-has-matching-role</c>:
/// <c>toc</c>→<c>doc-toc</c>, <c>page-list</c>→<c>doc-pagelist</c>; landmarks and their link types take none,
/// so the landmarks list only names types without a DPUB-ARIA role (cover, titlepage, bodymatter).
/// </summary>
internal static class NavigationDocumentWriter
{
    public static byte[] Write(Metadata metadata, EditionLabels labels, IReadOnlyList<TocEntry> toc,
        IReadOnlyList<(string EpubType, string Label, string Href)> landmarks, IReadOnlyList<PageTarget> pages)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteDocType("html", null, null, null);
            xml.WriteStartElement("html", XhtmlNames.Xhtml);
            xml.WriteAttributeString("xmlns", "epub", null, XhtmlNames.Ops);
            xml.WriteAttributeString("lang", metadata.Language);
            xml.WriteAttributeString("xml", "lang", null, metadata.Language);
            if (Model.Text.TextDirection.IsRightToLeftLanguage(metadata.Language))
            {
                xml.WriteAttributeString("dir", "rtl");
            }
            xml.WriteStartElement("head", XhtmlNames.Xhtml);
            xml.WriteElementString("title", XhtmlNames.Xhtml, labels.Contents);
            xml.WriteStartElement("link", XhtmlNames.Xhtml);
            xml.WriteAttributeString("rel", "stylesheet");
            xml.WriteAttributeString("type", "text/css");
            xml.WriteAttributeString("href", XhtmlNames.Stylesheet);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteStartElement("body", XhtmlNames.Xhtml);

            xml.WriteStartElement("nav", XhtmlNames.Xhtml);
            xml.WriteAttributeString("epub", "type", XhtmlNames.Ops, "toc");
            xml.WriteAttributeString("role", "doc-toc");
            xml.WriteAttributeString("id", "toc");
            xml.WriteElementString("h1", XhtmlNames.Xhtml, labels.Contents);
            WriteNested(xml, toc);
            xml.WriteEndElement();

            xml.WriteStartElement("nav", XhtmlNames.Xhtml);
            xml.WriteAttributeString("epub", "type", XhtmlNames.Ops, "landmarks");
            xml.WriteAttributeString("aria-label", labels.Landmarks);
            xml.WriteAttributeString("hidden", "hidden");
            xml.WriteStartElement("ol", XhtmlNames.Xhtml);
            foreach (var (type, label, href) in landmarks)
            {
                xml.WriteStartElement("li", XhtmlNames.Xhtml);
                xml.WriteStartElement("a", XhtmlNames.Xhtml);
                xml.WriteAttributeString("epub", "type", XhtmlNames.Ops, type);
                xml.WriteAttributeString("href", href);
                xml.WriteString(XmlCharacters.Clean(label));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();

            if (pages.Count > 0)
            {
                xml.WriteStartElement("nav", XhtmlNames.Xhtml);
                xml.WriteAttributeString("epub", "type", XhtmlNames.Ops, "page-list");
                xml.WriteAttributeString("role", "doc-pagelist");
                xml.WriteAttributeString("aria-label", labels.PageList);
                xml.WriteAttributeString("hidden", "hidden");
                xml.WriteStartElement("ol", XhtmlNames.Xhtml);
                foreach (var page in pages)
                {
                    xml.WriteStartElement("li", XhtmlNames.Xhtml);
                    xml.WriteStartElement("a", XhtmlNames.Xhtml);
                    xml.WriteAttributeString("href", page.FileName + "#" + page.Id);
                    xml.WriteString(XmlCharacters.Clean(page.Label));
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Nests entries by level: a deeper entry opens a list inside the entry before it, however many levels deeper
    /// it is (a level-3 heading right after a level-1 one is one step down), and an entry shallower than the
    /// first stays at top level, so the list is always valid.
    /// </summary>
    private static void WriteNested(XmlWriter xml, IReadOnlyList<TocEntry> entries)
    {
        var open = new Stack<int>();
        xml.WriteStartElement("ol", XhtmlNames.Xhtml);
        open.Push(int.MaxValue);
        var itemOpen = false;
        foreach (var entry in entries)
        {
            if (itemOpen && entry.Level > open.Peek())
            {
                xml.WriteStartElement("ol", XhtmlNames.Xhtml);
                open.Push(entry.Level);
            }
            else
            {
                if (itemOpen)
                {
                    xml.WriteEndElement();
                }

                while (open.Count > 1 && entry.Level < open.Peek())
                {
                    open.Pop();
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                }
            }

            // The top list takes the lowest level seen so far, so a later shallower entry can still have children.
            if (open.Count == 1 && entry.Level < open.Peek())
            {
                open.Pop();
                open.Push(entry.Level);
            }

            xml.WriteStartElement("li", XhtmlNames.Xhtml);
            xml.WriteStartElement("a", XhtmlNames.Xhtml);
            xml.WriteAttributeString("href", entry.Href);
            xml.WriteString(XmlCharacters.Clean(entry.Label));
            xml.WriteEndElement();
            itemOpen = true;
        }

        if (itemOpen)
        {
            xml.WriteEndElement();
        }

        while (open.Count > 1)
        {
            open.Pop();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
