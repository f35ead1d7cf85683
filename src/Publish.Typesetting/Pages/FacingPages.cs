using System.Collections.Immutable;
using Publish.Styles;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Pages;

/// <summary>
/// A two-sided book's margins: the style's inner margin is the binding side, on the left of a right-hand (odd)
/// page and on the right of a left-hand (even) one. The layout sets every page as a right-hand page; this moves a
/// left-hand page's items across by outer − inner, so its text block sits against the other edge. A style whose
/// inner and outer margins are equal is one-sided, and its pages are left exactly as set.
/// </summary>
public static class FacingPages
{
    public static bool AreTwoSided(PageMargins margins) => margins.Inner != margins.Outer;

    /// <summary>Page <paramref name="pageNumber"/> (1-based) where the margins put it.</summary>
    public static PageFrame Place(PageFrame page, int pageNumber, PageMargins margins)
    {
        var items = Place(page.Items, pageNumber, margins);
        return items == page.Items ? page : page with { Items = items };
    }

    /// <summary>Items set for a right-hand page, placed on page <paramref name="pageNumber"/>'s side (the same array on a right-hand page).</summary>
    public static ImmutableArray<FrameItem> Place(ImmutableArray<FrameItem> items, int pageNumber, PageMargins margins)
    {
        if (!AreTwoSided(margins) || pageNumber % 2 != 0)
        {
            return items;
        }

        var shift = margins.Outer - margins.Inner;
        return [.. items.Select(item => Moved(item, shift))];
    }

    private static FrameItem Moved(FrameItem item, double shift) => item switch
    {
        GlyphRun run => run with { X = run.X + shift },
        RuleItem rule => rule with { X1 = rule.X1 + shift, X2 = rule.X2 + shift },
        ImageItem image => image with { X = image.X + shift },
        LinkItem link => link with { X = link.X + shift },
        DestinationItem destination => destination with { X = destination.X + shift },
        _ => throw new InvalidOperationException($"Unknown frame item {item.GetType().Name}."),
    };
}
