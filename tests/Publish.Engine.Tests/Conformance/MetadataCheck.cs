using System.Globalization;
using System.Xml.Linq;
using UglyToad.PdfPig.Tokens;

namespace Publish.Engine.Tests.Conformance;

/// <summary>
/// XMP metadata: the stream (ISO 19005-2 6.6.2.1; Matterhorn 06-001), the identification of each standard claimed
/// (6.6.4; 06-002; ISO 15930-7 6.1.13), dc:title (06-003), extension schemas for every namespace PDF/A-2 does not
/// predefine (6.6.2.3), and the Info dictionary agreeing with the XMP (6.6.3; ISO 15930-7 6.1.12 for /Trapped).
/// </summary>
internal sealed class MetadataCheck : IClauseCheck
{
    /// <summary>Namespaces of the XMP Specification 2005 schemas and PDF/A's own, which need no extension schema (ISO 19005-2 6.6.2.3.1).</summary>
    private static readonly HashSet<string> Predefined = new(StringComparer.Ordinal)
    {
        XmpPacket.Dc, XmpPacket.Xmp, XmpPacket.Pdf, XmpPacket.PdfAId, XmpPacket.PdfAExtension,
        "http://ns.adobe.com/xap/1.0/rights/", "http://ns.adobe.com/xap/1.0/mm/", "http://ns.adobe.com/xap/1.0/bj/",
        "http://ns.adobe.com/xap/1.0/t/pg/", "http://ns.adobe.com/xmp/1.0/DynamicMedia/", "http://ns.adobe.com/photoshop/1.0/",
        "http://ns.adobe.com/camera-raw-settings/1.0/", "http://ns.adobe.com/tiff/1.0/", "http://ns.adobe.com/exif/1.0/",
        "http://ns.adobe.com/exif/1.0/aux/", "http://ns.adobe.com/xap/1.0/g/img/",
    };

    public IEnumerable<ClauseFailure> Check(PdfFile pdf, ConformanceClaims claims)
    {
        var a2 = claims.HasFlag(ConformanceClaims.PdfA2b);
        var ua = claims.HasFlag(ConformanceClaims.PdfUa1);
        var x4 = claims.HasFlag(ConformanceClaims.PdfX4);
        var stream = pdf.Get(pdf.Catalog, "Metadata") as StreamToken;
        var xmp = XmpPacket.Read(pdf);
        if (xmp is null)
        {
            if (a2)
            {
                yield return new ClauseFailure(Clauses.A2MetadataStream, stream is null ? "the catalog has no /Metadata stream" : "the /Metadata stream is not well-formed XML");
            }

            if (ua)
            {
                yield return new ClauseFailure(Clauses.NoXmp, "the catalog has no readable XMP metadata stream");
            }

            if (x4)
            {
                yield return new ClauseFailure(Clauses.X4Identification, "no XMP metadata, so no pdfxid:GTS_PDFXVersion");
            }

            yield break;
        }

        if (a2)
        {
            if (pdf.Name(stream!.StreamDictionary, "Type") != "Metadata" || pdf.Name(stream.StreamDictionary, "Subtype") != "XML")
            {
                yield return new ClauseFailure(Clauses.A2MetadataStream, "the metadata stream lacks /Type /Metadata /Subtype /XML");
            }

            if (xmp.Document.Nodes().OfType<XProcessingInstruction>().FirstOrDefault(p => p.Target == "xpacket") is { } header &&
                (header.Data.Contains("bytes=", StringComparison.Ordinal) || header.Data.Contains("encoding=", StringComparison.Ordinal)))
            {
                yield return new ClauseFailure(Clauses.A2MetadataStream, "the xpacket header has a bytes or encoding attribute");
            }

            if (xmp.Value(XmpPacket.PdfAId, "part") != "2" || xmp.Value(XmpPacket.PdfAId, "conformance") is not "B")
            {
                yield return new ClauseFailure(Clauses.A2Identification, $"pdfaid:part is '{xmp.Value(XmpPacket.PdfAId, "part")}' and pdfaid:conformance '{xmp.Value(XmpPacket.PdfAId, "conformance")}', not 2 and B");
            }

            foreach (var failure in ExtensionSchemaFailures(xmp))
            {
                yield return failure;
            }

            foreach (var failure in InfoFailures(pdf, xmp))
            {
                yield return failure;
            }
        }

        if (ua)
        {
            if (xmp.Value(XmpPacket.PdfUaId, "part") != "1")
            {
                yield return new ClauseFailure(Clauses.NoUaIdentifier, "the XMP has no pdfuaid:part 1");
            }

            if (string.IsNullOrWhiteSpace(xmp.Value(XmpPacket.Dc, "title")))
            {
                yield return new ClauseFailure(Clauses.NoDcTitle, "the XMP has no dc:title");
            }
        }

        if (x4)
        {
            var version = xmp.Value(XmpPacket.PdfXId, "GTS_PDFXVersion");
            if (version is null || !version.StartsWith("PDF/X-4", StringComparison.Ordinal))
            {
                yield return new ClauseFailure(Clauses.X4Identification, $"pdfxid:GTS_PDFXVersion is '{version}', not PDF/X-4");
            }

            if (pdf.Text(pdf.Info, "GTS_PDFXVersion") is { } info && info != version)
            {
                yield return new ClauseFailure(Clauses.X4Identification, $"Info /GTS_PDFXVersion '{info}' differs from the XMP's '{version}'");
            }

            var trapped = pdf.Name(pdf.Info, "Trapped");
            var xmpTrapped = xmp.Value(XmpPacket.Pdf, "Trapped");
            if (trapped is not ("True" or "False") && xmpTrapped is not ("True" or "False"))
            {
                yield return new ClauseFailure(Clauses.X4Trapped, $"/Trapped is '{trapped ?? xmpTrapped}', not True or False");
            }
            else if (trapped is not null && xmpTrapped is not null && trapped != xmpTrapped)
            {
                yield return new ClauseFailure(Clauses.X4Trapped, $"Info /Trapped {trapped} differs from pdf:Trapped {xmpTrapped}");
            }
        }
    }

