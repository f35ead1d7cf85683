using Publish.Typesetting.Paragraphs;

namespace Publish.Typesetting.Tests;

/// <summary>
/// Issue 18, sixth round: a line at its full shrink (letters narrowed, spaces closed) reads darker than its neighbours,
/// so the breaker rates a shrunk line worse than one stretched by the same share (<see cref="LineBreakOptions.ShrinkWeight"/>);
/// TeX's badness is symmetric and chose the denser line whenever it was a little cheaper.
/// </summary>
public sealed class ShrunkLineTests
{
    /// <summary>
    /// Two ways to set a 100 pt line: "a b" stretched (95 pt natural, 10 pt of stretch: ratio +0.5, TeX badness 12.5)
    /// or "a b c" shrunk (109 pt natural, 20 pt of shrink: ratio −0.45, badness 9.1); the last line has spaces either way.
    /// </summary>
    private static BreakItem[] Items() =>
    [
        BreakItem.Box(45), BreakItem.Glue(10, 10, 10), BreakItem.Box(40), BreakItem.Glue(10, 10, 10), BreakItem.Box(4),
        BreakItem.Glue(10, 10, 10), BreakItem.Box(20), BreakItem.Glue(10, 10, 10), BreakItem.Box(20),
        BreakItem.PenaltyItem(0, BreakItem.Infinite), BreakItem.FilGlue(), BreakItem.PenaltyItem(0, BreakItem.ForcedBreak),
    ];

    [Fact]
    public void Of_a_stretched_and_a_slightly_less_shrunk_line_the_breaker_takes_the_stretched_one()
    {
        var breaks = KnuthPlassLineBreaker.Break(Items(), [100], LineBreakOptions.Default);

        Assert.Equal(2, breaks.Count);
        Assert.Equal(0.5, breaks[0].Ratio, 3);
    }

    [Fact]
    public void With_TeXs_symmetric_badness_the_shrunk_line_wins()
    {
        // The same paragraph rated as TeX rates it: the control that shows the weight is what decides.
        var breaks = KnuthPlassLineBreaker.Break(Items(), [100], LineBreakOptions.Default with { ShrinkWeight = 1 });

        Assert.Equal(2, breaks.Count);
        Assert.Equal(-0.45, breaks[0].Ratio, 3);
    }
}
