using CsCheck;
using Publish.Manuscript.Input;
using Publish.Manuscript.Legacy;
using Publish.Manuscript.Markdown;
using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Manuscript.Tests.Hostile;

/// <summary>
/// Issue 7's property tests at the reader (CsCheck): over generated manuscripts of both dialects, every note
/// reference yields exactly one marker and each referenced label exactly one note, and no word is lost or
/// added between the source and the model's plain text (body and notes).
/// </summary>
public sealed class GeneratedManuscriptPropertyTests
{
    private const int Labels = 4;

    /// <summary>A word of the body and the note label glued after it (0 = none; labels 1..4 are rarer than none).</summary>
    private static readonly Gen<(string Word, int Note)> Token =
        Gen.Select(Gen.String[Gen.Char['a', 'z'], 1, 9], Gen.Int[0, 12].Select(n => n <= Labels ? n : 0));

    private static readonly Gen<GeneratedManuscript> Manuscripts =
        Gen.Select(
            Token.Array[1, 14].Array[1, 6],
            Gen.String[Gen.Char['a', 'z'], 1, 9].Array[1, 5].Array[Labels, Labels],
            (paragraphs, notes) => new GeneratedManuscript(paragraphs, notes));

    [Fact]
    public void Markdown_references_and_words_survive_reading()
    {
        Manuscripts.Sample(manuscript => Check(manuscript, manuscript.ToMarkdown(), new MarkdownReader(), "md"), iter: 400);
    }

    [Fact]
    public void Legacy_references_and_words_survive_reading()
    {
        Manuscripts.Sample(manuscript => Check(manuscript, manuscript.ToLegacy(), new LegacyExportReader(), "txt"), iter: 400);
    }

    private static void Check(GeneratedManuscript manuscript, string text, IManuscriptReader reader, string extension)
    {
        var diagnostics = new DiagnosticBag();
        var document = reader.Read(ManuscriptLoader.FromString("generated." + extension, text, diagnostics), diagnostics);
        var errors = diagnostics.ToImmutableSorted().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(document is not null && errors.Count == 0, string.Join("\n", errors) + "\n" + text);

        // One note per referenced label, numbered in order of first reference; one marker per reference.
        var order = manuscript.ReferenceOrder();
        Assert.Equal(order.Count, document!.Notes.Length);
        var counts = DocumentWalker.NoteReferenceCounts(document);
        for (var i = 0; i < order.Count; i++)
        {
            var note = document.Notes[i];
            Assert.Equal(i + 1, note.Number);
            Assert.Equal(manuscript.References(order[i]), counts[note.Number]);
            Assert.Equal(manuscript.NoteWords[order[i] - 1], Words(PlainText.Of(note.Content, withNoteMarkers: false)));
        }

        // No words lost or invented in the body (legacy sentences end with a full stop and start in capitals).
        Assert.Equal(manuscript.BodyWords(), Words(PlainText.Of(document.Body, withNoteMarkers: false)));
    }

    private static string[] Words(string text) =>
        text.Split([' ', '\n', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd('.').ToLowerInvariant()).ToArray();
}
