using UglyToad.PdfPig.Content;

namespace TypographyReport;

/// <summary>
/// Groups a page's letters into lines by baseline, folds raised note markers (smaller letters a little above a larger
/// line's baseline) into that line, and measures the gaps between words from the letters' advance positions — so a
/// PDF that draws no space glyphs (Typst) and one that does read the same.
/// </summary>
internal static class LineExtractor
{
    /// <summary>Letters within this distance (pt) of a line's first baseline share the line.</summary>
    private const double BaselineTolerance = 0.6;

    /// <summary>A gap wider than this fraction of the size between two letters is a word space (kerning is smaller).</summary>
    private const double WordGapEm = 0.1;

    public static List<TextLine> Extract(Page page)
    {
        var letters = page.Letters
            .Where(l => l.TextOrientation == TextOrientation.Horizontal && l.PointSize > 0.5)
            .OrderByDescending(l => l.StartBaseLine.Y)
            .ToList();
        var clusters = new List<List<Letter>>();
        foreach (var letter in letters)
        {
            if (clusters.Count > 0 && clusters[^1][0].StartBaseLine.Y - letter.StartBaseLine.Y <= BaselineTolerance)
                clusters[^1].Add(letter);
            else
                clusters.Add([letter]);
        }
        clusters.RemoveAll(c => c.All(l => string.IsNullOrWhiteSpace(l.Value)));
        FoldRaisedMarkers(clusters);
        return clusters.Select(c => Build(page.Number, c)).OrderByDescending(l => l.Baseline).ToList();
    }

    /// <summary>A note marker is set smaller and raised: it belongs to the larger line whose baseline is just below.</summary>
    private static void FoldRaisedMarkers(List<List<Letter>> clusters)
    {
        for (var i = 0; i < clusters.Count; i++)
        {
            var small = clusters[i];
            var size = MainSize(small);
            var y = small[0].StartBaseLine.Y;
            var (x0, x1) = (small.Min(l => l.StartBaseLine.X), small.Max(l => l.EndBaseLine.X));
            var host = clusters.FirstOrDefault(c => !ReferenceEquals(c, small)
                && c[0].StartBaseLine.Y < y
                && y - c[0].StartBaseLine.Y <= 0.6 * MainSize(c)
                && MainSize(c) > 1.15 * size
                && c.Min(l => l.StartBaseLine.X) - 1 <= x0 && x1 <= c.Max(l => l.EndBaseLine.X) + MainSize(c));
            if (host is null) continue;
            host.AddRange(small);
            clusters.RemoveAt(i);
            i--;
        }
    }

    private static double MainSize(List<Letter> letters) =>
        Stats.Mode(letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => l.PointSize), 0.1);

    private static TextLine Build(int page, List<Letter> cluster)
    {
        var size = MainSize(cluster);
        var mainLetters = cluster.Where(l => Math.Abs(l.PointSize - size) < 0.15 && !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var baseline = Stats.Mode(mainLetters.Select(l => l.StartBaseLine.Y), 0.01);
        var ordered = cluster.OrderBy(l => l.StartBaseLine.X).ToList();
        var text = new System.Text.StringBuilder();
        var gaps = new List<double>();
        double? wordEnd = null;
        var spaceSeen = false;
        foreach (var letter in ordered)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                spaceSeen = wordEnd is not null;
                continue;
            }
            if (wordEnd is { } end)
            {
                var gap = letter.StartBaseLine.X - end;
                if (spaceSeen || gap > WordGapEm * Math.Max(size, letter.PointSize))
                {
                    gaps.Add(gap);
                    text.Append(' ');
                }
            }
            text.Append(letter.Value);
            wordEnd = Math.Max(wordEnd ?? double.MinValue, letter.EndBaseLine.X);
            spaceSeen = false;
        }
        var bold = mainLetters.Count(l => IsBold(l.FontName)) * 2 > mainLetters.Count;
        return new TextLine(page, baseline,
            ordered.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Min(l => l.StartBaseLine.X),
            ordered.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Max(l => l.EndBaseLine.X),
            size, bold, text.ToString(), gaps);
    }

    private static bool IsBold(string? fontName) =>
        fontName is not null && (fontName.Contains("Bold", StringComparison.OrdinalIgnoreCase)
            || fontName.Contains("Black", StringComparison.OrdinalIgnoreCase)
            || fontName.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
            || fontName.Contains("Semibold", StringComparison.OrdinalIgnoreCase));
}
