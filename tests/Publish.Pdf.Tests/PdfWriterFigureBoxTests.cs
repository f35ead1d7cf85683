using System.Globalization;
using System.Text.RegularExpressions;
using Publish.Pdf.Tests.Support;
using Publish.Typesetting.Frames;

namespace Publish.Pdf.Tests;

/// <summary>
/// A Figure lying on one page carries its layout bounding box (ISO 32000-1 §14.8.5.4.3, "required if the element
/// appears in its entirety on a single page"; PDF/UA-1 §7.3), in the page's user space: where the image is drawn.
/// </summary>
public sealed class PdfWriterFigureBoxTests : IDisposable
{
    private readonly TempFile jpeg = TempFile.With("photo.jpg", TestImages.Jpeg());

    public void Dispose() => jpeg.Dispose();

    [Fact]
    public void A_figure_states_the_box_its_image_is_drawn_in()
    {
        System.Collections.Immutable.ImmutableArray<StructureElement> structure =
        [
            new(0, null, StructureRole.Document),
            new(1, 0, StructureRole.Figure, "A red square"),
        ];
        var page = Documents.Page(new ImageItem(jpeg.Path, 56, 160, 100, 75, "A red square") { StructureId = 1 });
        var pdf = new RawPdf(new PdfWriter().WriteToArray(Documents.Of(page) with { Structure = structure }));
        var figure = pdf.ObjectIds.Select(pdf.Dictionary).Single(d => d.Contains("/S /Figure", StringComparison.Ordinal));

        var box = Regex.Match(figure, @"/A << /O /Layout /BBox \[([\d. ]+)\] >>");
        Assert.True(box.Success, figure);
        var numbers = box.Groups[1].Value.Split(' ').Select(n => double.Parse(n, CultureInfo.InvariantCulture)).ToArray();
        var height = double.Parse(Regex.Match(pdf.Dictionary(pdf.Pages[0]), @"/MediaBox \[0 0 [\d.]+ ([\d.]+)\]").Groups[1].Value, CultureInfo.InvariantCulture);

        // y down in the frames, up in PDF: the image's top at 160 is height − 160.
        Assert.Equal([56, height - 235, 156, height - 160], numbers);
    }

    [Fact]
    public void A_figure_drawn_twice_states_no_box()
    {
        System.Collections.Immutable.ImmutableArray<StructureElement> structure =
        [
            new(0, null, StructureRole.Document),
            new(1, 0, StructureRole.Figure, "A red square"),
        ];
        var first = Documents.Page(new ImageItem(jpeg.Path, 56, 160, 100, 75, "A red square") { StructureId = 1 });
        var second = Documents.Page(new ImageItem(jpeg.Path, 56, 160, 100, 75, "A red square") { StructureId = 1 });
        var pdf = new RawPdf(new PdfWriter().WriteToArray(Documents.Of(first, second) with { Structure = structure }));

        Assert.DoesNotContain("/BBox", pdf.ObjectIds.Select(pdf.Dictionary).Single(d => d.Contains("/S /Figure", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
