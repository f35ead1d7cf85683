using System.Collections.Immutable;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;
using Publish.Typesetting.Paragraphs;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Tests;

/// <summary>
/// Issue 23: the number a note marker prints is its own note's, in reading order, on whichever line it falls
/// (a swap inside the typesetter was caught only by the end-to-end edition tests).
/// </summary>
public sealed class NoteMarkerNumberTests
{
    [Fact]
    public void Each_marker_prints_and_links_its_own_notes_number_in_reading_order_across_lines()
    {
        int[] numbers = [3, 1, 12, 3, 7];
        var content = ImmutableArray.CreateBuilder<Inline>();
        foreach (var (number, i) in numbers.Select((n, i) => (n, i)))
        {
            content.Add(new TextInline((i == 0 ? string.Empty : " ") + "words before marker " + (char)('a' + i), Inlines.Span()));
            content.Add(Inlines.Note(number));
        }

        var layout = new ParagraphTypesetter(new FixedAdvanceShaper(), null)
            .Typeset(content.ToImmutable(), new ParagraphStyle(10, 12, 150, Hyphenate: false), new DiagnosticBag());

        Assert.True(layout.Lines.Length > 2);
        Assert.Equal(numbers, layout.Lines.SelectMany(l => l.NoteMarkers).Select(m => m.NoteNumber));
        foreach (var line in layout.Lines)
        {
            // The superscript runs print the numbers of the line's markers, in the same order.
            var printed = line.Runs.Where(r => r.BaselineShift > 0).Select(r => r.Text).ToList();
            Assert.Equal(line.NoteMarkers.Select(m => m.NoteNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)), printed);

            // Each marker's link goes to its own note, its anchor is its own reference.
            var items = line.ToFrameItems(0, 0, Frames.RgbColor.Black).ToList();
            Assert.Equal(line.NoteMarkers.Select(m => $"fn{m.NoteNumber}"), items.OfType<Frames.LinkItem>().Select(l => l.Destination));
            Assert.Equal(line.NoteMarkers.Select(m => $"fnref{m.NoteNumber}"), items.OfType<Frames.DestinationItem>().Select(d => d.Name));
        }
    }
}
