namespace Publish.Engine.Tests.StyleKeys;

/// <summary>
/// Issue 18 (every style key has a test showing its effect): a custom <c>page.size</c>'s <c>width</c> and
/// <c>height</c>, and <c>page.margins.bottom</c>, each set two ways and read back from the printed pages.
/// </summary>
public sealed class PageKeyTests
{
    /// <summary>One long paragraph: a page may end after any of its lines, so a full page ends on its block's last line.</summary>
    private static readonly string Text = string.Join(" ", Enumerable.Repeat(
        "Harbour evening market letter garden window journey harbour evening market letter garden window journey harbour evening market letter garden.", 40));

    [Theory]
    [InlineData("5in", "7in", 360, 504)]
    [InlineData("6in", "9in", 432, 648)]
    public void A_custom_size_width_and_height_are_the_trim_size(string width, string height, double points, double tall)
    {
        using var book = KeyedPdf.Build("---\ntitle: Size\nlang: en\n---\n\nA paragraph.\n", $"page:\n  size: {{width: {width}, height: {height}}}\n  margins: 0.75in\n");

        var page = book.Pdf.GetPage(1);
        Assert.Equal(points, page.Width, 0.01);
        Assert.Equal(tall, page.Height, 0.01);
    }

    [Fact]
    public void Margins_bottom_is_where_a_full_pages_text_block_ends()
    {
        // A full page (not the last) ends its text on the block's last body line: its lowest body baseline stands above
        // the bottom margin, and 40 mm more margin raises it by the whole body lines (14.5 pt) that 40 mm takes away.
        var low = LowestBodyBaseline(30);
        var high = LowestBodyBaseline(70);
        var raised = 40 * 72 / 25.4;

        Assert.True(low >= 30 * 72 / 25.4, $"a line at {low:0.#} pt is in the 30 mm margin");
        Assert.InRange(high - low, raised, raised + 14.5);
        Assert.Equal(0, Math.IEEERemainder(high - low, 14.5), 0.05);
    }

    private static double LowestBodyBaseline(double bottom)
    {
        using var book = KeyedPdf.Build($"---\ntitle: Bottom\nlang: en\n---\n\n{Text}\n", $"page:\n  size: A5\n  margins: {{top: 20mm, bottom: {bottom}mm, inner: 15mm, outer: 15mm}}\n");

        Assert.True(book.Pdf.NumberOfPages > 1, "the text does not fill a page");
        return book.Pdf.GetPage(1).Letters.Where(l => Math.Abs(l.PointSize - 11) < 0.01 && !string.IsNullOrWhiteSpace(l.Value)).Min(l => l.StartBaseLine.Y);
    }
}
