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
    private readonly List<Operation> operations;

    /// <summary>Keys are written on several threads at once, one page each: a list per thread, refilled for each run.</summary>
    [ThreadStatic]
    private static List<GlyphUse>? distinctUses;

    /// <param name="rgbSpace">See <see cref="ContentStreamBuilder(PdfPageSpace, StringBuilder, string?)"/>.</param>
    /// <param name="items">How many items the page has: about two operations each (a run and its marked content), the list made that long at once rather than grown by copies.</param>
    public PageContent(PdfPageSpace geometry, string? rgbSpace = null, int items = 0)
    {
        this.geometry = geometry;
        this.rgbSpace = rgbSpace;
        operations = new List<Operation>((items * 2) + 8);
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
        string? marked = null;
        foreach (var operation in operations)
        {
            switch (operation.Kind)
            {
                case OperationKind.Glyphs when string.Equals(marked, "Code", StringComparison.Ordinal):
                    ShowCode(content, (GlyphRun)operation.Item!, operation.Font!);
                    break;
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
                    marked = operation.Name;
                    break;
                case OperationKind.BeginArtifact:
                    content.BeginArtifact();
                    marked = null;
                    break;
                case OperationKind.End:
                    content.EndMarkedContent();
                    marked = null;
                    break;
                default:
                    throw new InvalidOperationException($"Unknown content operation {operation.Kind}.");
            }
        }
    }

    /// <summary>
    /// Writes to <paramref name="key"/> every value <see cref="Format"/> reads — the page's geometry and colour space,
    /// each operation in order with its operands, each glyph's code, position, /W width and text — so equal keys mean
    /// equal operators. Keep it in step with <see cref="Format"/> and <see cref="ContentStreamBuilder"/>.
    /// A run's glyphs go in as their digest (ids, positions, texts: <see cref="PositionedGlyphs.WriteDigest"/>) and,
    /// for each distinct (glyph, text) pair in the order it first occurs, its code and width: a glyph's code and width
    /// depend on nothing else, so they are fixed for every glyph, and a recorded run is keyed without being decoded.
    /// </summary>
    public void WriteKey(ContentKey key)
    {
        key.Add(geometry.X(0)).Add(geometry.Y(0)).Add(geometry.Width).Add(geometry.Height).Add(geometry.Bleed).Add(rgbSpace).Add(operations.Count);
        foreach (var operation in operations)
        {
            key.Add((int)operation.Kind);
            switch (operation.Item)
            {
                case GlyphRun run:
                    var font = operation.Font!;
                    key.Add(font.ResourceName).Add(run.Size).Add(run.X).Add(run.Baseline).Add(Color(run.Color))
                        .Add(run.Font.Slant).Add(run.Font.Emboldening).Add(run.HorizontalScale).Add(run.Glyphs.Length);
                    WriteGlyphsKey(key, run.Glyphs, font);

                    break;
                case RuleItem rule:
                    key.Add(rule.X1).Add(rule.Y1).Add(rule.X2).Add(rule.Y2).Add(rule.Thickness).Add(Color(rule.Color));
                    break;
                case ImageItem image:
                    key.Add(image.X).Add(image.Y).Add(image.Width).Add(image.Height);
                    break;
                default:
                    break;
            }

            key.Add(operation.Name).Add(operation.Mcid);
            if (operation.Marks is { } marks)
            {
                key.Add(marks.CropMarks ? 1 : 0).Add(marks.MarkArea).Add(marks.Offset).Add(marks.Thickness);
            }
        }
    }

    private static void WriteGlyphsKey(ContentKey key, PositionedGlyphs glyphs, FontUsage font)
    {
        Span<byte> digest = stackalloc byte[32];
        glyphs.WriteDigest(digest);
        key.Add(digest);
        var uses = distinctUses ??= [];
        glyphs.Uses.DistinctInto(uses);
        foreach (var use in uses)
        {
            key.Add(font.Code(use)).Add(font.PdfWidth(use.GlyphId));
        }

        // The number of pairs last, so a run's values cannot be read as another's.
        key.Add(uses.Count);
    }

    private static int Color(RgbColor color) => (color.R << 16) | (color.G << 8) | color.B;

    /// <summary>
    /// Shows a run of code. Its spaces are space glyphs, but extractors that take a U+0020 glyph only as a word
    /// boundary (Poppler) give back one space for a run of them and none at a line's start, and code's indentation
    /// is its meaning. So the spaces that begin the run, and every run of two or more, are wrapped with the glyph
    /// after them in a marked-content span whose /ActualText is their text (ISO 32000-1 §14.9.4): such a reader
    /// takes the span's text as written; readers that use the glyphs read the same spaces.
    /// </summary>
    private static void ShowCode(ContentStreamBuilder content, GlyphRun run, FontUsage font)
    {
        var glyphs = run.Glyphs.Span;
        var shown = 0;
        var i = 0;
        while (i < glyphs.Length)
        {
            if (glyphs[i].Text is not " ")
            {
                i++;
                continue;
            }

            var end = i;
            while (end < glyphs.Length && glyphs[end].Text is " ")
            {
                end++;
            }

            if ((i == 0 || end - i >= 2) && end < glyphs.Length)
            {
                Show(content, run, font, shown, i);
                content.BeginActualText(new string(' ', end - i) + glyphs[end].Text);
                Show(content, run, font, i, end + 1);
                content.EndMarkedContent();
                shown = end + 1;
            }

            i = end + 1;
        }

        Show(content, run, font, shown, glyphs.Length);
    }

    private static void Show(ContentStreamBuilder content, GlyphRun run, FontUsage font, int start, int end)
    {
        if (start == 0 && end == run.Glyphs.Length)
        {
            content.ShowGlyphs(run, font);
        }
        else if (end > start)
        {
            // Glyph positions are relative to the run's origin, so a slice keeps the same origin.
            content.ShowGlyphs(run with { Glyphs = PositionedGlyphs.Create(run.Glyphs.Span[start..end]) }, font);
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
