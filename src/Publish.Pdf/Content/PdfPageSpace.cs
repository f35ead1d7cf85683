using Publish.Pdf.Syntax;
using Publish.Typesetting.Frames;

namespace Publish.Pdf.Content;

/// <summary>
/// Converts frame coordinates (points, origin at the trim box's top-left, y down) to PDF user space (origin at
/// the MediaBox's bottom-left, y up). Boxes nest: the TrimBox (the page's size), the BleedBox (grown by the
/// bleed on every side), the MediaBox (grown further by the printer's-mark area, zero without marks). Without
/// bleed and marks all three are equal.
/// </summary>
internal sealed class PdfPageSpace
{
    private readonly PageFrame page;
    private readonly double marks;

    public PdfPageSpace(PageFrame page, double markArea = 0)
    {
        if (page.Width <= 0 || page.Height <= 0 || page.Bleed < 0 || markArea < 0)
        {
            throw new ArgumentException($"Page size {page.Width}×{page.Height} with bleed {page.Bleed} and mark area {markArea} is not a page.", nameof(page));
        }

        this.page = page;
        marks = markArea;
    }

    /// <summary>Distance from the MediaBox's edge to the trim edge.</summary>
    public double Inset => page.Bleed + marks;

    public double X(double frameX) => Inset + frameX;

    public double Y(double frameY) => Inset + page.Height - frameY;

    public string MediaBox => PdfFormat.Rectangle(0, 0, page.Width + (2 * Inset), page.Height + (2 * Inset));

    public string BleedBox => PdfFormat.Rectangle(marks, marks, marks + page.Width + (2 * page.Bleed), marks + page.Height + (2 * page.Bleed));

    public string TrimBox => PdfFormat.Rectangle(Inset, Inset, Inset + page.Width, Inset + page.Height);

    public double Width => page.Width;

    public double Height => page.Height;

    public double Bleed => page.Bleed;

    /// <summary>A frame rectangle (top-left corner, width, height) as a PDF rectangle.</summary>
    public string Rectangle(double x, double y, double width, double height) =>
        PdfFormat.Rectangle(X(x), Y(y + height), X(x + width), Y(y));
}
