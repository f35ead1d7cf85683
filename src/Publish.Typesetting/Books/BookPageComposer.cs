using System.Collections.Immutable;
using Publish.Styles;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Layout;
using Publish.Typesetting.Paragraphs;

namespace Publish.Typesetting.Books;

/// <summary>
/// Fills the book's own pages (front matter, part titles) top to bottom inside the text area the articles' pages have,
/// in right-hand page coordinates, starting a new page when a block does not fit. A block never breaks across pages.
/// </summary>
internal sealed class BookPageComposer
{
    private readonly PageArea _area;
    private readonly StructureBuilder _structure;
    private readonly List<List<FrameItem>> _pages = [];
    private double _top;

    public BookPageComposer(PageArea area, StructureBuilder structure)
    {
        _area = area;
        _structure = structure;
        NewPage();
    }

    public PageArea Area => _area;

    public StructureBuilder Structure => _structure;

    /// <summary>The pages so far; the last is the one being filled.</summary>
    public IReadOnlyList<IReadOnlyList<FrameItem>> Pages => _pages;

    /// <summary>Index (0-based) of the page being filled.</summary>
    public int CurrentPage => _pages.Count - 1;

    /// <summary>The top of the next block on the current page.</summary>
    public double Top => _top;

    public bool PageIsEmpty => _pages[^1].Count == 0;

    public void NewPage()
    {
        _pages.Add([]);
        _top = _area.Top;
    }

    /// <summary>Moves the next block down to <paramref name="top"/> (never up).</summary>
    public void MoveTo(double top) => _top = Math.Max(_top, top);

    public void Skip(double space) => _top += space;

    /// <summary>Whether a block of <paramref name="height"/> fits below the current position.</summary>
    public bool Fits(double height) => _top + height <= _area.Bottom + 0.001;

    /// <summary>Starts a new page unless the block fits here or the page is still empty (an oversized block goes where it is).</summary>
    public void KeepTogether(double height)
    {
        if (!Fits(height) && !PageIsEmpty)
        {
            NewPage();
        }
    }

    public void Add(FrameItem item) => _pages[^1].Add(item);

    /// <summary>
    /// Places <paramref name="lines"/> one leading apart from the current position, tagged to
    /// <paramref name="element"/> (null: artifacts); returns the baselines used.
    /// </summary>
    public ImmutableArray<double> Place(ImmutableArray<TypesetLine> lines, TextStyle style, BookBlockAlignment alignment, int? element)
    {
        var baselines = ImmutableArray.CreateBuilder<double>(lines.Length);
        var color = StyleMapping.Color(style.Color);
        foreach (var line in lines)
        {
            var baseline = Baseline(_top, style.Leading, line.Ascent, line.Descent);
            var offset = alignment == BookBlockAlignment.Centered ? Math.Max(0, (_area.Measure - line.Width) / 2) : 0;
            var placed = new PlacedLine(line, color, offset, tag: element is { } id ? new StructureTag(_structure, id) : null);
            _pages[^1].AddRange(placed.Place(_area.Left, baseline));
            baselines.Add(baseline);
            _top += style.Leading;
        }

        return baselines.MoveToImmutable();
    }

    /// <summary>The baseline of a line in a box of one leading whose top is <paramref name="top"/>, centred in it as the footer's lines are.</summary>
    public static double Baseline(double top, double leading, double ascent, double descent) => top + ((leading + ascent - descent) / 2);
}
