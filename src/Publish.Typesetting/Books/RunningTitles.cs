using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Books;
using Publish.Styles;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Layout;
using Publish.Typesetting.Pages;

namespace Publish.Typesetting.Books;

/// <summary>
/// The running titles above the text area: the book's title on a left-hand (even) page, the article's on a right-hand
/// one — its <see cref="Metadata.ShortTitle"/> when the title does not fit the measure on one line, else the title cut
/// at a word with an ellipsis and a warning (PUB3801) — centred, in the footer's text style, as artifacts (page
/// furniture is not read, ISO 32000-1 §14.8.2.2). None on an article's opening page, a part title or a blank page:
/// the caller decides which pages carry one.
/// </summary>
internal sealed class RunningTitles
{
    private readonly HouseStyle _style;
    private readonly BookTextSetter _setter;
    private readonly double _top;

    public RunningTitles(HouseStyle style, BookTextSetter setter, PageArea area)
    {
        _style = style;
        _setter = setter;

        // One footer leading and the footer's gap above the text, as the footer sits below it; never nearer the trim
        // than the footer may come, and none at all when the top margin cannot hold the line.
        var leading = style.Footer.Text.Leading;
        _top = Math.Max(PrintPageFurniture.MinimumEdge, area.Top - PrintPageFurniture.FooterGap - leading);
        Fits = _top + leading <= area.Top;
    }

    /// <summary>Whether the top margin holds a running title at all.</summary>
    public bool Fits { get; }

    /// <summary>The text of an article's right-hand running title.</summary>
    public string ForArticle(BookArticle article, DiagnosticBag diagnostics)
    {
        var metadata = article.Document.Metadata;
        var measure = _style.Page.TextWidth;
        var text = _style.Footer.Text;
        if (_setter.FitsOneLine(metadata.Title, text, measure))
        {
            return metadata.Title;
        }

        if (!string.IsNullOrWhiteSpace(metadata.ShortTitle))
        {
            return metadata.ShortTitle;
        }

        diagnostics.Warning(BookDiagnosticCodes.RunningTitleCut, article.Span,
            $"the title of '{article.Document.SourcePath}' does not fit the running title's line and is cut there; give the manuscript a short-title");
        var words = metadata.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = words.Length - 1; count > 0; count--)
        {
            var cut = string.Join(' ', words.Take(count)).TrimEnd(',', ';', ':', '.', '—', '–', '-') + "\u2026";
            if (_setter.FitsOneLine(cut, text, measure))
            {
                return cut;
            }
        }

        return words.Length == 0 ? string.Empty : words[0];
    }

    private readonly Dictionary<string, ImmutableArray<FrameItem>> _set = new(StringComparer.Ordinal);

    /// <summary>
    /// The running title's items in right-hand page coordinates (the caller places a left-hand page). A book has two
    /// titles an article (the book's, the article's) over many pages: each is set once.
    /// </summary>
    public ImmutableArray<FrameItem> Items(string title)
    {
        if (!Fits || string.IsNullOrWhiteSpace(title))
        {
            return [];
        }

        if (_set.TryGetValue(title, out var done))
        {
            return done;
        }

        var items = Set(title);
        _set[title] = items;
        return items;
    }

    private readonly Dictionary<(string Title, bool LeftHand), ImmutableArray<FrameItem>> _placed = [];

    /// <summary>The running title's items placed on page <paramref name="pageNumber"/>'s side (1-based; its parity picks the side): each title is placed once a side.</summary>
    public ImmutableArray<FrameItem> Placed(string title, int pageNumber)
    {
        var key = (title, pageNumber % 2 == 0);
        if (!_placed.TryGetValue(key, out var placed))
        {
            placed = FacingPages.Place(Items(title), pageNumber, _style.Page.Margins);
            _placed[key] = placed;
        }

        return placed;
    }

    private ImmutableArray<FrameItem> Set(string title)
    {
        var text = _style.Footer.Text;
        var line = _setter.Set(title, text, _style.Page.TextWidth)[0];
        var placed = new PlacedLine(line, StyleMapping.Color(text.Color));
        var x = _style.Page.Margins.Inner + Math.Max(0, (_style.Page.TextWidth - line.Width) / 2);
        return [.. placed.Place(x, BookPageComposer.Baseline(_top, text.Leading, placed.Ascent, placed.Descent))];
    }
}
