namespace TypographyReport;

/// <summary>
/// Cuts the body lines into paragraphs. A new paragraph starts at a line that is indented, after a line that ends
/// short of the right edge, after a heading or display line, or after extra vertical space (more than 1.4 leadings
/// with nothing between). A figure or note between two lines is not a boundary: text flows around floats.
/// </summary>
internal static class ParagraphSegmenter
{
    public static List<Paragraph> Segment(IReadOnlyList<TextLine> readingOrder, DocumentProfile profile)
    {
        var paragraphs = new List<Paragraph>();
        List<TextLine>? current = null;
        TextLine? previousBody = null;
        var breakPending = false;
        var somethingBetween = false;
        foreach (var line in readingOrder)
        {
            switch (line.Kind)
            {
                case LineKind.Heading or LineKind.Display:
                    breakPending = true;
                    continue;
                case LineKind.Small:
                    somethingBetween = true;
                    continue;
                case LineKind.Furniture:
                    continue;
            }
            var starts = current is null || breakPending || previousBody is null
                || previousBody.Right < profile.Right(previousBody.Page) - profile.FlushTolerance
                || line.Left > profile.Left(line.Page) + profile.IndentTolerance
                || (line.Page == previousBody.Page && !somethingBetween
                    && previousBody.Baseline - line.Baseline > 1.4 * profile.Leading);
            if (starts)
            {
                current = [];
                paragraphs.Add(new Paragraph(current));
            }
            current!.Add(line);
            previousBody = line;
            breakPending = false;
            somethingBetween = false;
        }
        return paragraphs;
    }
}
