using System.Collections.Immutable;
using Publish.Pdf.Syntax;
using Publish.Pdf.Tests.Support;
using Publish.Typesetting.Frames;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Publish.Pdf.Tests;

public sealed class PdfWriterDocumentTests : IDisposable
{
    private readonly TestFont serif = new(RepositoryPaths.Font("NotoSerif-Regular.ttf"));
    private readonly TestFont sans = new(RepositoryPaths.Font("NotoSans-Bold.ttf"));
    private readonly TempFile jpeg = TempFile.With("photo.jpg", TestImages.Jpeg());
    private readonly TempFile png = TempFile.With("logo.png", TestImages.Png(withAlpha: true));

    public void Dispose()
    {
        serif.Dispose();
        sans.Dispose();
        jpeg.Dispose();
        png.Dispose();
    }

    /// <summary>Everything the writer knows how to draw, over two pages with bleed.</summary>
    private PagedDocument FullDocument()
    {
        const double bleed = 8.5;
        var page1 = new PageFrame(Documents.A5Width, Documents.A5Height, bleed, "1",
        [
            sans.Shape("Şehir ve Bellek", 20, 56, 90),
            serif.Shape("İstanbul Şanlıurfa ığ — office fifty.1", 11, 56, 130),
            new DestinationItem("fnref1", 56, 120),
            new LinkItem(250, 120, 8, 12, null, "fn1"),
            new ImageItem(jpeg.Path, 56, 150, 160, 120, "A red photo"),
            new ImageItem(png.Path, 230, 150, 120, 60, null),
            serif.Shape("https://avim.org.tr", 11, 56, 300, new RgbColor(0, 0, 160)),
            new LinkItem(56, 290, 100, 13, "https://avim.org.tr", null),
            new RuleItem(56, 520, 200, 520, 0.5, RgbColor.Black),
            serif.Shape("1 The note text.", 9, 56, 535),
            new DestinationItem("fn1", 56, 526),
            new LinkItem(56, 526, 6, 10, null, "fnref1"),
            serif.Shape("1", 9, 200, 570),
        ]);
        var page2 = new PageFrame(Documents.A5Width, Documents.A5Height, bleed, "2",
        [
            sans.Shape("Bibliography", 14, 56, 90),
            serif.Shape("2", 9, 200, 570),
        ]);
        return new PagedDocument([page1, page2], Documents.Info,
            [new OutlineEntry("Şehir ve Bellek", 1, 0, 70), new OutlineEntry("Bibliography", 1, 1, 75)]);
    }

