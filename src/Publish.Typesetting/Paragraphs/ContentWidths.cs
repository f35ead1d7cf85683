namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// How narrow and how wide a paragraph can be set, in points: <see cref="Minimum"/> is its widest unbreakable stretch
/// (a word, or words tied by no-break spaces), <see cref="Maximum"/> its widest line when no line is broken but where
/// the text forces it. These are the minimum and maximum content widths of CSS 2.1 §17.5.2.2 (automatic table layout)
/// that a table's columns are sized from.
/// </summary>
public readonly record struct ContentWidths(double Minimum, double Maximum)
{
    /// <summary>
    /// Reads the widths off a box/glue/penalty list: a glue after a box, and a penalty below
    /// <see cref="BreakItem.Infinite"/>, is a place the line may break (Knuth and Plass's rule); glue elsewhere is part
    /// of the unbreakable stretch around it; a forced break ends a line.
    /// </summary>
    public static ContentWidths Of(IReadOnlyList<BreakItem> items)
    {
        double widest = 0, line = 0, longest = 0, stretch = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            switch (item.Kind)
            {
                case BreakItemKind.Box:
                    line += item.Width;
                    stretch += item.Width;
                    break;
                case BreakItemKind.Glue when i > 0 && items[i - 1].Kind == BreakItemKind.Box:
                    longest = Math.Max(longest, stretch);
                    stretch = 0;
                    line += item.Width;
                    break;
                case BreakItemKind.Glue:
                    line += item.Width;
                    stretch += stretch > 0 ? item.Width : 0;
                    break;
                case BreakItemKind.Penalty when item.Penalty <= BreakItem.ForcedBreak:
                    widest = Math.Max(widest, line);
                    longest = Math.Max(longest, stretch);
                    (line, stretch) = (0, 0);
                    break;
                case BreakItemKind.Penalty when item.Penalty < BreakItem.Infinite:
                    longest = Math.Max(longest, stretch + item.Width);
                    stretch = 0;
                    break;
            }
        }

        widest = Math.Max(widest, line);
        longest = Math.Max(longest, stretch);
        return new ContentWidths(longest, Math.Max(widest, longest));
    }
}
