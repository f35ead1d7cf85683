using Publish.Model.Diagnostics;
using Publish.Typesetting.Paragraphs;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Tests;

/// <summary>
/// Issue 18, sixth round: a word followed by a note marker ("internationalization.¹") hyphenates like any other, its
/// marker staying after the word's last part. Before, as TeX leaves a word followed by a box, it was never hyphenated,
/// which forced the one loose line that set the bench book's shrink floor.
/// </summary>
public sealed class NoteMarkerHyphenationTests
{
    [Fact]
    public void A_word_carrying_a_note_marker_hyphenates_with_the_marker_after_its_last_part()
    {
        using var shaper = new HarfBuzzShaper(ShippedFonts.SerifWithFallbacks);
        var typesetter = new ParagraphTypesetter(shaper, ShippedHyphenation.Catalog());
        var content = MarkdownInlines.Parse("The delegates argued about internationalization.[^1] Then they left the hall together.");

        // Across measures the word falls at a line's end somewhere; it is wider than none of them (no last-resort break).
        var hyphenated = 0;
        for (double measure = 130; measure <= 330; measure += 2)
        {
            var layout = typesetter.Typeset(content, new ParagraphStyle(11, 14.5, measure), new DiagnosticBag());
            for (var i = 0; i + 1 < layout.Lines.Length; i++)
            {
                if (layout.Lines[i].Hyphenated && layout.Lines[i].Text.Contains("inter", StringComparison.Ordinal))
                {
                    hyphenated++;
                    var next = layout.Lines[i + 1];
                    // The word's parts join again, the marker's "1" after its last part.
                    var first = layout.Lines[i].Text.TrimEnd('\u00AD').Split(' ')[^1];
                    Assert.Equal("internationalization.1", first + next.Text.Split(' ')[0]);
                    var marker = Assert.Single(next.NoteMarkers);
                    Assert.Equal(1, marker.NoteNumber);
                    Assert.Empty(layout.Lines[i].NoteMarkers);
                }
            }
        }

        Assert.True(hyphenated > 0, "the word carrying the note marker never hyphenated");
    }
}
