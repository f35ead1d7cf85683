using System.Diagnostics;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// One book holding every <see cref="RenderingCases"/> image as a figure, in that order, built once through the real
/// CLI and shared by the rendering tests: the PDF's pages rasterised by poppler (<c>pdftoppm -r 50</c>) with where
/// each image sits (PdfPig), and the EPUB's image entries in reading order.
/// </summary>
public sealed class RenderedImageBook : IDisposable
{
    private const int Resolution = 50;

    private readonly HostileBuild build = new();

    public RenderedImageBook()
    {
        var figures = new System.Text.StringBuilder("---\ntitle: Photos\n---\n\nEvery kind of photo, one figure each.\n\n");
        foreach (var rendering in RenderingCases.All)
        {
            build.WriteBytes("images/" + rendering.FileName, rendering.Bytes);
            figures.Append("![").Append(rendering.Name).Append("](images/").Append(rendering.FileName).Append(")\n\n");
        }

        var manuscript = build.Write("photos.md", figures.ToString());
        Outcome = build.Build(manuscript);
        if (Outcome.ExitCode != 0)
        {
            return;
        }

        var pdf = build.Edition(manuscript, ".pdf");
        PdfPath = pdf;
        EpubPath = build.Edition(manuscript, ".epub");
        var prefix = build.Scratch.File("page");
        var raster = Process.Start(new ProcessStartInfo("pdftoppm", ["-r", Resolution.ToString(System.Globalization.CultureInfo.InvariantCulture), "-png", pdf, prefix]))!;
        raster.WaitForExit();
        var pageFiles = Directory.GetFiles(build.Scratch.Path, "page-*.png").Order(StringComparer.Ordinal).ToList();

        using var document = PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            var crop = page.CropBox.Bounds;
            using var bitmap = SKBitmap.Decode(pageFiles[page.Number - 1]);
            var scale = bitmap.Width / crop.Width;
            foreach (var box in page.GetImages().Select(i => Envelope(i.BoundingBox)).OrderByDescending(b => b.Top))
            {
                var left = (box.Left - crop.Left) * scale;
                var top = (crop.Top - box.Top) * scale;
                PrintedImages.Add(new PrintedImage(
                    page.Number,
                    box.Width / box.Height,
                    QuadrantProbe.Sample(bitmap, left, top, box.Width * scale, box.Height * scale)));
            }
        }

        EpubImages = [.. EditionBytes.EpubEntries(build.Edition(manuscript, ".epub"))
            .Where(e => System.Text.RegularExpressions.Regex.IsMatch(e.Name, @"images/\d{4}\.(jpg|png)$"))
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => e.Bytes)];
    }

    internal PublishProcess.Outcome Outcome { get; }

    /// <summary>The editions' files (null when the build failed).</summary>
    internal string? PdfPath { get; }

    internal string? EpubPath { get; }

    /// <summary>The PDF's images in reading order: page, aspect ratio of the placed box, and the four quadrant samples.</summary>
    internal List<PrintedImage> PrintedImages { get; } = [];

    internal IReadOnlyList<byte[]> EpubImages { get; } = [];

    public void Dispose() => build.Dispose();

    /// <summary>
    /// The upright box a placed image covers on the page. PdfPig reports a drawn image's rectangle in the image's
    /// own axes (its width is the stored width even when a transform turns it), so the corners are taken instead.
    /// </summary>
    private static (double Left, double Top, double Width, double Height) Envelope(PdfRectangle r)
    {
        double[] xs = [r.TopLeft.X, r.TopRight.X, r.BottomLeft.X, r.BottomRight.X];
        double[] ys = [r.TopLeft.Y, r.TopRight.Y, r.BottomLeft.Y, r.BottomRight.Y];
        return (xs.Min(), ys.Max(), xs.Max() - xs.Min(), ys.Max() - ys.Min());
    }

    internal sealed record PrintedImage(int Page, double Aspect, (byte R, byte G, byte B)[] Quadrants);
}
