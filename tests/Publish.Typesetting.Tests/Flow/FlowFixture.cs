using System.Collections.Immutable;
using System.Globalization;
using Publish.Model;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Tests.Flow;

/// <summary>
/// The page every flow test composes on: a 700 pt text area (50 body lines of 14 pt), 11 pt note lines under a 120 pt
/// rule, and lines that draw only a named destination (<see cref="FakeLine"/>) so a test finds where each went.
/// </summary>
internal static class FlowFixture
{
    public const double Leading = 14;

    public const double NoteLeading = 11;

    public static PageArea Area { get; } = new(Top: 50, Bottom: 750, Left: 60, Measure: 400);

    public static FootnoteAreaStyle NoteStyle { get; } = new(GapAbove: 6, RuleWidth: 120, RuleThickness: 0.5, GapBelow: 4, RuleColor: RgbColor.Black);

    public static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>A note of <paramref name="lines"/> lines named <c>{prefix}{number}-{line}</c>; one may end in a hyphen.</summary>
    public static FootnoteBody Note(int number, int lines, int hyphenatedLine = -1, string prefix = "note") =>
        new(number, [.. Enumerable.Range(0, lines).Select(i => new NoteLine(new FakeLine(Invariant($"{prefix}{number}-{i}")), Area.Left, NoteLeading) { EndsWithHyphen = i == hyphenatedLine })]);

    /// <summary>A paragraph of <paramref name="count"/> body lines named <c>{prefix}{block}-{line}</c>, with the notes each line carries.</summary>
    public static IEnumerable<FlowElement> Paragraph(int block, int count, Func<int, ImmutableArray<FootnoteBody>>? notesAt = null, int hyphenatedLine = -1, string prefix = "p") =>
        Enumerable.Range(0, count).Select(i => new FlowLine(
            new FakeLine(Invariant($"{prefix}{block}-{i}")),
            Area.Left,
            Leading,
            notesAt?.Invoke(i) ?? [],
            new BlockPosition(block, i, count),
            KeepWithNext: false,
            Anchor: null,
            SourceSpan.None) { EndsWithHyphen = i == hyphenatedLine });

    /// <summary>Each named line's page (0-based) and destination.</summary>
    public static Dictionary<string, (int Page, DestinationItem Item)> Placed(Composition composition) =>
        composition.Pages
            .SelectMany((page, index) => page.Items.OfType<DestinationItem>().Select(d => (Page: index, Item: d)))
            .ToDictionary(x => x.Item.Name, x => x);
}
