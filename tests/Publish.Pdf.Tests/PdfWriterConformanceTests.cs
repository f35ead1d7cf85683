using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Publish.Pdf.Color;
using Publish.Pdf.Tests.Support;
using Publish.Typesetting.Frames;
using UglyToad.PdfPig;

namespace Publish.Pdf.Tests;

/// <summary>
/// The writer's identification and colour for each <see cref="PdfConformance"/>: the XMP ids (ISO 19005-2 §6.6.4,
/// ISO 14289-1 §5, ISO 15930-7 §6.7.2) with the PDF/A extension schemas they need, Info and XMP saying the same, the
/// output intents and their ICC streams, and — for the press — no device RGB anywhere. Read back at the object level
/// (<see cref="RawPdf"/>) and through PdfPig.
/// </summary>
public sealed partial class PdfWriterConformanceTests : IDisposable
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";
    private static readonly XNamespace XmpBasic = "http://ns.adobe.com/xap/1.0/";
    private static readonly XNamespace PdfaId = "http://www.aiim.org/pdfa/ns/id/";
    private static readonly XNamespace PdfuaId = "http://www.aiim.org/pdfua/ns/id/";
    private static readonly XNamespace PdfxId = "http://www.npes.org/pdfx/ns/id/";
    private static readonly XNamespace PdfaSchema = "http://www.aiim.org/pdfa/ns/schema#";

    private readonly TestFont serif = new(RepositoryPaths.Font("NotoSerif-Regular.ttf"));
    private readonly TempFile jpeg = TempFile.With("photo.jpg", TestImages.Jpeg());
    private readonly TempFile png = TempFile.With("logo.png", TestImages.Png(withAlpha: true));

    public void Dispose()
    {
        serif.Dispose();
        jpeg.Dispose();
        png.Dispose();
    }

    /// <summary>A tagged page with coloured text, a rule, an opaque JPEG (no ICC profile) and a PNG with alpha.</summary>
    private PagedDocument Tagged(bool tagged = true)
    {
        var page = Documents.Page(8.5,
            serif.Shape("Renkli başlık", 14, 56, 90, new RgbColor(160, 0, 0)) with { StructureId = tagged ? 1 : null },
            new RuleItem(56, 100, 200, 100, 0.5, new RgbColor(0, 0, 160)),
            new ImageItem(jpeg.Path, 56, 150, 160, 120, "A photo") { StructureId = tagged ? 2 : null },
            new ImageItem(png.Path, 230, 150, 120, 60, null));
        var document = Documents.Of(page) with { Marks = PrintMarks.Crop };
        return tagged
            ? document with { Structure = [new(0, null, StructureRole.Document), new(1, 0, StructureRole.Heading1), new(2, 0, StructureRole.Figure, "A photo")] }
            : document;
    }

    [Fact]
    public void The_archive_file_claims_pdfa_2b_and_pdfua_1_with_the_extension_schema_for_pdfuaid()
    {
        var pdf = new PdfWriter { Conformance = PdfConformance.Archive }.WriteToArray(Tagged());
        var xmp = Xmp(pdf);

        Assert.StartsWith("%PDF-1.7\n%", Encoding.Latin1.GetString(pdf, 0, 10), StringComparison.Ordinal);
        Assert.True(Encoding.Latin1.GetString(pdf, 10, 4).All(c => c > 127), "the binary comment has four bytes above 127");
        Assert.Equal("2", Single(xmp, PdfaId + "part"));
        Assert.Equal("B", Single(xmp, PdfaId + "conformance"));
        Assert.Equal("1", Single(xmp, PdfuaId + "part"));
        Assert.Empty(xmp.Descendants(PdfxId + "GTS_PDFXVersion"));
        Assert.Equal(["pdfuaid"], ExtensionPrefixes(xmp));
        Assert.Equal("http://www.aiim.org/pdfua/ns/id/", xmp.Descendants(PdfaSchema + "namespaceURI").Single().Value);
    }

    [Fact]
    public void An_untagged_document_does_not_claim_pdfua()
    {
        var xmp = Xmp(new PdfWriter { Conformance = PdfConformance.Archive }.WriteToArray(Tagged(tagged: false)));

        Assert.Equal("2", Single(xmp, PdfaId + "part"));
        Assert.Empty(xmp.Descendants(PdfuaId + "part"));
        Assert.Empty(ExtensionPrefixes(xmp));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Info_and_xmp_say_the_same(bool press)
    {
        var conformance = press ? PdfConformance.Press(OutputIntent.Fogra39) : PdfConformance.Archive;
        var pdf = new PdfWriter { Conformance = conformance }.WriteToArray(Tagged());
        var xmp = Xmp(pdf);
        using var document = PdfDocument.Open(pdf);
        var info = document.Information;

        Assert.Equal(info.Title, xmp.Descendants(Dc + "title").Single().Descendants(Rdf + "li").Single().Value);
        Assert.Equal("Ayşe Yılmaz, John Smith", info.Author);
        Assert.Equal(info.Author, xmp.Descendants(Dc + "creator").Single().Descendants(Rdf + "li").Single().Value);
        Assert.Equal(info.Subject, xmp.Descendants(Dc + "description").Single().Descendants(Rdf + "li").Single().Value);
        Assert.Equal(info.Keywords, Single(xmp, Pdf + "Keywords"));
        Assert.Equal(info.Producer, Single(xmp, Pdf + "Producer"));
        Assert.Equal(info.Creator, Single(xmp, XmpBasic + "CreatorTool"));
        Assert.Equal(PdfDate(info.CreationDate!), DateTimeOffset.Parse(Single(xmp, XmpBasic + "CreateDate"), CultureInfo.InvariantCulture));
        Assert.Equal(PdfDate(info.ModifiedDate!), DateTimeOffset.Parse(Single(xmp, XmpBasic + "ModifyDate"), CultureInfo.InvariantCulture));
        Assert.Equal("False", Single(xmp, Pdf + "Trapped"));
        Assert.Contains("/Trapped /False", InfoDictionary(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void The_archive_file_has_an_srgb_output_intent_with_the_icc_profile_embedded()
    {
        var raw = new RawPdf(new PdfWriter { Conformance = PdfConformance.Archive }.WriteToArray(Tagged()));
        var intents = Intents(raw);

        var intent = Assert.Single(intents);
        Assert.Contains("/S /GTS_PDFA1", intent, StringComparison.Ordinal);
        Assert.Contains("/OutputConditionIdentifier (sRGB IEC61966-2.1)", intent, StringComparison.Ordinal);
        var profile = RawPdf.Reference(intent, "/DestOutputProfile");
        Assert.Contains("/N 3", raw.Dictionary(profile), StringComparison.Ordinal);
        var icc = Encoding.Latin1.GetBytes(raw.StreamText(profile));
        Assert.Equal("acsp", Encoding.ASCII.GetString(icc, 36, 4));
        Assert.Equal("RGB ", Encoding.ASCII.GetString(icc, 16, 4));
        Assert.Equal(2, icc[8]);
        Assert.Equal(icc.Length, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(icc));
    }

    [Fact]
    public void The_press_file_claims_pdfx_4_on_a_cmyk_gts_pdfx_intent_shared_with_pdfa()
    {
        var pdf = new PdfWriter { Conformance = PdfConformance.Press(OutputIntent.Fogra39) }.WriteToArray(Tagged());
        var raw = new RawPdf(pdf);
        var xmp = Xmp(pdf);
        var intents = Intents(raw);

        // ISO 15930-7 §6.2.2: a PDF/X-4 file is PDF 1.6.
        Assert.StartsWith("%PDF-1.6\n", raw.Text, StringComparison.Ordinal);
        Assert.Equal("PDF/X-4", Single(xmp, PdfxId + "GTS_PDFXVersion"));
        Assert.Contains("/GTS_PDFXVersion (PDF/X-4)", InfoDictionary(pdf), StringComparison.Ordinal);
        Assert.Equal(["pdfuaid", "pdfxid"], ExtensionPrefixes(xmp));
        Assert.Equal(2, intents.Count);
        Assert.Contains("/S /GTS_PDFX ", intents[0], StringComparison.Ordinal);
        Assert.Contains("/S /GTS_PDFA1 ", intents[1], StringComparison.Ordinal);
        Assert.All(intents, i => Assert.Contains("/OutputConditionIdentifier (FOGRA39) /RegistryName (http://www.color.org)", i, StringComparison.Ordinal));

        // ISO 19005-2 §6.2.3: several intents with a profile share one stream.
        var profile = RawPdf.Reference(intents[0], "/DestOutputProfile");
        Assert.Equal(profile, RawPdf.Reference(intents[1], "/DestOutputProfile"));
        Assert.Contains("/N 4", raw.Dictionary(profile), StringComparison.Ordinal);
        var icc = Encoding.Latin1.GetBytes(raw.StreamText(profile));
        Assert.Equal("prtr", Encoding.ASCII.GetString(icc, 12, 4));
        Assert.Equal("CMYK", Encoding.ASCII.GetString(icc, 16, 4));
    }

    [Fact]
    public void The_press_file_has_no_device_rgb_anywhere()
    {
        var raw = new RawPdf(new PdfWriter { Conformance = PdfConformance.Press(OutputIntent.Fogra39) }.WriteToArray(Tagged()));

        // DeviceRGB may appear only as the /Alternate of an ICC profile stream (§8.6.5.5), never as a colour space used.
        foreach (var id in raw.ObjectIds)
        {
            var dictionary = raw.Dictionary(id);
            Assert.DoesNotMatch(DeviceRgbUse(), dictionary.Replace("/Alternate /DeviceRGB", string.Empty, StringComparison.Ordinal));
        }

        var page = raw.Dictionary(raw.Pages[0]);
        var content = raw.StreamText(RawPdf.Reference(page, "/Contents"));
        Assert.DoesNotMatch(RgbOperator(), content);
        Assert.Contains("/Srgb cs 0.6275 0 0 sc", content, StringComparison.Ordinal);
        Assert.Contains("/Srgb CS 0 0 0.6275 SC", content, StringComparison.Ordinal);
        Assert.Contains("1 1 1 1 K", content, StringComparison.Ordinal);

        // The images (the JPEG has no profile; the PNG's samples are sRGB) and the page group are ICC-based sRGB.
        var space = RawPdf.Reference(page, "/Srgb");
        Assert.StartsWith("[/ICCBased ", raw.Dictionary(space), StringComparison.Ordinal);
        Assert.Contains($"/Group << /Type /Group /S /Transparency /CS {space} 0 R >>", page, StringComparison.Ordinal);
        var images = raw.ObjectIds.Select(raw.Dictionary).Where(d => d.Contains("/Subtype /Image", StringComparison.Ordinal) && !d.Contains("/DeviceGray", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, images.Count);
        Assert.All(images, image => Assert.Contains($"/ColorSpace {space} 0 R", image, StringComparison.Ordinal));
    }

    [Fact]
    public void Beside_an_srgb_intent_a_cmyk_jpeg_without_a_profile_is_read_through_the_fogra39_profile()
    {
        // ISO 19005-2 §6.2.4.3: DeviceCMYK only with a CMYK output intent. A CMYK JPEG header (Adobe marker) is enough:
        // the writer copies JPEG data as it is.
        byte[] cmyk =
        [
            0xFF, 0xD8,
            0xFF, 0xEE, 0x00, 0x0E, (byte)'A', (byte)'d', (byte)'o', (byte)'b', (byte)'e', 0, 100, 0, 0, 0, 0, 0,
            0xFF, 0xC0, 0x00, 0x0B, 8, 0x00, 0x02, 0x00, 0x03, 4, 0, 0, 0,
            0xFF, 0xD9,
        ];
        using var file = TempFile.With("cmyk.jpg", cmyk);
        var document = Documents.Of(Documents.Page(new ImageItem(file.Path, 56, 150, 30, 20, null)));

        var archive = new RawPdf(new PdfWriter { Conformance = PdfConformance.Archive }.WriteToArray(document));
        var plain = new RawPdf(new PdfWriter().WriteToArray(document));

        var image = archive.ObjectIds.Select(archive.Dictionary).Single(d => d.Contains("/Subtype /Image", StringComparison.Ordinal));
        var space = archive.Dictionary(RawPdf.Reference(image, "/ColorSpace"));
        Assert.StartsWith("[/ICCBased ", space, StringComparison.Ordinal);
        Assert.Contains("/N 4 /Alternate /DeviceCMYK", archive.Dictionary(RawPdf.References(space).Single()), StringComparison.Ordinal);
        Assert.Contains("/ColorSpace /DeviceCMYK", plain.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plain_file_claims_nothing()
    {
        var pdf = new PdfWriter { Conformance = PdfConformance.None }.WriteToArray(Tagged());
        var raw = new RawPdf(pdf);
        var xmp = Xmp(pdf);

        Assert.StartsWith("%PDF-1.7\n", raw.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/OutputIntents", raw.Dictionary(raw.Catalog), StringComparison.Ordinal);
        Assert.DoesNotContain("GTS_PDFXVersion", InfoDictionary(pdf), StringComparison.Ordinal);
        Assert.DoesNotContain(xmp.Descendants(), e => e.Name.Namespace == PdfaId || e.Name.Namespace == PdfuaId || e.Name.Namespace == PdfxId);
        Assert.Contains("0.6275 0 0 rg", raw.StreamText(RawPdf.Reference(raw.Dictionary(raw.Pages[0]), "/Contents")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_frames_give_the_same_bytes_with_every_claim()
    {
        var writer = new PdfWriter { Conformance = PdfConformance.Press(OutputIntent.Fogra39) };

        Assert.Equal(writer.WriteToArray(Tagged()), writer.WriteToArray(Tagged()));
    }

    [Fact]
    public void A_press_intent_must_be_a_cmyk_output_profile()
    {
        Assert.Throws<ArgumentException>(() => PdfConformance.Press(OutputIntent.Srgb));
        Assert.Throws<InvalidDataException>(() => IccProfile.Parse([.. OutputIntent.Fogra39.Profile.Data.Span[..^1]]));
    }

    [ToolFact("gs")]
    public void Ghostscript_renders_the_press_file_without_a_word()
    {
        using var file = TempFile.With("press.pdf", new PdfWriter { Conformance = PdfConformance.Press(OutputIntent.Fogra39) }.WriteToArray(Tagged()));

        // Ghostscript checks ICC streams and colour spaces as it renders (its own lcms2); -q leaves only problems.
        var (exitCode, output) = ExternalTool.Run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=ppmraw", "-o", "/dev/null", file.Path);

        Assert.True(exitCode == 0, output);
        Assert.Equal(string.Empty, output.Trim());
    }

    [ToolFact("mutool")]
    public void MuPDF_renders_the_press_file_without_an_error()
    {
        using var file = TempFile.With("press.pdf", new PdfWriter { Conformance = PdfConformance.Press(OutputIntent.Fogra39) }.WriteToArray(Tagged()));

        var (exitCode, output) = ExternalTool.Run("mutool", "draw", "-q", "-o", file.Path + ".png", file.Path);

        // Debian's MuPDF is built without ICC support and says so for every file; nothing else may be said.
        Assert.True(exitCode == 0, output);
        Assert.Equal(string.Empty, output.Replace("warning: ICC support is not available", string.Empty, StringComparison.Ordinal).Trim());
    }

    private static XElement Xmp(byte[] pdf)
    {
        var raw = new RawPdf(pdf);
        var id = RawPdf.Reference(raw.Dictionary(raw.Catalog), "/Metadata");
        var text = Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(raw.Text[raw.Text.IndexOf("<?xpacket begin", raw.Text.IndexOf($"\n{id} 0 obj\n", StringComparison.Ordinal), StringComparison.Ordinal)..]));
        text = text[..(text.IndexOf("<?xpacket end=\"r\"?>", StringComparison.Ordinal) + "<?xpacket end=\"r\"?>".Length)];
        return XDocument.Parse(text).Root!;
    }

    private static string Single(XElement xmp, XName name) => xmp.Descendants(name).Single().Value;

    private static List<string> ExtensionPrefixes(XElement xmp) => [.. xmp.Descendants(PdfaSchema + "prefix").Select(p => p.Value)];

    private static List<string> Intents(RawPdf raw)
    {
        var catalog = raw.Dictionary(raw.Catalog);
        var start = catalog.IndexOf("/OutputIntents [", StringComparison.Ordinal);
        Assert.True(start >= 0, catalog);
        return [.. IntentPattern().Matches(catalog[start..]).Select(m => m.Value)];
    }

    private static string InfoDictionary(byte[] pdf)
    {
        var raw = new RawPdf(pdf);
        return raw.Dictionary(RawPdf.Reference(raw.Text[raw.Text.LastIndexOf("trailer", StringComparison.Ordinal)..], "/Info"));
    }

    /// <summary>A PDF date as PdfPig hands it over ("D:20240305140709+00'00'").</summary>
    private static DateTimeOffset PdfDate(string date) =>
        DateTimeOffset.ParseExact(date[2..16] + date[16..19] + ":" + date[20..22], "yyyyMMddHHmmsszzz", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"<< /Type /OutputIntent .*? >>")]
    private static partial Regex IntentPattern();

    [GeneratedRegex(@"/DeviceRGB\b")]
    private static partial Regex DeviceRgbUse();

    [GeneratedRegex(@"(^|\s)(rg|RG)\s")]
    private static partial Regex RgbOperator();
}
