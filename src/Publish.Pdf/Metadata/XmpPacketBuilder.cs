using System.Globalization;
using System.Security;
using System.Security.Cryptography;
using System.Text;
using Publish.Typesetting.Frames;

namespace Publish.Pdf.Metadata;

/// <summary>
/// The XMP metadata packet (§14.3.2) mirroring the Info dictionary (<see cref="InfoDictionaryBuilder"/>), which
/// prepress tools and PDF/A validators read in preference to /Info, plus the identification of every standard the
/// file claims. Values are XML-escaped; the packet is plain UTF-8, its xpacket header without <c>bytes</c> or
/// <c>encoding</c> (ISO 19005-2 §6.6.2.1).
/// </summary>
internal static class XmpPacketBuilder
{
    public static byte[] Build(DocumentInfo info, DocumentClaims claims)
    {
        string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;
        var date = info.Date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var language = string.IsNullOrWhiteSpace(info.Language) ? "x-default" : info.Language;
        var xmp = new StringBuilder();
        xmp.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" ")
            .Append("xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
            .Append("<dc:format>application/pdf</dc:format>\n")
            .Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        if (InfoDictionaryBuilder.Author(info) is { } author)
        {
            // One entry holding exactly the Info /Author string: ISO 19005-1 §6.7.3 Table 1 (kept by validators for
            // PDF/A-2) equates /Author with a dc:creator of a single text; several authors are one comma-joined text.
            xmp.Append("<dc:creator><rdf:Seq><rdf:li>").Append(Escape(author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        }

        if (!string.IsNullOrEmpty(info.Subject))
        {
            xmp.Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Subject))
                .Append("</rdf:li></rdf:Alt></dc:description>\n");
        }

        if (!info.Keywords.IsDefaultOrEmpty)
        {
            xmp.Append("<dc:subject><rdf:Bag>");
            foreach (var keyword in info.Keywords)
            {
                xmp.Append("<rdf:li>").Append(Escape(keyword)).Append("</rdf:li>");
            }

            xmp.Append("</rdf:Bag></dc:subject>\n")
                .Append("<pdf:Keywords>").Append(Escape(InfoDictionaryBuilder.Keywords(info)!)).Append("</pdf:Keywords>\n");
        }

        xmp.Append("<dc:language><rdf:Bag><rdf:li>").Append(Escape(language)).Append("</rdf:li></rdf:Bag></dc:language>\n")
            .Append("<pdf:Producer>").Append(Escape(info.Producer)).Append("</pdf:Producer>\n")
            .Append("<pdf:Trapped>False</pdf:Trapped>\n")
            .Append("<xmp:CreatorTool>").Append(Escape(info.Producer)).Append("</xmp:CreatorTool>\n")
            .Append("<xmp:CreateDate>").Append(date).Append("</xmp:CreateDate>\n")
            .Append("<xmp:ModifyDate>").Append(date).Append("</xmp:ModifyDate>\n")
            .Append("<xmp:MetadataDate>").Append(date).Append("</xmp:MetadataDate>\n")
            .Append("</rdf:Description>\n");
        if (claims.Any)
        {
            AppendClaims(xmp, info, claims);
        }

        xmp.Append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return Encoding.UTF8.GetBytes(xmp.ToString());
    }

    /// <summary>
    /// The identification schemas of the claimed standards, the document and version ids PDF/X-4 asks for
    /// (ISO 15930-7 §6.7.2: xmpMM:DocumentID, VersionID, RenditionClass), and — since PDF/A-2 admits only the schemas
    /// of the XMP specification unless the file describes the others (ISO 19005-2 §6.6.2.3.3) — the PDF/A extension
    /// schema descriptions of pdfuaid and pdfxid.
    /// </summary>
    private static void AppendClaims(StringBuilder xmp, DocumentInfo info, DocumentClaims claims)
    {
        xmp.Append("<rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n")
            .Append("<xmpMM:DocumentID>").Append(DocumentId(info)).Append("</xmpMM:DocumentID>\n")
            .Append("<xmpMM:VersionID>1</xmpMM:VersionID>\n")
            .Append("<xmpMM:RenditionClass>default</xmpMM:RenditionClass>\n")
            .Append("</rdf:Description>\n");
        if (claims.PdfA2b)
        {
            // ISO 19005-2 §6.6.4: part and conformance level.
            xmp.Append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .Append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n</rdf:Description>\n");
        }

        if (claims.PdfUA1)
        {
            // ISO 14289-1 §5: the PDF/UA identification schema, part 1.
            xmp.Append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
                .Append("<pdfuaid:part>1</pdfuaid:part>\n</rdf:Description>\n");
        }

        if (claims.PdfX4)
        {
            // ISO 15930-7 §6.7.2: the PDF/X version in the pdfxid schema, mirrored by /GTS_PDFXVersion in /Info.
            xmp.Append("<rdf:Description rdf:about=\"\" xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\">\n")
                .Append("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>\n</rdf:Description>\n");
        }

        if (claims.PdfA2b && (claims.PdfUA1 || claims.PdfX4))
        {
            xmp.Append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" ")
                .Append("xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                .Append("<pdfaExtension:schemas><rdf:Bag>\n");
            if (claims.PdfUA1)
            {
                AppendSchema(xmp, "PDF/UA Universal Accessibility Schema", "http://www.aiim.org/pdfua/ns/id/", "pdfuaid",
                    "part", "Integer", "Indicates, which part of ISO 14289 standard is followed");
            }

            if (claims.PdfX4)
            {
                AppendSchema(xmp, "PDF/X ID Schema", "http://www.npes.org/pdfx/ns/id/", "pdfxid",
                    "GTS_PDFXVersion", "Text", "ID of PDF/X standard");
            }

            xmp.Append("</rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n");
        }
    }

    /// <summary>One extension schema with one internal property (ISO 19005-2 §6.6.2.3.3, pdfaSchema and pdfaProperty value types).</summary>
    private static void AppendSchema(StringBuilder xmp, string schema, string namespaceUri, string prefix, string property, string valueType, string description) =>
        xmp.Append("<rdf:li rdf:parseType=\"Resource\">\n")
            .Append("<pdfaSchema:schema>").Append(schema).Append("</pdfaSchema:schema>\n")
            .Append("<pdfaSchema:namespaceURI>").Append(namespaceUri).Append("</pdfaSchema:namespaceURI>\n")
            .Append("<pdfaSchema:prefix>").Append(prefix).Append("</pdfaSchema:prefix>\n")
            .Append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
            .Append("<pdfaProperty:name>").Append(property).Append("</pdfaProperty:name>\n")
            .Append("<pdfaProperty:valueType>").Append(valueType).Append("</pdfaProperty:valueType>\n")
            .Append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
            .Append("<pdfaProperty:description>").Append(description).Append("</pdfaProperty:description>\n")
            .Append("</rdf:li></rdf:Seq></pdfaSchema:property>\n")
            .Append("</rdf:li>\n");

    /// <summary>
    /// A UUID URN made from the document's identity (title, authors, date, producer), so the same book built twice gets
    /// the same id, as reproducible builds need, and another book another one.
    /// </summary>
    private static string DocumentId(DocumentInfo info)
    {
        var identity = string.Join('\n', info.Title, InfoDictionaryBuilder.Author(info) ?? string.Empty,
            info.Date.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), info.Producer);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(identity));
        // RFC 4122 §4.1.3 version and variant bits, so the id reads as a name-based UUID.
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash.AsSpan(0, 16));
        return $"uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }
}
