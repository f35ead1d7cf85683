using System.Text.Json;

namespace Publish.Citations.Tests;

/// <summary>
/// The 300-note document (chicago-300/) rendered with the shipped Chicago notes-bibliography styles in en-US and
/// tr-TR, compared note by note and entry by entry with citeproc-js's output. The counts are a ratchet: they may
/// rise, never fall. One difference is deliberate: an English document prints "Ibid.", where citeproc-js prints
/// "İbid." for a Turkish item; the expectation is read with that correction.
/// </summary>
public sealed class Chicago300Tests
{
    [CslDataTheory]
    [InlineData("chicago-notes-bibliography", "chicago-nb", "en-US", 300, 78)]
    [InlineData("chicago-notes-bibliography", "chicago-nb", "tr-TR", 300, 78)]
    [InlineData("chicago-notes-bibliography-subsequent-ibid", "chicago-nb-subsequent-ibid", "en-US", 300, 78)]
    [InlineData("chicago-notes-bibliography-subsequent-ibid", "chicago-nb-subsequent-ibid", "tr-TR", 300, 78)]
    public void The_notes_and_the_bibliography_match_citeproc_js(string style, string expectedName, string language, int minimumNotes, int minimumEntries)
    {
        var (notes, bibliography) = Render(style, language);
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(CslData.Chicago300, $"expected-citeprocjs-{expectedName}-{language}.json")));
        var expectedNotes = expected.RootElement.GetProperty("notes").EnumerateArray().Select(n => Corrected(n.GetString()!, language)).ToList();
        var expectedBibliography = expected.RootElement.GetProperty("bib").EnumerateArray().Select(b => b.GetString()!.Trim()).ToList();

        Assert.Equal(300, notes.Count);
        var matchingNotes = notes.Zip(expectedNotes).Count(p => p.First == p.Second);
        var matchingEntries = bibliography.Zip(expectedBibliography).Count(p => p.First == p.Second);
        Assert.Equal(expectedBibliography.Count, bibliography.Count);
        Assert.True(matchingNotes >= minimumNotes, $"{matchingNotes} of 300 notes match citeproc-js (ratchet: {minimumNotes}); first difference: {FirstDifference(notes, expectedNotes)}");
        Assert.True(matchingEntries >= minimumEntries, $"{matchingEntries} of {expectedBibliography.Count} entries match (ratchet: {minimumEntries}); first difference: {FirstDifference(bibliography, expectedBibliography)}");
        if (language.StartsWith("en", StringComparison.Ordinal))
        {
            Assert.DoesNotContain(notes, n => n.Contains("İbid", StringComparison.Ordinal));
        }
    }

    [CslDataFact]
    public void An_English_document_says_Ibid_for_a_Turkish_item()
    {
        var (notes, _) = Render("chicago-notes-bibliography-subsequent-ibid", "en-US");
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(CslData.Chicago300, "expected-citeprocjs-chicago-nb-subsequent-ibid-en-US.json")));
        var raw = expected.RootElement.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).ToList();
        var turkishIbid = Enumerable.Range(0, 300).Where(i => raw[i].StartsWith("İbid.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(turkishIbid);
        Assert.All(turkishIbid, i => Assert.StartsWith("Ibid.", notes[i], StringComparison.Ordinal));
    }

    /// <summary>
    /// The notes and the bibliography as text. How long it takes is the bench's to measure (<c>dotnet run --project
    /// bench/CslSuite -- chicago300</c> prints the in-process time), not a test's: a timed test measures its neighbours.
    /// </summary>
    private static (List<string> Notes, List<string> Bibliography) Render(string style, string language)
    {
        var cslStyle = CslStyle.Parse(File.ReadAllText(Path.Combine(CslData.Shipped, style + ".csl")));
        var items = CslItem.ParseJson(File.ReadAllText(Path.Combine(CslData.Chicago300, "items.json")));
        var citations = CitationReader.Read(File.ReadAllText(Path.Combine(CslData.Chicago300, "cits.json")));
        var processor = new CslProcessor(cslStyle, items, new LocaleStore(CslData.Shipped), language);
        var notes = processor.ProcessCitations(citations, OutputFormat.Text).ToList();
        return (notes, processor.Bibliography(OutputFormat.Text).ToList());
    }

    private static string Corrected(string note, string language) =>
        language.StartsWith("en", StringComparison.Ordinal) && note.StartsWith("İbid.", StringComparison.Ordinal) ? "Ibid." + note[5..] : note;

    private static string FirstDifference(List<string> actual, List<string> expected)
    {
        for (var i = 0; i < Math.Min(actual.Count, expected.Count); i++)
        {
            if (actual[i] != expected[i])
            {
                return $"#{i + 1}: expected «{expected[i]}», got «{actual[i]}»";
            }
        }

        return "none";
    }
}
