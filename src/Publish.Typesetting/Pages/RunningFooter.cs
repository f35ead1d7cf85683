using System.Collections.Immutable;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Pages;

/// <summary>
/// The footer on every page: a rule across the measure at <see cref="RuleY"/>, then the institution's lines
/// left-aligned under it, and the folio right-aligned on the first line's baseline. Every page gets the same
/// lines at the same positions; only the folio changes. It lives entirely below the text area
/// (<see cref="RuleY"/> is below <see cref="PageArea.Bottom"/>), which is what keeps text and notes off it.
/// </summary>
public sealed class RunningFooter
{
    private readonly ImmutableArray<ILineBox> _lines;
    private readonly Func<int, int, ILineBox> _folio;

    public RunningFooter(
        ImmutableArray<ILineBox> lines,
        Func<int, int, ILineBox> folio,
        double ruleY,
        double left,
        double measure,
        double leading,
        double ruleThickness,
        RgbColor color)
    {
        _lines = lines;
        _folio = folio;
        RuleY = ruleY;
        Left = left;
        Measure = measure;
        Leading = leading;
        RuleThickness = ruleThickness;
        Color = color;
    }

    public double RuleY { get; }

    public double Left { get; }

    public double Measure { get; }

    public double Leading { get; }

    public double RuleThickness { get; }

    public RgbColor Color { get; }

    /// <summary>Where the footer ends: the last line's box bottom. The style checks it against the page height.</summary>
    public double Bottom => RuleY + (RuleThickness / 2) + (Math.Max(1, _lines.Length) * Leading);

    /// <summary>The footer's items for page <paramref name="pageNumber"/> (1-based) of <paramref name="pageCount"/>.</summary>
    public IEnumerable<FrameItem> Items(int pageNumber, int pageCount)
    {
        yield return new RuleItem(Left, RuleY, Left + Measure, RuleY, RuleThickness, Color);
        var top = RuleY + (RuleThickness / 2);
        var folio = _folio(pageNumber, pageCount);
        var firstBaseline = BaselineIn(top, folio);
        foreach (var item in folio.Place(Left + Measure - folio.Width, firstBaseline))
        {
            yield return item;
        }

        foreach (var line in _lines)
        {
            foreach (var item in line.Place(Left, BaselineIn(top, line)))
            {
                yield return item;
            }

            top += Leading;
        }
    }

    private double BaselineIn(double top, ILineBox line) => top + ((Leading + line.Ascent - line.Descent) / 2);
}
