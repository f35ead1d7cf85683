using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Publish.Engine.Tests.Conformance;

/// <summary>
/// Variants of a real edition (full-features.md, default profile) for the checker's own tests: each helper makes one
/// part conform or break, whatever today's writer does there, so every test states both sides of its clause.
/// </summary>
internal static class BrokenPdfs
{
    public const string Title = "A Test Title";
    public const string BinaryHeader = "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n";

    public static PdfSurgery Edition() => new(ConformanceEditions.Pdf("full-features.md", PrintProfile.Default));

    /// <summary>The first page's dictionary object.</summary>
    public static int FirstPage(this PdfSurgery pdf) => pdf.Find("/StructParents 0");

    /// <summary>Replaces Info and XMP with a matching pair that identifies the standards asked for.</summary>
    public static PdfSurgery WithMetadata(this PdfSurgery pdf, bool pdfa = true, bool pdfua = true, bool pdfx = false, bool uaExtension = true, bool dcTitle = true, string xmpTitle = Title, string trapped = "False")
    {
        var info = pdf.Find("/Producer");
        pdf.SetBody(info, $"<< /Title ({Title}) /Author (Ada Lovelace) /Producer (Publish) /CreationDate (D:20240102030405+00'00') /ModDate (D:20240102030405+00'00') /Trapped /{trapped} >>");
        var xmp = new StringBuilder("<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" ")
            .Append("xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\" xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\" ")
            .Append("xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n");
        if (dcTitle)
        {
            xmp.Append(CultureInfo.InvariantCulture, $"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{xmpTitle}</rdf:li></rdf:Alt></dc:title>\n");
        }

        xmp.Append("<dc:creator><rdf:Seq><rdf:li>Ada Lovelace</rdf:li></rdf:Seq></dc:creator>\n<pdf:Producer>Publish</pdf:Producer>\n")
            .Append(CultureInfo.InvariantCulture, $"<xmp:CreateDate>2024-01-02T03:04:05Z</xmp:CreateDate>\n<xmp:ModifyDate>2024-01-02T03:04:05Z</xmp:ModifyDate>\n<pdf:Trapped>{trapped}</pdf:Trapped>\n");
        if (pdfa)
        {
            xmp.Append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n");
        }

        if (pdfua)
        {
            xmp.Append("<pdfuaid:part>1</pdfuaid:part>\n");
        }

        if (pdfx)
        {
            xmp.Append("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>\n");
        }

        if (uaExtension)
        {
            xmp.Append("<pdfaExtension:schemas><rdf:Bag>")
                .Append(Extension("PDF/UA identification", "http://www.aiim.org/pdfua/ns/id/", "pdfuaid", "part"))
                .Append(Extension("PDF/X identification", "http://www.npes.org/pdfx/ns/id/", "pdfxid", "GTS_PDFXVersion"))
                .Append("</rdf:Bag></pdfaExtension:schemas>\n");
        }

        xmp.Append("</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return pdf.SetBody(pdf.Find("/Type /Metadata"), PdfSurgery.Stream("/Type /Metadata /Subtype /XML", Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(xmp.ToString()))));
    }

    private static string Extension(string name, string uri, string prefix, string property) =>
        $"<rdf:li rdf:parseType=\"Resource\"><pdfaSchema:schema>{name}</pdfaSchema:schema><pdfaSchema:namespaceURI>{uri}</pdfaSchema:namespaceURI>" +
        $"<pdfaSchema:prefix>{prefix}</pdfaSchema:prefix><pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>{property}</pdfaProperty:name>" +
        "<pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>internal</pdfaProperty:category><pdfaProperty:description>identification</pdfaProperty:description>" +
        "</rdf:li></rdf:Seq></pdfaSchema:property></rdf:li>";

    /// <summary>A minimal ICC profile: the 128-byte header (ICC.1:2010 7.2) and an empty tag table.</summary>
    public static byte[] Icc(string deviceClass, string colourSpace, byte major = 2)
    {
        var profile = new byte[132];
        profile[3] = 132;
        profile[8] = major;
        profile[9] = 0x10;
        Encoding.ASCII.GetBytes(deviceClass).CopyTo(profile, 12);
        Encoding.ASCII.GetBytes(colourSpace).CopyTo(profile, 16);
        Encoding.ASCII.GetBytes("XYZ ").CopyTo(profile, 20);
        Encoding.ASCII.GetBytes("acsp").CopyTo(profile, 36);
        return profile;
    }

    /// <summary>Replaces the catalog's output intents with one per (subtype, profile).</summary>
    public static PdfSurgery WithOutputIntents(this PdfSurgery pdf, params (string Subtype, byte[] Profile)[] intents)
    {
        var entries = intents.Select(i =>
        {
            var components = Encoding.ASCII.GetString(i.Profile, 16, 4) switch { "CMYK" => 4, "GRAY" => 1, _ => 3 };
            var number = pdf.Append(PdfSurgery.Stream($"/N {components}", Encoding.Latin1.GetString(i.Profile)));
            return $"<< /Type /OutputIntent /S /{i.Subtype} /OutputConditionIdentifier (Test) /DestOutputProfile {number} 0 R >>";
        });
        var catalog = pdf.Catalog;
        var body = Regex.Replace(pdf.Body(catalog), @" /OutputIntents (\[.*?>> *\]|[0-9]+ 0 R)", string.Empty, RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        return pdf.SetBody(catalog, body.Replace("/Type /Catalog", $"/Type /Catalog /OutputIntents [{string.Join(' ', entries)}]", StringComparison.Ordinal));
    }

    /// <summary>Draws extra content on the first page after its own content stream.</summary>
    public static PdfSurgery WithExtraContent(this PdfSurgery pdf, string content)
    {
        var stream = pdf.Append(PdfSurgery.Stream(string.Empty, content));
        return pdf.RegexReplace(pdf.FirstPage(), @"/Contents ([0-9]+) 0 R", m => $"/Contents [{m.Groups[1].Value} 0 R {stream} 0 R]");
    }

    /// <summary>Adds /Key value inside the catalog dictionary.</summary>
    public static PdfSurgery WithCatalogEntry(this PdfSurgery pdf, string entry) =>
        pdf.SetBody(pdf.Catalog, pdf.Body(pdf.Catalog).Replace("/Type /Catalog", $"/Type /Catalog {entry}", StringComparison.Ordinal));

    /// <summary>Adds entries to the StructTreeRoot.</summary>
    /// <summary>Sets an entry of the StructTreeRoot, dropping the writer's own entry of that key first.</summary>
    public static PdfSurgery WithStructTreeRootEntry(this PdfSurgery pdf, string entry)
    {
        var root = pdf.Find("/Type /StructTreeRoot");
        var key = entry.Split(' ')[0];
        var body = Regex.Replace(pdf.Body(root), $@"{Regex.Escape(key)} (<<[^>]*>>|[0-9]+ 0 R)", string.Empty, RegexOptions.None, TimeSpan.FromSeconds(1));
        return pdf.SetBody(root, body.Replace("/Type /StructTreeRoot", $"/Type /StructTreeRoot {entry}", StringComparison.Ordinal));
    }

    /// <summary>Every Link element keeps only its OBJR: the annotation without the link text.</summary>
    public static PdfSurgery WithLinksWithoutText(this PdfSurgery pdf)
    {
        foreach (var number in pdf.FindAll("/S /Link"))
        {
            var body = pdf.Body(number);
            var objr = Regex.Match(body, @"<< /Type /OBJR [^>]*>>", RegexOptions.None, TimeSpan.FromSeconds(1)).Value;
            pdf.SetBody(number, Regex.Replace(body, @"/K (\[(?:[^\[\]]|\[[^\]]*\])*\]|[0-9]+ 0 R|<<[^>]*>>)", $"/K [{objr}]", RegexOptions.None, TimeSpan.FromSeconds(1)));
        }

        return pdf;
    }
}
