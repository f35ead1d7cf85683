namespace Publish.Typesetting.Inline;

/// <summary>
/// Total-fit line breaking (Knuth and Plass 1981, as in TeX's <c>line_break</c>): among all ways to break the
/// paragraph whose lines have badness within the tolerance, choose the one with the least total demerits.
/// Items must end with a forced break (the caller appends <c>penalty(10000) fil-glue penalty(-10000)</c>).
/// Each line's width comes from <c>lineWidths</c>, the last entry repeating.
/// </summary>
public static class KnuthPlassLineBreaker
{
    private const double AwfulBad = double.MaxValue / 4;

    public static IReadOnlyList<LineBreak> Break(ReadOnlySpan<BreakItem> items, IReadOnlyList<double> lineWidths, LineBreakOptions options)
    {
        if (items.Length == 0)
        {
            return [];
        }

        var sums = new Sums(items);
        var nextBox = NextBoxTable(items);
        var passes = new List<(double Tolerance, bool Hyphenate, double Emergency, bool Final)>(3);
        if (options.PreTolerance >= 0)
        {
            passes.Add((options.PreTolerance, false, 0, false));
        }

        // The final pass accepts any badness: a loose line (reported by its ratio) is better than one that
        // sticks into the margin; an overfull line is only the rescue when not even that is possible.
        passes.Add((options.Tolerance, true, 0, false));
        passes.Add((BreakItem.Infinite, true, Math.Max(0, options.EmergencyStretch), true));

        for (int p = 0; p < passes.Count; p++)
        {
            var pass = passes[p];
            var result = TryPass(items, sums, nextBox, lineWidths, options, pass.Tolerance, pass.Hyphenate, pass.Emergency, pass.Final, p + 1);
            if (result is not null)
            {
                return result;
            }
        }

        throw new InvalidOperationException("The final pass always finds breaks; the item list must end with a forced break.");
    }

    private static List<LineBreak>? TryPass(ReadOnlySpan<BreakItem> items, Sums sums, int[] nextBox, IReadOnlyList<double> lineWidths,
        LineBreakOptions options, double tolerance, bool hyphenate, double emergency, bool final, int passNumber)
    {
        var active = new List<Node> { new Node(-1, 0, 0, 1, 0, null, 0, 0, false) };

        // Ratio above which a line is too loose to be feasible in this pass. Active nodes are in order of position,
        // so with one measure for all lines, once a node gives a line looser than this every later node does too.
        var maxRatio = Math.Cbrt(tolerance / 100);
        var uniformWidths = lineWidths.All(w => w == lineWidths[0]);
        var next = new List<Node>();
        var candidates = new Node?[4];

        for (int b = 0; b < items.Length; b++)
        {
            var item = items[b];
            bool legal = item.Kind switch
            {
                // Pass 1 skips added hyphens (flagged, with the hyphen's width); a break after an explicit
                // hyphen (flagged, no width) is allowed in every pass, as TeX's \exhyphenpenalty breaks are.
                BreakItemKind.Penalty => item.Penalty < BreakItem.Infinite && (hyphenate || !item.Flagged || item.Width == 0),
                BreakItemKind.Glue => b > 0 && items[b - 1].Kind == BreakItemKind.Box,
                _ => false,
            };
            if (!legal)
            {
                continue;
            }

            bool forced = item.Kind == BreakItemKind.Penalty && item.Penalty <= BreakItem.ForcedBreak;
            double penalty = item.Kind == BreakItemKind.Penalty ? item.Penalty : 0;
            bool flagged = item.Kind == BreakItemKind.Penalty && item.Flagged;
            double breakWidth = item.Kind == BreakItemKind.Penalty ? item.Width : 0;
            Array.Clear(candidates);
            next.Clear();

            for (int a = 0; a < active.Count; a++)
            {
                var node = active[a];
                int start = node.Position < 0 ? 0 : nextBox[node.Position + 1];
                if (start > b)
                {
                    // Nothing but discardable items since the previous break: no line to form yet.
                    next.Add(node);
                    continue;
                }

                var lineWidth = WidthOf(lineWidths, node.Line);
                var natural = sums.Width(start, b) + breakWidth;
                var ratio = AdjustmentRatio(natural, lineWidth, sums.Stretch(start, b) + emergency, sums.Shrink(start, b), sums.Fil(start, b));
                if (uniformWidths && !forced && ratio > maxRatio && tolerance < BreakItem.Infinite)
                {
                    // This and every later active node: line still too short. They all stay active.
                    for (int rest = a; rest < active.Count; rest++)
                    {
                        next.Add(active[rest]);
                    }

                    break;
                }

                bool deactivate = ratio < -1 || forced;
                var badness = Badness(ratio);
                bool rescue = deactivate && ratio < -1 && final && a == active.Count - 1 && next.Count == 0
                    && Array.TrueForAll(candidates, c => c is null);

                if ((ratio >= -1 && badness <= tolerance) || rescue)
                {
                    var fitness = FitnessClass(ratio);
                    double demerits;
                    if (rescue)
                    {
                        // TeX's artificial_demerits: keep the only way forward, however bad.
                        demerits = 0;
                    }
                    else
                    {
                        var lineDemerits = options.LinePenalty + badness;
                        demerits = lineDemerits * lineDemerits;
                        if (penalty > 0)
                        {
                            demerits += penalty * penalty;
                        }
                        else if (penalty > BreakItem.ForcedBreak)
                        {
                            demerits -= penalty * penalty;
                        }

                        if (flagged && node.Flagged)
                        {
                            demerits += options.AdjacentHyphenDemerits;
                        }

                        if (forced && node.Flagged)
                        {
                            demerits += options.FinalHyphenDemerits;
                        }

                        if (Math.Abs(fitness - node.Fitness) > 1)
                        {
                            demerits += options.FitnessDemerits;
                        }
                    }

                    var total = node.TotalDemerits + demerits;
                    if (candidates[fitness] is null || total < candidates[fitness]!.TotalDemerits)
                    {
                        var realRatio = AdjustmentRatio(natural, lineWidth, sums.Stretch(start, b), sums.Shrink(start, b), sums.Fil(start, b));
                        candidates[fitness] = new Node(b, start, node.Line + 1, fitness, total, node, realRatio, Badness(realRatio), flagged);
                    }
                }

                if (!deactivate)
                {
                    next.Add(node);
                }
            }

            foreach (var candidate in candidates)
            {
                if (candidate is not null)
                {
                    next.Add(candidate);
                }
            }

            (active, next) = (next, active);
            if (active.Count == 0)
            {
                return null;
            }
        }

        Node? best = null;
        foreach (var node in active)
        {
            if (node.Position == items.Length - 1 && (best is null || node.TotalDemerits < best.TotalDemerits))
            {
                best = node;
            }
        }

        if (best is null)
        {
            return null;
        }

        var breaks = new List<LineBreak>();
        for (var node = best; node.Previous is not null; node = node.Previous)
        {
            breaks.Add(new LineBreak(node.Position, node.LineStart, node.Ratio, node.Badness, node.Ratio < -1, passNumber));
        }

        breaks.Reverse();
        return breaks;
    }