    [Fact]
    public void The_same_frames_give_the_same_bytes()
    {
        var first = new PdfWriter().WriteToArray(FullDocument());
        var second = new PdfWriter().WriteToArray(FullDocument());

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_file_identifier_is_derived_from_the_content()
    {
        var a = PdfBytes.Latin1(new PdfWriter().WriteToArray(Documents.Of(Documents.Page(serif.Shape("a", 10, 10, 10)))));
        var b = PdfBytes.Latin1(new PdfWriter().WriteToArray(Documents.Of(Documents.Page(serif.Shape("b", 10, 10, 10)))));

        string Id(string pdf) => pdf[pdf.IndexOf("/ID [", StringComparison.Ordinal)..].Split(']')[0];
        Assert.Matches(@"^/ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>$", Id(a));
        Assert.NotEqual(Id(a), Id(b));
    }

    [Fact]
    public void Pages_with_bleed_have_trim_and_bleed_boxes()
    {
        using var document = PdfDocument.Open(new PdfWriter().WriteToArray(FullDocument()));
        var page = document.GetPage(1);

        Assert.Equal(Documents.A5Width + 17, page.MediaBox.Bounds.Width, 0.001);
        Assert.Equal(Documents.A5Height + 17, page.MediaBox.Bounds.Height, 0.001);
        Assert.Equal([8.5, 8.5, 8.5 + Documents.A5Width, 8.5 + Documents.A5Height], Box(page.Dictionary, "TrimBox"));
        Assert.Equal([0, 0, Documents.A5Width + 17, Documents.A5Height + 17], Box(page.Dictionary, "BleedBox"));

        // Frame coordinates are relative to the trim box: the heading's pen sits bleed + 56 from the media edge.
        var heading = page.GetWords().First();
        Assert.Equal(8.5 + 56, heading.Letters[0].StartBaseLine.X, 0.05);
        Assert.Equal(8.5 + Documents.A5Height - 90, heading.Letters[0].StartBaseLine.Y, 0.05);
    }

    [Fact]
    public void Document_information_and_XMP_carry_the_metadata()
    {
        var pdf = new PdfWriter().WriteToArray(FullDocument());
        using var document = PdfDocument.Open(pdf);

        var info = document.Information;
        Assert.Equal("Şehir ve Bellek: A Test", info.Title);
        Assert.Equal("Ayşe Yılmaz, John Smith", info.Author);
        Assert.Equal("Writer tests", info.Subject);
        Assert.Equal("printing, PDF", info.Keywords);
        Assert.Equal("Publish test", info.Producer);
        Assert.Equal("D:20240305140709+00'00'", info.CreationDate);
        Assert.Equal(info.CreationDate, info.ModifiedDate);

        Assert.True(document.TryGetXmpMetadata(out var xmp));
        // Read the packet as the UTF-8 it is declared to be (PdfPig's XDocument helper guesses the encoding).
        var xml = System.Text.Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray());
        Assert.NotNull(System.Xml.Linq.XDocument.Parse(xml[xml.IndexOf('<', StringComparison.Ordinal)..]).Root);
        Assert.Contains("Şehir ve Bellek: A Test", xml, StringComparison.Ordinal);
        Assert.Contains("Ayşe Yılmaz", xml, StringComparison.Ordinal);
        Assert.Contains("2024-03-05T14:07:09Z", xml, StringComparison.Ordinal);
        Assert.Contains("<dc:language>", xml, StringComparison.Ordinal);

        var raw = PdfBytes.Latin1(pdf);
        Assert.Contains("/Lang (tr-TR)", raw, StringComparison.Ordinal);
        Assert.Contains("/DisplayDocTitle true", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Frames_the_writer_cannot_honour_are_refused_with_a_reason()
    {
        var zeroSize = Documents.Of(Documents.Page(serif.Shape("a", 10, 10, 10) with { Size = 0 }));
        Assert.Contains("size 0", Assert.Throws<ArgumentException>(() => new PdfWriter().WriteToArray(zeroSize)).Message, StringComparison.Ordinal);

        var badBookmark = Documents.Of([new OutlineEntry("Lost", 1, 3, 0)], Documents.Page());
        Assert.Contains("'Lost'", Assert.Throws<ArgumentException>(() => new PdfWriter().WriteToArray(badBookmark)).Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => new PdfWriter().WriteToArray(new PagedDocument([], Documents.Info, [])));
    }

    [Fact]
    public void Page_labels_carry_the_printed_folios()
    {
        var pages = new[] { "iii", "iv", "1" }.Select(label => Documents.Page() with { Label = label }).ToArray();
        var raw = PdfBytes.Latin1(new PdfWriter().WriteToArray(Documents.Of(pages)));

        Assert.Contains("/PageLabels << /Nums [0 << /P (iii) >> 1 << /P (iv) >> 2 << /P (1) >>] >>", raw, StringComparison.Ordinal);
    }

    [ToolFact("qpdf")]
    public void Qpdf_finds_no_errors()
    {
        var pdf = new PdfWriter().WriteToArray(FullDocument());
        Samples.KeepWhenAsked("full-sample.pdf", pdf);
        using var file = TempFile.With("full.pdf", pdf);

        var (exitCode, output) = ExternalTool.Run("qpdf", "--check", file.Path);
        Assert.True(exitCode == 0, output);
        Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING", output, StringComparison.Ordinal);
    }

    [ToolFact("pdftoppm")]
    public void Poppler_renders_the_page_without_complaint()
    {
        using var file = TempFile.With("render.pdf", new PdfWriter().WriteToArray(FullDocument()));

        var (exitCode, output) = ExternalTool.Run("pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", file.Path, file.Path);
        Assert.True(exitCode == 0 && output.Length == 0, output);
        Assert.True(new FileInfo(file.Path + "-1.png").Length > 1000);
    }

    [Fact]
    public void Text_strings_outside_ASCII_are_UTF16_with_a_byte_order_mark()
    {
        Assert.Equal("(a \\(b\\) c\\\\)", PdfFormat.TextString("a (b) c\\"));
        Assert.Equal("<FEFF015F0065>", PdfFormat.TextString("şe"));
        Assert.Equal("/A#20B#23#C5#9F", PdfFormat.Name("A B#ş"));
        Assert.Equal("-0.1235", PdfFormat.Number(-0.12345));
        Assert.Equal("0", PdfFormat.Number(-0.00001));
    }

    private static double[] Box(DictionaryToken page, string key) =>
        ((ArrayToken)page.Data[key]).Data.Cast<NumericToken>().Select(n => Math.Round(n.Double, 3)).ToArray();
}
