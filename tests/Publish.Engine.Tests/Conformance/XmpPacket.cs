using System.Text;
using System.Xml;
using System.Xml.Linq;
using UglyToad.PdfPig.Tokens;

namespace Publish.Engine.Tests.Conformance;

/// <summary>The catalog's XMP metadata parsed (ISO 16684-1): property values by namespace and name, as simple text.</summary>
internal sealed class XmpPacket
{
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Dc = "http://purl.org/dc/elements/1.1/";
    public const string Xmp = "http://ns.adobe.com/xap/1.0/";
    public const string Pdf = "http://ns.adobe.com/pdf/1.3/";
    public const string PdfAId = "http://www.aiim.org/pdfa/ns/id/";
    public const string PdfUaId = "http://www.aiim.org/pdfua/ns/id/";
    public const string PdfXId = "http://www.npes.org/pdfx/ns/id/";
    public const string PdfAExtension = "http://www.aiim.org/pdfa/ns/extension/";
    public const string PdfASchema = "http://www.aiim.org/pdfa/ns/schema#";
    public const string PdfAProperty = "http://www.aiim.org/pdfa/ns/property#";

    private XmpPacket(string text, XDocument document)
    {
        Text = text;
        Document = document;
    }

    public string Text { get; }

    public XDocument Document { get; }

    /// <summary>The top-level rdf:Description elements.</summary>
    public IEnumerable<XElement> Descriptions => Document.Descendants(XName.Get("Description", Rdf)).Where(d => d.Parent?.Name == XName.Get("RDF", Rdf));

    /// <summary>Reads the catalog's /Metadata stream; null when there is none or it is not well-formed XML.</summary>
    public static XmpPacket? Read(PdfFile pdf)
    {
        if (pdf.Get(pdf.Catalog, "Metadata") is not StreamToken stream)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(pdf.Decode(stream));
        try
        {
            return new XmpPacket(text, XDocument.Parse(text, LoadOptions.None));
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>A property's values: an attribute or element value, or the rdf:li items of its Seq/Bag/Alt.</summary>
    public IReadOnlyList<string> Values(string ns, string name)
    {
        foreach (var description in Descriptions)
        {
            if (description.Attribute(XName.Get(name, ns)) is { } attribute)
            {
                return [attribute.Value];
            }

            if (description.Element(XName.Get(name, ns)) is { } element)
            {
                var items = element.Descendants(XName.Get("li", Rdf)).Select(li => li.Value).ToArray();
                return items.Length > 0 ? items : [element.Value];
            }
        }

        return [];
    }

    public string? Value(string ns, string name) => Values(ns, name) is [var first, ..] ? first : null;

    /// <summary>Every top-level property used, as (namespace, local name).</summary>
    public IEnumerable<(string Namespace, string Name)> Properties() =>
        Descriptions.SelectMany(d =>
            d.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name.NamespaceName.Length > 0 && a.Name.NamespaceName != Rdf)
                .Select(a => (a.Name.NamespaceName, a.Name.LocalName))
                .Concat(d.Elements().Select(e => (e.Name.NamespaceName, e.Name.LocalName))));

    /// <summary>The claims the identification schemas make (pdfaid, pdfuaid, pdfxid).</summary>
    public ConformanceClaims Claims()
    {
        var claims = ConformanceClaims.None;
        if (Value(PdfAId, "part") == "2" && Value(PdfAId, "conformance") is "B" or "b")
        {
            claims |= ConformanceClaims.PdfA2b;
        }

        if (Value(PdfUaId, "part") == "1")
        {
            claims |= ConformanceClaims.PdfUa1;
        }

        if (Value(PdfXId, "GTS_PDFXVersion") is { } x && x.StartsWith("PDF/X-4", StringComparison.Ordinal))
        {
            claims |= ConformanceClaims.PdfX4;
        }

        return claims;
    }
}
