namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// Greedy line breaking: each line ends at the last legal break where it still fits with its glue shrunk
/// at most fully; a line with no such break ends at the first legal break (overfull). Forced breaks are honoured.
/// </summary>
public static class FirstFitLineBreaker
{
    public static IReadOnlyList<LineBreak> Break(ReadOnlySpan<BreakItem> items, IReadOnlyList<double> lineWidths)
    {
        var breaks = new List<LineBreak>();
        int start = 0;
        while (start < items.Length)
        {
            var width = lineWidths[Math.Min(breaks.Count, lineWidths.Count - 1)];
            double natural = 0, stretch = 0, shrink = 0;
            int fil = 0;
            int chosen = -1;
            (double Ratio, double Natural) chosenFit = default;
            int i = start;
            for (; i < items.Length; i++)
            {
                var item = items[i];
                bool legal = item.Kind switch
                {
                    BreakItemKind.Penalty => item.Penalty < BreakItem.Infinite,
                    BreakItemKind.Glue => i > start && items[i - 1].Kind == BreakItemKind.Box,
                    _ => false,
                };
                if (legal)
                {
                    var lineNatural = natural + (item.Kind == BreakItemKind.Penalty ? item.Width : 0);
                    var ratio = KnuthPlassLineBreaker.AdjustmentRatio(lineNatural, width, stretch, shrink, fil);
                    if (ratio < -1 && chosen >= 0)
                    {
                        break;
                    }

                    chosen = i;
                    chosenFit = (ratio, lineNatural);
                    if (ratio < -1 || (item.Kind == BreakItemKind.Penalty && item.Penalty <= BreakItem.ForcedBreak))
                    {
                        break;
                    }
                }

                if (item.Kind != BreakItemKind.Penalty)
                {
                    natural += item.Width;
                }

                if (item.Kind == BreakItemKind.Glue)
                {
                    stretch += item.Stretch;
                    shrink += item.Shrink;
                    fil += item.FilStretch ? 1 : 0;
                }
            }

            if (chosen < 0)
            {
                break;
            }

            var r = chosenFit.Ratio;
            breaks.Add(new LineBreak(chosen, start, r, KnuthPlassLineBreaker.Badness(r), r < -1, 0));
            start = chosen + 1;
            while (start < items.Length && items[start].Kind != BreakItemKind.Box
                && !(items[start].Kind == BreakItemKind.Penalty && items[start].Penalty <= BreakItem.ForcedBreak))
            {
                start++;
            }

            if (chosen == items.Length - 1)
            {
                break;
            }
        }

        return breaks;
    }
}
