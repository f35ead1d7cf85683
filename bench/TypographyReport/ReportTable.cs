using System.Globalization;
using System.Text;

namespace TypographyReport;

/// <summary>One Markdown table: a row per figure, a column per PDF.</summary>
internal static class ReportTable
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Render(IReadOnlyList<(string Label, TypographyFigures Figures)> columns)
    {
        var rows = new List<(string Name, Func<TypographyFigures, string> Value)>
        {
            ("pages", f => N(f.Pages)),
            ("body size / leading (pt)", f => string.Create(Inv, $"{f.BodySize:0.#} / {f.Leading:0.##}")),
            ("body lines / paragraphs", f => $"{N(f.BodyLines)} / {N(f.Paragraphs)}"),
            ("lines ending in an added hyphen (hyphenation)", f => $"{Pct(f.DiscretionaryLines, f.BodyLines)} ({N(f.DiscretionaryLines)}{(f.DiscretionaryMarked ? ", U+00AD" : ", by words")})"),
            ("lines ending in any hyphen (compounds too)", f => $"{Pct(f.HyphenatedLines, f.BodyLines)} ({N(f.HyphenatedLines)})"),
            ("longest hyphen ladder", f => N(f.LongestLadder)),
            ("ladders of 2 / of 3+", f => $"{N(f.LaddersOfTwo)} / {N(f.LaddersOfThreeOrMore)}"),
            ("hyphens at a page turn", f => N(f.HyphensAtPageTurn)),
            ("widows / orphans", f => $"{N(f.Widows)} / {N(f.Orphans)}"),
            ("stranded headings", f => N(f.StrandedHeadings)),
            ("paragraphs ending on one short word", f => $"{Pct(f.ShortWordEndings, f.MultiLineParagraphs)} ({N(f.ShortWordEndings)} of {N(f.MultiLineParagraphs)})"),
            ("paragraph starts without indent (not after a heading)", f => N(f.UnindentedStarts)),
            ("title lines; last / longest", f => f.TitleLines == 0 ? "–" : string.Create(Inv, $"{f.TitleLines}; {f.TitleBalance:0.00}")),
            ("short pages (of full-page candidates)", f => $"{N(f.ShortPages)} of {N(f.CandidatePages)}"),
            ("justified inner lines measured", f => N(f.JustifiedLines)),
            ("word space median / p95 / max (lh)", f => Triple(f.LineWordSpace)),
            ("word space p5 / min (lh): the densest lines", f => string.Create(Inv, $"{Stats.Percentile(f.LineWordSpace, 5):0.000} / {Min(f.LineWordSpace):0.000}")),
            ("runs at the narrowest letter width (Tz %)", f => f.NarrowedRuns is { } n ? string.Create(Inv, $"{n.Runs} at {n.Scale:0.##}") : "–"),
            ("widest gap p95 / max (lh)", f => string.Create(Inv, $"{Stats.Percentile(f.LineWidestGap, 95):0.000} / {Max(f.LineWidestGap):0.000}")),
            ("gap spread median / p95 / max (lh)", f => Triple(f.LineSpread)),
            ("note lines / note leading (pt)", f => string.Create(Inv, $"{f.Notes.Lines} / {f.Notes.Leading:0.##}")),
            ("gap after a note's number min / max (pt)", f => f.Notes.NumberGaps.Count == 0 ? "–"
                : string.Create(Inv, $"{f.Notes.NumberGaps.Min():0.0} / {f.Notes.NumberGaps.Max():0.0}")),
            ("note word space median / p95 (note lh)", f => f.Notes.LineWordSpace.Count == 0 ? "–"
                : string.Create(Inv, $"{Stats.Percentile(f.Notes.LineWordSpace, 50):0.000} / {Stats.Percentile(f.Notes.LineWordSpace, 95):0.000}")),
            ("note widest gap p95 / max (note lh)", f => f.Notes.LineWidestGap.Count == 0 ? "–"
                : string.Create(Inv, $"{Stats.Percentile(f.Notes.LineWidestGap, 95):0.000} / {Max(f.Notes.LineWidestGap):0.000}")),
        };
        var sb = new StringBuilder();
        sb.Append("| figure |");
        foreach (var (label, _) in columns) sb.Append(' ').Append(label).Append(" |");
        sb.Append('\n').Append("|---|");
        foreach (var _ in columns) sb.Append("---:|");
        sb.Append('\n');
        foreach (var (name, value) in rows)
        {
            sb.Append("| ").Append(name).Append(" |");
            foreach (var (_, figures) in columns) sb.Append(' ').Append(value(figures)).Append(" |");
            sb.Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>The issue's title rule: no last title line under a third of the longest.</summary>
    public static string RenderTitles(IReadOnlyList<(string Label, TypographyFigures Figures)> rows)
    {
        var sb = new StringBuilder("| manuscript | title lines | last / longest | balanced (≥ 1/3) |\n|---|---:|---:|---|\n");
        foreach (var (label, f) in rows)
        {
            var ratio = f.TitleLines == 0 ? "–" : string.Create(Inv, $"{f.TitleBalance:0.00}");
            var balanced = f.TitleLines == 0 ? "no title read" : f.TitleBalance * 3 >= 1 ? "yes" : "no";
            sb.Append(Inv, $"| {label} | {f.TitleLines} | {ratio} | {balanced} |\n");
        }
        return sb.ToString();
    }

    private static string N(int n) => n.ToString(Inv);

    private static string Pct(int part, int whole) =>
        whole == 0 ? "–" : string.Create(Inv, $"{100.0 * part / whole:0.0} %");

    private static double Min(IReadOnlyList<double> values) => values.Count == 0 ? double.NaN : values.Min();

    private static double Max(IReadOnlyList<double> values) => values.Count == 0 ? double.NaN : values.Max();

    private static string Triple(IReadOnlyList<double> values) =>
        string.Create(Inv, $"{Stats.Percentile(values, 50):0.000} / {Stats.Percentile(values, 95):0.000} / {Max(values):0.000}");
}
