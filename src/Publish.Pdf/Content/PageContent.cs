using System.Text;
using Publish.Pdf.Fonts;
using Publish.Typesetting.Frames;

namespace Publish.Pdf.Content;

/// <summary>
/// One page's drawing operations in order, recorded while the pages are walked in page order (which decides
/// fonts, image names and marked-content ids) and turned into content-stream bytes later by
/// <see cref="Format"/>, on any thread: formatting the glyphs was the largest serial part of writing a book.
/// <see cref="Format"/> only reads what was recorded, so pages can be formatted side by side.
/// </summary>
internal sealed class PageContent
{
    private readonly PdfPageSpace geometry;
    private readonly string? rgbSpace;
    private readonly List<Operation> operations = [];

    /// <param name="rgbSpace">See <see cref="ContentStreamBuilder(PdfPageSpace, StringBuilder, string?)"/>.</param>
    public PageContent(PdfPageSpace geometry, string? rgbSpace = null)
    {
        this.geometry = geometry;
        this.rgbSpace = rgbSpace;
    }

    public void ShowGlyphs(GlyphRun run, FontUsage font) => operations.Add(new Operation(OperationKind.Glyphs, run, font));

    public void DrawRule(RuleItem rule) => operations.Add(new Operation(OperationKind.Rule, rule));

    public void DrawImage(ImageItem image, string resourceName) => operations.Add(new Operation(OperationKind.Image, image, Name: resourceName));

    public void DrawCropMarks(PrintMarks marks) => operations.Add(new Operation(OperationKind.CropMarks, Marks: marks));

    /// <summary>See <see cref="ContentStreamBuilder.BeginMarkedContent"/>.</summary>
    public void BeginMarkedContent(string structureType, int mcid) => operations.Add(new Operation(OperationKind.BeginMarked, Name: structureType, Mcid: mcid));

    public void BeginArtifact() => operations.Add(new Operation(OperationKind.BeginArtifact));

    public void EndMarkedContent() => operations.Add(new Operation(OperationKind.End));

    /// <summary>Appends the page's content-stream operators (ASCII) to <paramref name="text"/>.</summary>
    public void Format(StringBuilder text)
    {
        var content = new ContentStreamBuilder(geometry, text, rgbSpace);
        foreach (var operation in operations)
        {
            switch (operation.Kind)
            {
                case OperationKind.Glyphs:
                    content.ShowGlyphs((GlyphRun)operation.Item!, operation.Font!);
                    break;
                case OperationKind.Rule:
                    content.DrawRule((RuleItem)operation.Item!);
                    break;
                case OperationKind.Image:
                    content.DrawImage((ImageItem)operation.Item!, operation.Name!);
                    break;
                case OperationKind.CropMarks:
                    content.DrawCropMarks(operation.Marks!);
                    break;
                case OperationKind.BeginMarked:
                    content.BeginMarkedContent(operation.Name!, operation.Mcid);
                    break;
                case OperationKind.BeginArtifact:
                    content.BeginArtifact();
                    break;
                case OperationKind.End:
                    content.EndMarkedContent();
                    break;
                default:
                    throw new InvalidOperationException($"Unknown content operation {operation.Kind}.");
            }
        }
    }

    private enum OperationKind
    {
        Glyphs,
        Rule,
        Image,
        CropMarks,
        BeginMarked,
        BeginArtifact,
        End,
    }

    private readonly record struct Operation(OperationKind Kind, FrameItem? Item = null, FontUsage? Font = null, string? Name = null, int Mcid = 0, PrintMarks? Marks = null);
}
