namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// Total-fit line breaking (Knuth and Plass 1981, as in TeX's <c>line_break</c>): among all ways to break the
/// paragraph whose lines have badness within the tolerance, choose the one with the least total demerits.
/// Items must end with a forced break (the caller appends <c>penalty(10000) fil-glue penalty(-10000)</c>).
/// Each line's width comes from <c>lineWidths</c>, the last entry repeating. Beyond TeX: a hard limit on consecutive
/// hyphenated lines (<see cref="LineBreakOptions.MaxConsecutiveHyphens"/>), kept in each node's state as TeX keeps
/// its fitness class, and demerits for a last line of one word (<see cref="LineBreakOptions.RuntDemerits"/>).
/// </summary>
public static class KnuthPlassLineBreaker
{
    private const double AwfulBad = double.MaxValue / 4;

    public static IReadOnlyList<LineBreak> Break(ReadOnlySpan<BreakItem> items, IReadOnlyList<double> lineWidths, LineBreakOptions options) =>
        Break(items, lineWidths, options, new LineBreakScratch());

    /// <param name="scratch">Working arrays reused from paragraph to paragraph by the caller's thread.</param>
    internal static IReadOnlyList<LineBreak> Break(ReadOnlySpan<BreakItem> items, IReadOnlyList<double> lineWidths, LineBreakOptions options, LineBreakScratch scratch)
    {
        if (items.Length == 0)
        {
            return [];
        }

        scratch.Prepare(items);
        var uniformWidths = true;
        for (var i = 1; i < lineWidths.Count; i++)
        {
            uniformWidths &= lineWidths[i] == lineWidths[0];
        }

        var pass = 1;
        if (options.PreTolerance >= 0)
        {
            if (TryPass(items, scratch, lineWidths, uniformWidths, options, options.PreTolerance, false, 0, false, pass++) is { } first)
            {
                return first;
            }
        }

        // The final pass accepts any badness: a loose line (reported by its ratio) is better than one that
        // sticks into the margin; an overfull line is only the rescue when not even that is possible. Lines past
        // TeX's badness cap are rated by their real looseness there (LooseBadness), so the looseness goes to
        // lines with spaces to spread it rather than to a line holding one word fragment.
        return TryPass(items, scratch, lineWidths, uniformWidths, options, options.Tolerance, true, 0, false, pass++)
            ?? TryPass(items, scratch, lineWidths, uniformWidths, options, BreakItem.Infinite, true, Math.Max(0, options.EmergencyStretch), true, pass)
            ?? throw new InvalidOperationException("The final pass always finds breaks; the item list must end with a forced break.");
    }

