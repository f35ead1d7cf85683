using System.Globalization;
using System.Security;
using System.Text;
using Publish.Typesetting.Frames;

namespace Publish.Pdf.Metadata;

/// <summary>
/// The XMP metadata packet (§14.3.2) mirroring the Info dictionary, which prepress tools and PDF/A-style
/// validators read in preference to /Info. Values are XML-escaped; the packet is plain UTF-8.
/// </summary>
internal static class XmpPacketBuilder
{
    public static byte[] Build(DocumentInfo info)
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
        if (!info.Authors.IsDefaultOrEmpty)
        {
            xmp.Append("<dc:creator><rdf:Seq>");
            foreach (var author in info.Authors)
            {
                xmp.Append("<rdf:li>").Append(Escape(author)).Append("</rdf:li>");
            }

            xmp.Append("</rdf:Seq></dc:creator>\n");
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
                .Append("<pdf:Keywords>").Append(Escape(string.Join(", ", info.Keywords))).Append("</pdf:Keywords>\n");
        }

        xmp.Append("<dc:language><rdf:Bag><rdf:li>").Append(Escape(language)).Append("</rdf:li></rdf:Bag></dc:language>\n")
            .Append("<pdf:Producer>").Append(Escape(info.Producer)).Append("</pdf:Producer>\n")
            .Append("<xmp:CreatorTool>").Append(Escape(info.Producer)).Append("</xmp:CreatorTool>\n")
            .Append("<xmp:CreateDate>").Append(date).Append("</xmp:CreateDate>\n")
            .Append("<xmp:ModifyDate>").Append(date).Append("</xmp:ModifyDate>\n")
            .Append("<xmp:MetadataDate>").Append(date).Append("</xmp:MetadataDate>\n")
            .Append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return Encoding.UTF8.GetBytes(xmp.ToString());
    }
}
