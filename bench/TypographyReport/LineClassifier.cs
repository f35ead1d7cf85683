namespace TypographyReport;

/// <summary>
/// Sorts lines into body, heading, display, small (notes, captions) and furniture by size, face and position — the
/// cues a reader uses, so the PDF of any tool can be read.
/// </summary>
internal static class LineClassifier
{
    public static void Classify(IReadOnlyList<TextLine> lines, DocumentProfile profile)
    {
        foreach (var line in lines)
        {
            if (line.Bold && line.Size >= 0.8 * profile.BodySize || line.Size > 1.1 * profile.BodySize)
                line.Kind = LineKind.Heading;
            else if (profile.IsBodySize(line.Size))
                line.Kind = IsCentred(line, profile) ? LineKind.Display : LineKind.Body;
            else
                line.Kind = LineKind.Small;
        }
        MarkFurniture(lines);
    }

    /// <summary>A body-size line with wide, equal margins on both sides is set centred (an author line).</summary>
    private static bool IsCentred(TextLine line, DocumentProfile profile)
    {
        var left = line.Left - profile.Left(line.Page);
        var right = profile.Right(line.Page) - line.Right;
        return left > 1.5 * profile.BodySize && right > 1.5 * profile.BodySize && Math.Abs(left - right) < 1.5;
    }

    /// <summary>
    /// Running footers and headers sit outside the band the body lines use and repeat: the same words (page numbers
    /// aside) at the same height on at least two pages. A note's last line may sit as low as a footer, but its words
    /// do not come back page after page.
    /// </summary>
    private static void MarkFurniture(IReadOnlyList<TextLine> lines)
    {
        var body = lines.Where(l => l.Kind == LineKind.Body).ToList();
        if (body.Count == 0) return;
        var (lowest, highest) = (body.Min(l => l.Baseline), body.Max(l => l.Baseline));
        var outside = lines.Where(l => l.Kind != LineKind.Body && (l.Baseline < lowest - 0.5 || l.Baseline > highest + 0.5 * l.Size)).ToList();
        var pagesOf = outside.GroupBy(Key).ToDictionary(g => g.Key, g => g.Select(l => l.Page).Distinct().Count());
        foreach (var line in outside)
        {
            if (pagesOf[Key(line)] >= 2)
                line.Kind = LineKind.Furniture;
        }
    }

    private static (double, string) Key(TextLine line) =>
        (Math.Round(line.Baseline), new string(line.Text.Where(c => !char.IsDigit(c)).ToArray()));
}
