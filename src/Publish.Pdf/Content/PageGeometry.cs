using Publish.Pdf.Syntax;
using Publish.Typesetting.Frames;

namespace Publish.Pdf.Content;

/// <summary>
/// Converts frame coordinates (points, origin at the trim box's top-left, y down) to PDF user space (origin at
/// the MediaBox's bottom-left, y up). The MediaBox is the trim size plus the bleed on every side; the TrimBox
/// sits inside it at (bleed, bleed); the BleedBox equals the MediaBox.
/// </summary>
internal sealed class PageGeometry
{
    private readonly PageFrame page;

    public PageGeometry(PageFrame page)
    {
        if (page.Width <= 0 || page.Height <= 0 || page.Bleed < 0)
        {
            throw new ArgumentException($"Page size {page.Width}×{page.Height} with bleed {page.Bleed} is not a page.", nameof(page));
        }

        this.page = page;
    }

    public double X(double frameX) => page.Bleed + frameX;

    public double Y(double frameY) => page.Bleed + page.Height - frameY;

    public string MediaBox => PdfFormat.Rectangle(0, 0, page.Width + (2 * page.Bleed), page.Height + (2 * page.Bleed));

    public string TrimBox => PdfFormat.Rectangle(page.Bleed, page.Bleed, page.Bleed + page.Width, page.Bleed + page.Height);

    /// <summary>A frame rectangle (top-left corner, width, height) as a PDF rectangle.</summary>
    public string Rectangle(double x, double y, double width, double height) =>
        PdfFormat.Rectangle(X(x), Y(y + height), X(x + width), Y(y));
}
