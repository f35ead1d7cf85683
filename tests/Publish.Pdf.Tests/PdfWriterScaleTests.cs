using System.Collections.Immutable;
using System.Diagnostics;
using Publish.Pdf.Tests.Support;
using Publish.Typesetting.Frames;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace Publish.Pdf.Tests;

public sealed class PdfWriterScaleTests(ITestOutputHelper output) : IDisposable
{
    private readonly TestFont serif = new(RepositoryPaths.Font("NotoSerif-Regular.ttf"));

    public void Dispose() => serif.Dispose();

    [Fact]
    public void A_book_length_document_stays_small_and_fast()
    {
        // 300 pages × 40 lines of body text: one embedded subset, file size grows with the text only.
        var line = "The quick brown fox jumps over the lazy dog — İstanbul, Şanlıurfa, office.";
        var run = serif.Shape(line, 10.5, 50, 0);
        var pages = Enumerable.Range(0, 300).Select(p => new PageFrame(Documents.A5Width, Documents.A5Height, 0, (p + 1).ToString(),
            [.. Enumerable.Range(0, 40).Select(l => (FrameItem)(run with { Baseline = 60 + (l * 12.5) }))])).ToImmutableArray();
        var document = new PagedDocument(pages, Documents.Info, []);

        var clock = Stopwatch.StartNew();
        var pdf = new PdfWriter().WriteToArray(document);
        clock.Stop();
        output.WriteLine($"300 pages, 12,000 lines: {pdf.Length:N0} bytes in {clock.ElapsedMilliseconds} ms");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"{clock.Elapsed}");
        Assert.True(pdf.Length < 2_000_000, $"{pdf.Length} bytes");
        Assert.Equal(1, PdfBytes.Count(pdf, "/FontFile2"));
        using var read = PdfDocument.Open(pdf);
        Assert.Equal(300, read.NumberOfPages);
        Assert.StartsWith("The quick brown fox", read.GetPage(300).Text, StringComparison.Ordinal);
    }
}
