using System.Collections.Immutable;
using Publish.Styles;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Layout;
using Publish.Typesetting.Pages;

namespace Publish.Typesetting.Books;

/// <summary>
/// The running footer of the book's pages: the book's folio set for each page, the institution's lines placed once a
/// side and shared by every page of that side (a book's 400 pages would otherwise each place the same lines anew).
/// </summary>
internal sealed class BookFooter
{
    private readonly HouseStyle _style;
    private readonly RunningFooter _footer;
    private readonly BookTextSetter _setter;
    private readonly Dictionary<bool, ImmutableArray<FrameItem>> _linesBySide = [];

    public BookFooter(HouseStyle style, RunningFooter footer, BookTextSetter setter)
    {
        _style = style;
        _footer = footer;
        _setter = setter;
    }

    /// <summary>
    /// The footer of page <paramref name="pageNumber"/> (1-based; its parity picks the side) with the book's folio
    /// <paramref name="label"/> of <paramref name="lastFolio"/>, the institution's lines as the style places them on
    /// page <paramref name="unitPage"/> of the unit's <paramref name="unitPages"/>, placed on the page's side.
    /// </summary>
    public ImmutableArray<FrameItem> Items(string label, int pageNumber, string lastFolio, int unitPage, int unitPages)
    {
        var text = _style.Footer.Text;
        var folio = new PlacedLine(_setter.Set(BookFolios.Format(_style.Footer.PageNumberFormat, label, lastFolio), text, _style.Page.TextWidth)[0], StyleMapping.Color(text.Color));
        var ruleAndFolio = Placed(_footer.RuleAndFolio(pageNumber, folio), pageNumber);
        return _style.Footer.HasLinesOn(unitPage, unitPages) ? [.. ruleAndFolio, .. Lines(pageNumber)] : ruleAndFolio;
    }

    private ImmutableArray<FrameItem> Lines(int pageNumber)
    {
        var leftHand = pageNumber % 2 == 0;
        if (!_linesBySide.TryGetValue(leftHand, out var lines))
        {
            lines = Placed(_footer.Lines(pageNumber), pageNumber);
            _linesBySide[leftHand] = lines;
        }

        return lines;
    }

    private ImmutableArray<FrameItem> Placed(IEnumerable<FrameItem> items, int pageNumber) =>
        FacingPages.Place([.. items], pageNumber, _style.Page.Margins);
}
