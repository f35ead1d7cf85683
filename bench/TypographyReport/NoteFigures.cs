namespace TypographyReport;

/// <summary>
/// The notes at the page foot (issue 18 point 5): the gap after each note's number, and how evenly justified note lines
/// space their words, in the notes' own line heights.
/// </summary>
internal sealed record NoteFigures(
    int Lines,
    double Leading,
    IReadOnlyList<double> NumberGaps,
    IReadOnlyList<double> LineWordSpace,
    IReadOnlyList<double> LineWidestGap)
{
    /// <summary>
    /// Note lines are the smaller, uncentred lines below a page's last body line (all of a page's smaller lines when it
    /// has no body text: a continued note). A note opens with a number (digits, then "." or ")" or nothing) followed by
    /// a gap; a superscript number set against its text (Typst) has no gap and is not counted. A justified note line is
    /// one that ends flush right and has a word gap. A number out of sequence (a page number carried to the line's
    /// start) opens no note.
    /// </summary>
    public static NoteFigures Measure(IReadOnlyList<TextLine> readingOrder, DocumentProfile profile)
    {
        var notes = new List<TextLine>();
        foreach (var page in readingOrder.GroupBy(l => l.Page))
        {
            var lastBody = page.LastOrDefault(l => l.Kind == LineKind.Body);
            notes.AddRange(page.Where(l => l.Kind == LineKind.Small
                && (lastBody is null || l.Baseline < lastBody.Baseline)
                && !IsCentred(l, profile)));
        }
        var leading = Stats.Mode(
            notes.Zip(notes.Skip(1)).Where(p => p.First.Page == p.Second.Page)
                .Select(p => p.First.Baseline - p.Second.Baseline)
                .Where(d => d > 0 && d < 3 * profile.BodySize),
            0.05);
        // A line opening with a number starts a note only when the number comes next in sequence (or restarts at 1):
        // "199. Next sentence" carried over from "pp." is no note number.
        var numberGaps = new List<double>();
        var last = 0;
        foreach (var line in notes)
        {
            if (line.Gaps.Count == 0 || NumberOf(line.Text.Split(' ', 2)[0]) is not { } n || (n != last + 1 && n != 1)) continue;
            numberGaps.Add(line.Gaps[0]);
            last = n;
        }
        var justified = notes.Where(l => l.Gaps.Count > 0 && l.Right >= profile.Right(l.Page) - profile.FlushTolerance).ToList();
        return new NoteFigures(notes.Count, leading, numberGaps,
            justified.Select(l => Stats.Percentile(l.Gaps, 50) / leading).ToList(),
            justified.Select(l => l.Gaps.Max() / leading).ToList());
    }

    private static int? NumberOf(string word)
    {
        var digits = word.TrimEnd('.', ')');
        return digits.Length is > 0 and <= 4 && digits.All(char.IsAsciiDigit)
            ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    private static bool IsCentred(TextLine line, DocumentProfile profile)
    {
        var left = line.Left - profile.Left(line.Page);
        var right = profile.Right(line.Page) - line.Right;
        return left > 0.5 * line.Size && right > 0.5 * line.Size && Math.Abs(left - right) < 1.5;
    }
}