    /// <summary>
    /// How far the glue must stretch (positive) or shrink (negative) relative to its allowance. A line with
    /// infinite stretch sets at 0; a short line without stretch is +∞; a long one without shrink is -∞.
    /// </summary>
    public static double AdjustmentRatio(double natural, double lineWidth, double stretch, double shrink, double fil)
    {
        const double epsilon = 1e-9;
        if (natural < lineWidth - epsilon)
        {
            if (fil > 0)
            {
                return 0;
            }

            return stretch > 0 ? (lineWidth - natural) / stretch : double.PositiveInfinity;
        }

        if (natural > lineWidth + epsilon)
        {
            return shrink > 0 ? (lineWidth - natural) / shrink : double.NegativeInfinity;
        }

        return 0;
    }

    /// <summary>TeX's badness, 100·|r|³ capped at 10000 ("infinitely bad").</summary>
    public static double Badness(double ratio)
    {
        var r = Math.Abs(ratio);
        return r >= 4.65 ? 10000 : Math.Min(10000, 100 * r * r * r);
    }

    private static int FitnessClass(double ratio) => ratio switch
    {
        < -0.5 => 0,
        <= 0.5 => 1,
        <= 1 => 2,
        _ => 3,
    };

    private static double WidthOf(IReadOnlyList<double> widths, int line) => widths[Math.Min(line, widths.Count - 1)];

    /// <summary>nextBox[i] = the first box at or after i (items.Length if none): where a line starts after a break.</summary>
    private static int[] NextBoxTable(ReadOnlySpan<BreakItem> items)
    {
        var table = new int[items.Length + 1];
        table[items.Length] = items.Length;
        for (int i = items.Length - 1; i >= 0; i--)
        {
            table[i] = items[i].Kind == BreakItemKind.Box || (items[i].Kind == BreakItemKind.Penalty && items[i].Penalty <= BreakItem.ForcedBreak)
                ? i
                : table[i + 1];
        }

        return table;
    }

    private sealed record Node(int Position, int LineStart, int Line, int Fitness, double TotalDemerits, Node? Previous,
        double Ratio, double Badness, bool Flagged);

    /// <summary>Prefix sums over boxes and glue (penalties add no width unless broken at), so any line is O(1).</summary>
    private sealed class Sums
    {
        private readonly double[] _width;
        private readonly double[] _stretch;
        private readonly double[] _shrink;
        private readonly int[] _fil;

        public Sums(ReadOnlySpan<BreakItem> items)
        {
            _width = new double[items.Length + 1];
            _stretch = new double[items.Length + 1];
            _shrink = new double[items.Length + 1];
            _fil = new int[items.Length + 1];
            for (int i = 0; i < items.Length; i++)
            {
                var item = items[i];
                var counts = item.Kind != BreakItemKind.Penalty;
                _width[i + 1] = _width[i] + (counts ? item.Width : 0);
                _stretch[i + 1] = _stretch[i] + (item.Kind == BreakItemKind.Glue ? item.Stretch : 0);
                _shrink[i + 1] = _shrink[i] + (item.Kind == BreakItemKind.Glue ? item.Shrink : 0);
                _fil[i + 1] = _fil[i] + (item.FilStretch ? 1 : 0);
            }
        }

        public double Width(int from, int to) => _width[to] - _width[from];

        public double Stretch(int from, int to) => _stretch[to] - _stretch[from];

        public double Shrink(int from, int to) => _shrink[to] - _shrink[from];

        public int Fil(int from, int to) => _fil[to] - _fil[from];
    }
}