    /// <summary>ISO 19005-2 6.6.2.3: a property outside the predefined schemas needs a pdfaExtension description of its namespace and name.</summary>
    private static IEnumerable<ClauseFailure> ExtensionSchemaFailures(XmpPacket xmp)
    {
        var described = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var schema in xmp.Document.Descendants(XName.Get("schemas", XmpPacket.PdfAExtension)).Descendants(XName.Get("li", XmpPacket.Rdf))
                     .Where(li => li.Element(XName.Get("namespaceURI", XmpPacket.PdfASchema)) is not null || li.Attribute(XName.Get("namespaceURI", XmpPacket.PdfASchema)) is not null))
        {
            var uri = (string?)schema.Element(XName.Get("namespaceURI", XmpPacket.PdfASchema)) ?? (string?)schema.Attribute(XName.Get("namespaceURI", XmpPacket.PdfASchema)) ?? string.Empty;
            var names = schema.Descendants(XName.Get("name", XmpPacket.PdfAProperty)).Select(n => n.Value)
                .Concat(schema.Descendants().Attributes(XName.Get("name", XmpPacket.PdfAProperty)).Select(a => a.Value));
            if (!described.TryGetValue(uri, out var set))
            {
                described[uri] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.UnionWith(names);
        }

        foreach (var (ns, name) in xmp.Properties().Distinct())
        {
            if (Predefined.Contains(ns))
            {
                continue;
            }

            if (!described.TryGetValue(ns, out var names))
            {
                yield return new ClauseFailure(Clauses.A2ExtensionSchemas, $"namespace {ns} (property {name}) is not predefined and has no pdfaExtension schema");
            }
            else if (!names.Contains(name))
            {
                yield return new ClauseFailure(Clauses.A2ExtensionSchemas, $"property {name} of {ns} is not described in its extension schema");
            }
        }
    }

    /// <summary>ISO 19005-2 6.6.3: every Info entry with an XMP analogue has an equivalent XMP value.</summary>
    private static IEnumerable<ClauseFailure> InfoFailures(PdfFile pdf, XmpPacket xmp)
    {
        var info = pdf.Info;
        if (info is null)
        {
            yield break;
        }

        (string Key, string Ns, string Property)[] pairs =
        [
            ("Title", XmpPacket.Dc, "title"), ("Subject", XmpPacket.Dc, "description"), ("Keywords", XmpPacket.Pdf, "Keywords"),
            ("Creator", XmpPacket.Xmp, "CreatorTool"), ("Producer", XmpPacket.Pdf, "Producer"),
        ];
        foreach (var (key, ns, property) in pairs)
        {
            if (pdf.Text(info, key) is { } value && xmp.Value(ns, property) != value)
            {
                yield return new ClauseFailure(Clauses.A2InfoMatchesXmp, $"Info /{key} '{value}' has no equal XMP {property} ('{xmp.Value(ns, property)}')");
            }
        }

        if (pdf.Text(info, "Author") is { } author)
        {
            var creators = xmp.Values(XmpPacket.Dc, "creator");
            if (!(creators.Count == 1 && creators[0] == author) && string.Join(", ", creators) != author)
            {
                yield return new ClauseFailure(Clauses.A2InfoMatchesXmp, $"Info /Author '{author}' differs from dc:creator [{string.Join("; ", creators)}]");
            }
        }

        foreach (var (key, property) in new[] { ("CreationDate", "CreateDate"), ("ModDate", "ModifyDate") })
        {
            if (pdf.Text(info, key) is not { } date)
            {
                continue;
            }

            var xmpDate = xmp.Value(XmpPacket.Xmp, property);
            if (PdfDate(date) is not { } a || xmpDate is null || !DateTimeOffset.TryParse(xmpDate, CultureInfo.InvariantCulture, DateTimeStyles.None, out var b) || a != b)
            {
                yield return new ClauseFailure(Clauses.A2InfoMatchesXmp, $"Info /{key} '{date}' is not the instant of xmp:{property} '{xmpDate}'");
            }
        }

        if (pdf.Name(info, "Trapped") is { } trapped && xmp.Value(XmpPacket.Pdf, "Trapped") is var xmpTrapped && xmpTrapped != trapped)
        {
            yield return new ClauseFailure(Clauses.A2InfoMatchesXmp, $"Info /Trapped {trapped} differs from pdf:Trapped '{xmpTrapped}'");
        }
    }

    /// <summary>A PDF date (ISO 32000-1 7.9.4) "D:YYYYMMDDHHmmSS+HH'mm'" as an instant.</summary>
    private static DateTimeOffset? PdfDate(string text)
    {
        var s = text.StartsWith("D:", StringComparison.Ordinal) ? text[2..] : text;
        if (s.Length < 14)
        {
            return null;
        }

        var offset = TimeSpan.Zero;
        if (s.Length >= 20 && s[14] is '+' or '-')
        {
            offset = new TimeSpan(int.Parse(s[15..17], CultureInfo.InvariantCulture), int.Parse(s[18..20], CultureInfo.InvariantCulture), 0);
            offset = s[14] == '-' ? -offset : offset;
        }

        return DateTimeOffset.TryParseExact(s[..14], "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local.DateTime, offset)
            : null;
    }
}
