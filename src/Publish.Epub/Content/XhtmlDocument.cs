using System.Text;
using System.Xml;

namespace Publish.Epub.Content;

/// <summary>
/// The frame of every XHTML content document the package holds, an article's or a book's own page: the doctype and
/// <c>html</c> in the language, the head (title, the one stylesheet) and the body with its <c>epub:type</c>
/// (frontmatter, bodymatter, backmatter: never <c>chapter</c> on <c>body</c>, DESIGN.md), around what
/// the body writer writes.
/// </summary>
internal static class XhtmlDocument
{
    public static byte[] Write(string language, string title, string bodyType, Action<XhtmlOutput> writeBody)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            var xhtml = new XhtmlOutput(xml);
            xhtml.StartDocument(language);
            xhtml.Start("head");
            xhtml.Element("title", title);
            xhtml.Start("link");
            xhtml.Attribute("rel", "stylesheet");
            xhtml.Attribute("type", "text/css");
            xhtml.Attribute("href", XhtmlNames.Stylesheet);
            xhtml.End();
            xhtml.End();
            xhtml.Start("body");
            xhtml.EpubType(bodyType);
            writeBody(xhtml);
            xhtml.End();
            xhtml.End();
            xhtml.EndDocument();
        }

        return buffer.ToArray();
    }
}
