using System.Collections.Immutable;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Layout.Tables;

/// <summary>
/// One or more table rows as page composition places them: cell lines and rules, <see cref="Height"/> points tall,
/// <paramref name="width"/> wide. The rules are artifacts (ISO 32000-1 §14.8.2.2: decoration, not content). As an
/// <paramref name="artifact"/> (a header repeated on a continuation page, PDF/UA-1 §7.8) only the glyphs are drawn,
/// untagged: the header's text, note markers and links are read once, where the table starts.
/// </summary>
internal sealed class TableRowBox(ImmutableArray<CellLine> lines, ImmutableArray<TableRule> rules, double height, double width, RgbColor ruleColor, bool artifact) : IBlockBox
{
    public double Height => height;

    public IEnumerable<FrameItem> Place(double x, double top)
    {
        var items = new List<FrameItem>((lines.Length * 2) + rules.Length);
        foreach (var rule in rules)
        {
            var y = top + rule.Y;
            items.Add(new RuleItem(x, y, x + width, y, rule.Thickness, ruleColor));
        }

        foreach (var (line, lineX, lineTop, leading) in lines)
        {
            var baseline = top + lineTop + ((leading + line.Ascent - line.Descent) / 2);
            if (artifact)
            {
                items.AddRange(line.Line.ToFrameItems(x + lineX + line.Offset, baseline, line.Color).Where(i => i is GlyphRun));
            }
            else
            {
                items.AddRange(line.Place(x + lineX, baseline));
            }
        }

        return items;
    }
}
