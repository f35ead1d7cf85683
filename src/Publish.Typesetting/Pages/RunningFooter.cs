using System.Collections.Immutable;
using Publish.Styles;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Pages;

/// <summary>
/// The footer of every page: a rule across the measure at <see cref="RuleY"/> (none when its thickness is 0), the
/// folio at the outer edge on the first line's baseline, and the institution's lines under the rule on the pages
/// <see cref="LinesOn"/> names, placed by <see cref="Alignment"/> clear of the folio. The outer edge is the right on a
/// one-sided book; a two-sided book's left-hand (even) pages have theirs on the left. Coordinates are a right-hand
/// page's: <see cref="FacingPages"/> moves a left-hand page across afterwards. The footer lives entirely below the
/// text area (<see cref="RuleY"/> is below <see cref="PageArea.Bottom"/>), which is what keeps text and notes off it,
/// and it is as tall on a page without the lines as on one with them, so every page has the same text area.
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

    /// <summary>0 draws no rule; the footer keeps its place.</summary>
    public double RuleThickness { get; }

    public RgbColor Color { get; }

    public FooterAlignment Alignment { get; init; } = FooterAlignment.Left;

    /// <summary>The room the folio takes at the outer edge (its widest form and a space); the lines were set this much short of the measure.</summary>
    public double FolioReserve { get; init; }

    /// <summary>Whether left-hand (even) pages mirror right-hand ones: folio on the left, inside and outside swapped.</summary>
    public bool TwoSided { get; init; }

    /// <summary>Whether page (1-based) of pages carries the institution's lines; the folio and rule are on every page.</summary>
    public Func<int, int, bool> LinesOn { get; init; } = (_, _) => true;

    /// <summary>Where the footer ends: the last line's box bottom. The style checks it against the page height.</summary>
    public double Bottom => RuleY + (RuleThickness / 2) + (Math.Max(1, _lines.Length) * Leading);

    /// <summary>The footer's items for page <paramref name="pageNumber"/> (1-based) of <paramref name="pageCount"/>.</summary>
    public IEnumerable<FrameItem> Items(int pageNumber, int pageCount) => Items(pageNumber, _folio(pageNumber, pageCount), LinesOn(pageNumber, pageCount));

    /// <summary>
    /// The footer's items for page <paramref name="pageNumber"/> (1-based; its parity picks the side) with a folio and a
    /// choice of lines its caller makes: a book's pages are numbered in roman and arabic and carry the lines as each
    /// article's pages would (issue 20).
    /// </summary>
    public IEnumerable<FrameItem> Items(int pageNumber, ILineBox folio, bool withLines)
    {
        foreach (var item in RuleAndFolio(pageNumber, folio))
        {
            yield return item;
        }

        if (!withLines)
        {
            yield break;
        }

        foreach (var item in Lines(pageNumber))
        {
            yield return item;
        }
    }

    /// <summary>The rule and <paramref name="folio"/> of page <paramref name="pageNumber"/>, the part of the footer that changes from page to page.</summary>
    public IEnumerable<FrameItem> RuleAndFolio(int pageNumber, ILineBox folio)
    {
        if (RuleThickness > 0)
        {
            yield return new RuleItem(Left, RuleY, Left + Measure, RuleY, RuleThickness, Color);
        }

        var leftHand = TwoSided && pageNumber % 2 == 0;
        foreach (var item in folio.Place(leftHand ? Left : Left + Measure - folio.Width, BaselineIn(Top, folio)))
        {
            yield return item;
        }
    }

    /// <summary>
    /// The institution's lines of page <paramref name="pageNumber"/>: they depend only on the page's side (their place
    /// keeps clear of the folio's widest form, not of the folio printed), so a book can place them once a side.
    /// </summary>
    public IEnumerable<FrameItem> Lines(int pageNumber)
    {
        // The lines keep clear of the folio's side, so a flush edge stays one straight edge down the footer.
        var leftHand = TwoSided && pageNumber % 2 == 0;
        var boxLeft = leftHand ? Left + FolioReserve : Left;
        var boxRight = leftHand ? Left + Measure : Left + Measure - FolioReserve;
        var top = Top;
        for (var i = 0; i < _lines.Length; i++)
        {
            var line = _lines[i];
            foreach (var item in line.Place(LineX(line.Width, i == 0, leftHand, boxLeft, boxRight), BaselineIn(top, line)))
            {
                yield return item;
            }

            top += Leading;
        }
    }

    /// <summary>The top of the footer's first line: just below the rule.</summary>
    private double Top => RuleY + (RuleThickness / 2);

    private double LineX(double width, bool besideFolio, bool leftHand, double boxLeft, double boxRight) => Alignment switch
    {
        FooterAlignment.Left => boxLeft,
        FooterAlignment.Right => boxRight - width,
        FooterAlignment.Inside => leftHand ? boxRight - width : boxLeft,
        FooterAlignment.Outside => leftHand ? boxLeft : boxRight - width,

        // On the page's axis; only the line that shares its baseline with the folio must give way to it.
        FooterAlignment.Centered => besideFolio
            ? Math.Clamp(Left + ((Measure - width) / 2), boxLeft, Math.Max(boxLeft, boxRight - width))
            : Left + ((Measure - width) / 2),
        _ => throw new InvalidOperationException($"Unknown footer alignment {Alignment}."),
    };

    private double BaselineIn(double top, ILineBox line) => top + ((Leading + line.Ascent - line.Descent) / 2);
}
