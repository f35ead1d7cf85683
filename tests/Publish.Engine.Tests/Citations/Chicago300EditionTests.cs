using System.Text.Json;
using Publish.Engine.Tests.Hostile;
using Publish.Engine.Tests.Properties;

namespace Publish.Engine.Tests.Citations;

/// <summary>
/// Issue 22's target: the 300-note documents of ../shared/csl/chicago-300 (doc-en.md, doc-tr.md), given their
/// references by a wrapper's <c>bibliography:</c> (the shared items.json, or our items.bib and items.yaml), built into
/// both editions. The notes, read back from the PDF (PdfPig) and from the EPUB's XHTML, must equal citeproc-js's
/// (at least 295 of 300, compared without white space); the bibliography must hold its 78 entries in order in both;
/// every note must begin on its marker's page; the EPUB must pass epubcheck with nothing to say.
/// </summary>
public sealed class Chicago300EditionTests
{
    [CitationDataTheory]
    [InlineData("doc-en.md", "en-US", "items.json")]
    [InlineData("doc-tr.md", "tr-TR", "items.json")]
    [InlineData("doc-en.md", "en-US", "items.bib")]
    [InlineData("doc-tr.md", "tr-TR", "items.yaml")]
    public void The_editions_carry_citeproc_js_notes_and_bibliography(string doc, string language, string items)
    {
        using var scratch = new ScratchFolder();
        var source = items == "items.json" ? Path.Combine(CitationEditions.Chicago300!, items) : Path.Combine(Repo.Root, "tests", "Publish.Citations.Tests", "chicago-300", items);
        File.Copy(source, scratch.File(items));
        var body = File.ReadAllText(Path.Combine(CitationEditions.Chicago300!, doc));
        body = body[(body.IndexOf("\n---", 3, StringComparison.Ordinal) + 4)..];
        var manuscript = scratch.Write("doc.md", $"---\ntitle: Chicago 300\nlang: {language}\nbibliography: {items}\n---\n{body}");

        var result = CitationEditions.Build(manuscript, scratch.File("out"));

        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(CitationEditions.Chicago300!, $"expected-citeprocjs-chicago-nb-{language}.json")));
        var expectedNotes = expected.RootElement.GetProperty("notes").EnumerateArray().Select(n => Corrected(n.GetString()!, language)).ToList();
        var expectedEntries = expected.RootElement.GetProperty("bib").EnumerateArray().Select(b => b.GetString()!.Trim()).ToList();
        Assert.Equal(300, expectedNotes.Count);
        Assert.Equal(78, expectedEntries.Count);

        // The EPUB: its footnotes and its bibliography's entries.
        var epub = result.Outputs.Single(o => o.Format == EditionFormats.Epub).Path;
        var documents = CitationEditions.Documents(epub);
        var epubNotes = CitationEditions.Notes(documents);
        Assert.Equal(300, epubNotes.Count);
        var matching = epubNotes.Zip(expectedNotes).Count(p => CitationEditions.Normalized(p.First) == CitationEditions.Normalized(p.Second));
        Assert.True(matching >= 295, $"{matching} of 300 EPUB notes equal citeproc-js's; first difference: {FirstDifference(epubNotes, expectedNotes)}");
        var entries = CitationEditions.Entries(documents).Select(e => e.Value).ToList();
        Assert.Equal(expectedEntries.Select(CitationEditions.Normalized), entries.Select(CitationEditions.Normalized));

        // The PDF: the notes' words as the reader sees them, each note on its marker's page, and the entries in order.
        var vocabulary = expectedNotes.Concat(expectedEntries).SelectMany(WordList.Of).ToHashSet(StringComparer.Ordinal);
        var pdf = PdfText.Read(File.ReadAllBytes(result.Outputs.Single(o => o.Format == EditionFormats.Pdf).Path));
        var pdfNotes = pdf.Notes(vocabulary);
        Assert.Equal(Enumerable.Range(1, 300), pdfNotes.Select(n => n.Number));
        var pdfMatching = pdfNotes.Zip(expectedNotes).Count(p => p.First.Words.SequenceEqual(WordList.Of(p.Second), StringComparer.Ordinal));
        Assert.True(pdfMatching >= 295, $"{pdfMatching} of 300 PDF notes equal citeproc-js's; first difference: {FirstDifference([.. pdfNotes.Select(n => string.Join(' ', n.Words))], expectedNotes)}");
        Assert.Equal(Enumerable.Range(1, 300), pdf.Markers);
        var notePages = pdf.NoteStartPages();
        var misplaced = pdf.Markers.Zip(pdf.MarkerPages).Where(m => notePages.GetValueOrDefault(m.First) != m.Second).Select(m => m.First).ToList();
        Assert.True(misplaced.Count == 0, $"notes not beginning on their marker's page: {string.Join(", ", misplaced)}");
        var flow = " " + string.Join(' ', pdf.FlowWords(vocabulary)) + " ";
        var at = 0;
        foreach (var entry in expectedEntries)
        {
            var found = flow.IndexOf(" " + string.Join(' ', WordList.Of(entry)) + " ", at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"the PDF's bibliography lacks, or has out of order, «{entry}»");
            at = found + 1;
        }

        EditionValidators.AssertEpubClean(epub);
    }

    /// <summary>An English document prints "Ibid." where citeproc-js prints "İbid." for a Turkish item (see Chicago300Tests).</summary>
    private static string Corrected(string note, string language) =>
        language.StartsWith("en", StringComparison.Ordinal) && note.StartsWith("İbid.", StringComparison.Ordinal) ? "Ibid." + note[5..] : note;

    private static string FirstDifference(List<string> actual, List<string> expected)
    {
        for (var i = 0; i < Math.Min(actual.Count, expected.Count); i++)
        {
            if (CitationEditions.Normalized(actual[i]) != CitationEditions.Normalized(expected[i]) && actual[i] != string.Join(' ', WordList.Of(expected[i])))
            {
                return $"#{i + 1}: expected «{expected[i]}», got «{actual[i]}»";
            }
        }

        return "none";
    }
}
