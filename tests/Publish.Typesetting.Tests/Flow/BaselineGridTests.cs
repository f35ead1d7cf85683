using System.Collections.Immutable;
using Publish.Model;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Frames;

using static Publish.Typesetting.Tests.Flow.FlowFixture;

namespace Publish.Typesetting.Tests.Flow;

/// <summary>
/// Issue 18, <c>make-up.bottom: baseline-grid</c>: every body line (14 pt leading) starts a whole number of leadings below
/// the text block's top on every page, whatever headings (20 pt) and spaces (5 and 7 pt) come between.
/// </summary>
public sealed class BaselineGridTests
{
    /// <summary>Where a body line (ascent 9, descent 3) has its baseline when it starts at the block's top.</summary>
    private const double FirstBaseline = 50 + ((Leading + 9 - 3) / 2);

    private static IEnumerable<FlowElement> Section(int section, int paragraphs, int lines)
    {
        yield return new FlowSpace(7);
        yield return new FlowLine(new FakeLine(Invariant($"h{section}")), Area.Left, 20, [], new BlockPosition(1000 + section, 0, 1), KeepWithNext: true, null, SourceSpan.None);
        yield return new FlowSpace(5);
        for (var p = 0; p < paragraphs; p++)
        {
            var block = (section * 100) + p;
            for (var i = 0; i < lines + p; i++)
            {
                yield return new FlowLine(new FakeLine(Invariant($"p{block}-{i}")), Area.Left, Leading, ImmutableArray<FootnoteBody>.Empty, new BlockPosition(block, i, lines + p), false, null, SourceSpan.None);
            }

            yield return new FlowSpace(3);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Body_lines_sit_on_multiples_of_the_leading_from_the_blocks_top_on_every_page(bool grid)
    {
        var elements = Enumerable.Range(0, 8).SelectMany(s => Section(s, 4, 5)).ToList();

        var composition = new FlowComposer(Area, NoteStyle, new PageMakeUp(Leading, FlushBottom: false) { BaselineGrid = grid }).Compose(elements);

        Assert.True(composition.Pages.Length >= 3, "the sections fill several pages");
        var body = composition.Pages.SelectMany((page, index) => page.Items.OfType<DestinationItem>().Where(d => d.Name.StartsWith('p')).Select(d => (Page: index, d.Y))).ToList();
        var offGrid = body.Where(b => Math.Abs(Math.IEEERemainder(b.Y - FirstBaseline, Leading)) > 0.01).ToList();
        if (grid)
        {
            Assert.True(offGrid.Count == 0, string.Join(", ", offGrid.Select(b => Invariant($"page {b.Page + 1} y {b.Y}"))));

            // Facing pages: the baselines of the second and third page are the same set of grid lines where both have text.
            var second = body.Where(b => b.Page == 1).Select(b => b.Y).ToHashSet();
            var third = body.Where(b => b.Page == 2).Select(b => b.Y).ToList();
            Assert.True(third.Count(second.Contains) >= 30, "the two pages share at least 30 baselines");
        }
        else
        {
            Assert.NotEmpty(offGrid);
        }
    }
}
