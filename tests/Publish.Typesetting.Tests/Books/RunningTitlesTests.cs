using Publish.Model.Diagnostics;
using Publish.Styles;
using Publish.Typesetting.Books;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Layout;

namespace Publish.Typesetting.Tests.Books;

/// <summary>The running titles a book places on each page's side: set once, placed once a side.</summary>
public sealed class RunningTitlesTests
{
    private static readonly HouseStyle Default = HouseStyleLoader.LoadDefault(RepositoryPaths.Root).Style
        ?? throw new InvalidOperationException("The default style does not load.");

    [Fact]
    public void A_left_hand_pages_title_is_the_right_hand_ones_moved_across_by_outer_minus_inner_and_each_side_is_placed_once()
    {
        // Two-sided: the binding (inner) margin wider than the outer one, as a bound book has it.
        var margins = Default.Page.Margins with { Inner = Default.Page.Margins.Outer + 20 };
        var style = Default with { Page = Default.Page with { Margins = margins } };
        using var fonts = new FontLibrary();
        using var pool = new TypesetterPool(style, fonts, TypesetterPool.HyphenationFor(style), new MissingGlyphLedger());
        var setter = new BookTextSetter(pool, "en", new DiagnosticBag());
        var titles = new RunningTitles(style, setter, new PageArea(margins.Top, style.Page.TrimHeight - margins.Bottom, margins.Inner, style.Page.TextWidth));
        Assert.True(titles.Fits);

        var set = titles.Items("A Study of Harbours");
        var right = titles.Placed("A Study of Harbours", 7);
        var left = titles.Placed("A Study of Harbours", 8);

        Assert.NotEmpty(set);
        Assert.Equal(set, right);
        var setRuns = set.OfType<GlyphRun>().ToList();
        var leftRuns = left.OfType<GlyphRun>().ToList();
        Assert.Equal(setRuns.Count, leftRuns.Count);
        Assert.All(setRuns.Zip(leftRuns), pair =>
        {
            Assert.Equal(pair.First.X + (margins.Outer - margins.Inner), pair.Second.X, 6);
            Assert.Equal(pair.First.Baseline, pair.Second.Baseline);
            Assert.Equal(pair.First.Text, pair.Second.Text);
        });

        // Every other page of the side gets the same placed items, not a new copy of them.
        Assert.True(left == titles.Placed("A Study of Harbours", 40));
        Assert.True(right == titles.Placed("A Study of Harbours", 41));
        Assert.Equal("The Book", string.Concat(titles.Placed("The Book", 8).OfType<GlyphRun>().Select(r => r.Text)));
    }
}
