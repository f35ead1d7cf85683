using System.Globalization;
using System.Text.RegularExpressions;
using Publish.Engine.Tests.Properties;

namespace Publish.Engine.Tests;

/// <summary>
/// Issue 23: a manuscript whose first note does not fit under its page (<c>tests/manuscripts/markdown/long-notes.md</c>:
/// a note of about 500 words referenced in the lower half of page 1). Built through the real CLI, every note must be
/// printed whole and in order, at least one continued on the next page, and the continued part must carry on the
/// note it belongs to (its words follow that note's) rather than start a new one or be lost.
/// </summary>
public sealed partial class ContinuedNoteManuscriptTests
{
    private static readonly string Manuscript = Path.Combine(Repo.Root, "tests", "manuscripts", "markdown", "long-notes.md");

    [Fact]
    public void Every_note_is_printed_whole_and_in_order_and_one_continues_on_the_next_page()
    {
        using var scratch = new ScratchFolder();
        var outcome = PublishProcess.Run("build", Manuscript, "-o", scratch.Path, "--format", "pdf");
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);

        var expected = NoteDefinition().Matches(File.ReadAllText(Manuscript))
            .ToDictionary(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m => WordList.Of(m.Groups[2].Value));
        var vocabulary = expected.Values.SelectMany(words => words).ToHashSet(StringComparer.Ordinal);
        var pdf = PdfText.Read(File.ReadAllBytes(scratch.File("long-notes.pdf")));

        var notes = pdf.Notes(vocabulary);

        Assert.Equal([1, 2, 3, 4, 5, 6], notes.Select(n => n.Number));
        foreach (var (number, words) in notes)
        {
            Assert.Equal(expected[number], words);
        }

        Assert.True(pdf.ContinuedNotes >= 1, $"no note continued on a following page ({pdf.Pages} pages)");
        Assert.Equal([1, 2, 3, 4, 5, 6], pdf.Markers);
    }

    [GeneratedRegex(@"^\[\^([0-9]+)\]: (.+)$", RegexOptions.Multiline)]
    private static partial Regex NoteDefinition();
}
