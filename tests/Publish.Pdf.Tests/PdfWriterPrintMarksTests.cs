using System.Globalization;
using System.Text.RegularExpressions;
using Publish.Pdf.Tests.Support;
using Publish.Typesetting.Frames;

namespace Publish.Pdf.Tests;

/// <summary>Page boxes and crop marks: the press profile's bleed and marks, the default profile's single box.</summary>
public sealed partial class PdfWriterPrintMarksTests : IDisposable
{
    private const double Bleed = 8.5;

    private readonly TestFont serif = new(RepositoryPaths.Font("NotoSerif-Regular.ttf"));

    public void Dispose() => serif.Dispose();

    private PagedDocument Press() =>
        Documents.Of(Documents.Page(Bleed, serif.Shape("Press", 11, 56, 90))) with { Marks = PrintMarks.Crop };

    [Fact]
    public void Crop_marks_grow_the_media_box_around_the_bleed_box_around_the_trim_box()
    {
        var pdf = new RawPdf(new PdfWriter().WriteToArray(Press()));
        var page = pdf.Dictionary(pdf.Pages[0]);
        var outside = Bleed + PrintMarks.Crop.MarkArea;

        Assert.Equal(Rounded(0, 0, Documents.A5Width + (2 * outside), Documents.A5Height + (2 * outside)), Box(page, "MediaBox"));
        Assert.Equal(Rounded(18, 18, 18 + Documents.A5Width + (2 * Bleed), 18 + Documents.A5Height + (2 * Bleed)), Box(page, "BleedBox"));
        Assert.Equal(Rounded(outside, outside, outside + Documents.A5Width, outside + Documents.A5Height), Box(page, "TrimBox"));
    }

    [Fact]
    public void Eight_crop_marks_continue_the_trim_edges_outside_the_bleed()
    {
        var bytes = new PdfWriter().WriteToArray(Press());
        Samples.KeepWhenAsked("press-sample.pdf", bytes);
        var pdf = new RawPdf(bytes);
        var page = pdf.Dictionary(pdf.Pages[0]);
        var stream = pdf.StreamText(RawPdf.Reference(page, "/Contents"));
        var bleed = Box(page, "BleedBox");
        var trim = Box(page, "TrimBox");

        var marks = CropMark().Matches(stream).Select(m => Enumerable.Range(1, 4).Select(g => double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture)).ToArray()).ToList();
        Assert.Equal(8, marks.Count);
        foreach (var mark in marks)
        {
            var (x1, y1, x2, y2) = (mark[0], mark[1], mark[2], mark[3]);
            var horizontal = y1 == y2;

            // On a trim edge's line, and entirely outside the bleed box.
            if (horizontal)
            {
                Assert.Contains(Math.Round(y1, 2), new[] { trim[1], trim[3] });
                Assert.True(Math.Max(x1, x2) <= bleed[0] || Math.Min(x1, x2) >= bleed[2], $"mark at x {x1}..{x2} reaches into the bleed");
            }
            else
            {
                Assert.Contains(Math.Round(x1, 2), new[] { trim[0], trim[2] });
                Assert.True(Math.Max(y1, y2) <= bleed[1] || Math.Min(y1, y2) >= bleed[3], $"mark at y {y1}..{y2} reaches into the bleed");
            }
        }
    }

    [Fact]
    public void Without_bleed_or_marks_the_three_boxes_are_the_page()
    {
        var pdf = new RawPdf(new PdfWriter().WriteToArray(Documents.Of(Documents.Page(serif.Shape("Screen", 11, 56, 90)))));
        var page = pdf.Dictionary(pdf.Pages[0]);

        Assert.Equal(Box(page, "MediaBox"), Box(page, "TrimBox"));
        Assert.Equal(Box(page, "MediaBox"), Box(page, "BleedBox"));
        Assert.DoesNotContain("1 1 1 1 K", pdf.StreamText(RawPdf.Reference(page, "/Contents")), StringComparison.Ordinal);
    }

    private static double[] Rounded(params double[] values) => [.. values.Select(v => Math.Round(v, 2))];

    private static double[] Box(string page, string name)
    {
        var match = Regex.Match(page, "/" + name + @" \[([^\]]*)\]");
        Assert.True(match.Success, name + " missing");
        return [.. match.Groups[1].Value.Split(' ').Select(v => Math.Round(double.Parse(v, CultureInfo.InvariantCulture), 2))];
    }

    [GeneratedRegex(@"1 1 1 1 K [\d.]+ w 0 J ([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l S Q")]
    private static partial Regex CropMark();
}
