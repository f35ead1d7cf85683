namespace TypographyReport;

/// <summary>
/// What the body text of a PDF looks like, measured, not declared: the body size is the size most letters are set
/// in; the leading the most common distance between consecutive body baselines; the text block's left and right
/// edges the most common starts and ends of body lines, separately on odd and even pages (mirrored margins).
/// </summary>
internal sealed record DocumentProfile(double BodySize, double Leading, double[] BlockLeft, double[] BlockRight)
{
    /// <summary>A line ending closer than this to the block's right edge is flush (justified).</summary>
    public double FlushTolerance => 0.1 * BodySize;

    /// <summary>A line starting further than this from the block's left edge is indented.</summary>
    public double IndentTolerance => 0.3 * BodySize;

    public double Left(int page) => BlockLeft[page % 2];

    public double Right(int page) => BlockRight[page % 2];

    public bool IsBodySize(double size) => Math.Abs(size - BodySize) <= 0.03 * BodySize;

    public static DocumentProfile Measure(IReadOnlyList<TextLine> lines)
    {
        var bodySize = Stats.Mode(lines.SelectMany(l => Enumerable.Repeat(l.Size, l.Text.Length)), 0.1);
        var candidates = lines.Where(l => Math.Abs(l.Size - bodySize) <= 0.03 * bodySize && !l.Bold && l.WordCount > 2).ToList();
        var leading = Stats.Mode(
            candidates.Zip(candidates.Skip(1))
                .Where(p => p.First.Page == p.Second.Page)
                .Select(p => p.First.Baseline - p.Second.Baseline)
                .Where(d => d > 0.5 * bodySize && d < 3 * bodySize),
            0.05);
        double Edge(int parity, Func<TextLine, double> of, int outward)
        {
            var onParity = candidates.Where(l => l.Page % 2 == parity).ToList();
            var values = (onParity.Count > 0 ? onParity : candidates).Select(of).ToList();
            var mode = Stats.Mode(values, 0.5);
            // The most common edge may belong to an indented block (an abstract, a quotation) in a short text: an edge
            // further out by more than an em that a tenth as many lines share is the block's own. Protrusion hangs
            // punctuation by less than an em, so it never moves the edge.
            var modeCount = values.Count(v => Math.Abs(v - mode) <= 0.25);
            var further = values.Where(v => (v - mode) * outward > bodySize)
                .GroupBy(v => Math.Round(v * 2) / 2)
                .Where(g => g.Count() >= 2 && g.Count() * 10 >= modeCount)
                .Select(g => g.Key)
                .ToList();
            return further.Count == 0 ? mode : outward < 0 ? further.Min() : further.Max();
        }
        return new DocumentProfile(bodySize, leading,
            [Edge(0, l => l.Left, -1), Edge(1, l => l.Left, -1)],
            [Edge(0, l => l.Right, +1), Edge(1, l => l.Right, +1)]);
    }
}