    private static List<LineBreak>? TryPass(ReadOnlySpan<BreakItem> items, LineBreakScratch scratch, IReadOnlyList<double> lineWidths, bool uniformWidths,
        LineBreakOptions options, double tolerance, bool hyphenate, double emergency, bool final, int passNumber)
    {
        var nextBox = scratch.NextBox;
        var (width, stretch, shrink, fil, spaces) = (scratch.WidthSums, scratch.StretchSums, scratch.ShrinkSums, scratch.FilSums, scratch.SpaceBreakSums);
        var nodes = scratch.Nodes;
        nodes.Clear();
        var active = scratch.Active;
        var next = scratch.Next;
        active.Clear();
        active.Add(nodes.Add(new BreakNode(-1, 0, 0, 1, 0, BreakNode.None, 0, 0, false, 0)));

        // Ratio above which a line is too loose to be feasible in this pass. Active nodes are in order of position,
        // so with one measure for all lines, once a node gives a line looser than this every later node does too.
        var maxRatio = Math.Cbrt(tolerance / 100);

        // The best new node per fitness class and, at a hyphen, per length of the run of hyphenated lines it ends
        // (BreakNode.None = none yet): two ways to one hyphen that differ in their run are different states, as the
        // shorter run may hyphenate again where the longer may not.
        var limit = Math.Max(0, options.MaxConsecutiveHyphens);
        var runSlots = Math.Max(1, limit);
        Span<int> candidates = stackalloc int[4 * runSlots];

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
            bool explicitHyphen = flagged && item.Width == 0;
            double breakWidth = item.Kind == BreakItemKind.Penalty ? item.Width : 0;
            candidates.Fill(BreakNode.None);
            next.Clear();

            // The prefix sums up to this break, the same for every active node.
            var (widthToBreak, stretchToBreak, shrinkToBreak, filToBreak) = (width[b], stretch[b], shrink[b], fil[b]);

            for (int a = 0; a < active.Count; a++)
            {
                var nodeIndex = active[a];

                // A copy: adding a candidate below may move the nodes to a larger array.
                var node = nodes[nodeIndex];
                int start = node.Position < 0 ? 0 : nextBox[node.Position + 1];
                if (start > b)
                {
                    // Nothing but discardable items since the previous break: no line to form yet.
                    next.Add(nodeIndex);
                    continue;
                }

                var lineWidth = uniformWidths ? lineWidths[0] : WidthOf(lineWidths, node.Line);
                var natural = widthToBreak - width[start] + breakWidth;
                var lineStretch = stretchToBreak - stretch[start];
                var lineShrink = shrinkToBreak - shrink[start];
                var lineFil = filToBreak - fil[start];
                var ratio = AdjustmentRatio(natural, lineWidth, lineStretch + emergency, lineShrink, lineFil);
                if (uniformWidths && !forced && ratio > maxRatio && tolerance < BreakItem.Infinite)
                {
                    // This and every later active node: line still too short. They all stay active.
                    next.AddRange(active, a);
                    break;
                }

                bool deactivate = ratio < -1 || forced;
                var badness = Badness(ratio);
                bool rescue = deactivate && ratio < -1 && final && a == active.Count - 1 && next.Count == 0
                    && candidates.IndexOfAnyExcept(BreakNode.None) < 0;

                var run = flagged ? node.Hyphens + 1 : 0;
                var withinLimit = limit == 0 || run <= limit || explicitHyphen || rescue;
                if (withinLimit && ((ratio >= -1 && badness <= tolerance) || rescue))
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
                        // A line past "infinitely bad" is rated by how loose it really is: with TeX's cap every
                        // such line costs the same, so one awful line anywhere let the breaker add an emptier one
                        // for free (a line holding one syllable, "incomp- / rehen- / sibilities", cost no more than
                        // the loose line it replaced). Only a pass whose tolerance is the cap (the final one) meets such lines.
                        var rated = badness >= BreakItem.Infinite ? LooseBadness(lineWidth - natural, lineStretch + emergency)
                            : ratio < 0 ? ShrunkBadness(ratio, options.ShrinkWeight) : badness;
                        var lineDemerits = options.LinePenalty + rated;
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

                        if (forced && spaces[b] == spaces[start])
                        {
                            // No word space on the line: the paragraph (or the text before a forced break) ends on one word.
                            demerits += options.RuntDemerits;
                        }
                    }

                    var total = node.TotalDemerits + demerits;
                    var slot = (fitness * runSlots) + (run == 0 ? 0 : Math.Min(run, runSlots) - 1);
                    if (candidates[slot] == BreakNode.None || total < nodes[candidates[slot]].TotalDemerits)
                    {
                        var realRatio = AdjustmentRatio(natural, lineWidth, lineStretch, lineShrink, lineFil);
                        var candidate = new BreakNode(b, start, node.Line + 1, fitness, total, nodeIndex, realRatio, Badness(realRatio), flagged, run);
                        if (candidates[slot] == BreakNode.None)
                        {
                            candidates[slot] = nodes.Add(candidate);
                        }
                        else
                        {
                            // A better way to the same break, class and run: the beaten node was never linked to.
                            nodes[candidates[slot]] = candidate;
                        }
                    }
                }

                if (!deactivate)
                {
                    next.Add(nodeIndex);
                }
            }

            foreach (var candidate in candidates)
            {
                if (candidate != BreakNode.None)
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

        var best = BreakNode.None;
        for (var a = 0; a < active.Count; a++)
        {
            ref readonly var node = ref nodes[active[a]];
            if (node.Position == items.Length - 1 && (best == BreakNode.None || node.TotalDemerits < nodes[best].TotalDemerits))
            {
                best = active[a];
            }
        }

        if (best == BreakNode.None)
        {
            return null;
        }

        var breaks = new List<LineBreak>(nodes[best].Line);
        for (var index = best; nodes[index].Previous != BreakNode.None; index = nodes[index].Previous)
        {
            ref readonly var node = ref nodes[index];
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

    /// <summary>
    /// The badness a shrunk line is rated at: TeX's 100·|r|³ with the ratio weighted by <paramref name="weight"/> (capped
    /// at 10000 as TeX's). A line at its full shrink has its letters narrowed and its spaces closed at once and reads
    /// darker than its neighbours, while one stretched as far reads only a little open; TeX, Typst and pdfTeX rate both
    /// alike. Feasibility still follows TeX's symmetric badness (a line within the tolerance stays one): only the choice
    /// between feasible breaks leans away from dense lines.
    /// </summary>
    internal static double ShrunkBadness(double ratio, double weight) => Badness(ratio * weight);

    /// <summary>
    /// Badness without TeX's cap, for a line shorter than the measure by <paramref name="gap"/> points with
    /// <paramref name="stretch"/> points of stretch: grows with 100·r³ past 10000, so of two lines too loose to
    /// set well the emptier costs more. A line without stretch (a lone word or fragment) is rated as if it had
    /// one point, so it stays finite and still grows with its gap.
    /// </summary>
    internal static double LooseBadness(double gap, double stretch)
    {
        var r = gap / Math.Max(stretch, 1);
        return Math.Max(BreakItem.Infinite, 100 * r * r * r);
    }

    private static int FitnessClass(double ratio) => ratio switch
    {
        < -0.5 => 0,
        <= 0.5 => 1,
        <= 1 => 2,
        _ => 3,
    };

    private static double WidthOf(IReadOnlyList<double> widths, int line) => widths[Math.Min(line, widths.Count - 1)];
}
