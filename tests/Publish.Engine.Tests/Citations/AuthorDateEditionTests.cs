using System.Text.RegularExpressions;
using Publish.Engine.Tests.Properties;

namespace Publish.Engine.Tests.Citations;

/// <summary>
/// Issue 22, an author-date style: the shipped APA (<c>--csl apa</c>, or <c>csl: apa</c>) sets citations in the
/// text — "(Author, Year, p. 33)", an in-text <c>@a [p. 33]</c> as "Author (Year, p. 33)" — with no notes of their
/// own, and sorts the bibliography as APA says (by author, then year). Checked in the PDF (PdfPig) and the EPUB's XHTML.
/// </summary>
public sealed partial class AuthorDateEditionTests
{
    private static readonly string Manuscript = Path.Combine(Repo.Root, "tests", "manuscripts", "citations", "citations.md");

    private static readonly string[] InText =
    [
        "well described (see İnalcık, 1973, pp. 23–25 and passim).",
        "a frontier origin (1995, Chapter 2; compare Mardin, 1969, p. 260), and Kafadar (1995, p. 118) returns to it.",
        "the first source again (İnalcık, 1973, p. 30), then an unusual locator (Faroqhi, 1986, Section 4).",
        "again after the bibliography (İnalcık, 1973, p. 45).",
    ];

    private static (string Folder, PublishProcess.Outcome Outcome) Build(ScratchFolder scratch, string manuscript, params string[] extra)
    {
        var output = scratch.File("out");
        var outcome = PublishProcess.Run(scratch.Path, new Dictionary<string, string>(StringComparer.Ordinal) { ["SOURCE_DATE_EPOCH"] = "1800000000" }, ["build", manuscript, "-o", output, "-q", "--csl", "apa", .. extra]);
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        return (output, outcome);
    }

    [Fact]
    public void The_pdf_sets_apa_citations_in_the_text_and_only_the_authors_note_as_a_note()
    {
        using var scratch = new ScratchFolder();
        var (output, _) = Build(scratch, Manuscript);
        var vocabulary = InText.SelectMany(WordList.Of).ToHashSet(StringComparer.Ordinal);
        var pdf = PdfText.Read(File.ReadAllBytes(Path.Combine(output, "citations.pdf")));

        var flow = string.Join(' ', pdf.FlowWords(vocabulary));
        Assert.All(InText, sentence => Assert.Contains(string.Join(' ', WordList.Of(sentence)), flow, StringComparison.Ordinal)); // numbers are no words here; the EPUB test reads them
        Assert.Equal([1], pdf.Markers);
        var note = Assert.Single(pdf.Notes(vocabulary));
        Assert.Equal(WordList.Of("On the officials, see the survey (Faroqhi, 1986, pp. 101–103), which draws on court records."), note.Words);
        var entries = new[] { "Faroqhi S Town", "İnalcık H The Ottoman", "Kafadar C Between", "Lewis B The Emergence", "Mardin Ş Power" }.Select(e => flow.IndexOf(e, StringComparison.Ordinal)).ToList();
        Assert.All(entries, position => Assert.True(position > 0, flow));
        Assert.Equal(entries.Order(), entries);
    }

    [Fact]
    public void The_epub_sets_apa_citations_in_the_text_with_their_links()
    {
        using var scratch = new ScratchFolder();
        var (output, _) = Build(scratch, Manuscript);
        var documents = CitationEditions.Documents(Path.Combine(output, "citations.epub"));

        var text = CitationEditions.Normalized(string.Concat(documents.Where(d => d.Key.Contains("text-", StringComparison.Ordinal)).Select(d => d.Value.Root!.Value)));
        Assert.All(InText, sentence => Assert.Contains(CitationEditions.Normalized(sentence), text, StringComparison.Ordinal));
        Assert.Equal(["On the officials, see the survey (Faroqhi, 1986, pp. 101–103), which draws on court records."], CitationEditions.Notes(documents));
        var links = documents.SelectMany(d => d.Value.Descendants(CitationEditions.Xhtml + "a")).Where(a => (string?)a.Attribute("class") == "citation").ToList();
        Assert.Contains(links, a => CitationEditions.Normalized(a.Value) == "Kafadar(1995,p.118)" && ((string)a.Attribute("href")!).EndsWith("#ref-kafadar1995", StringComparison.Ordinal));
        Assert.StartsWith("Faroqhi, S. (1986).", CitationEditions.Entries(documents)[0].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bibliography_is_sorted_by_author_then_year_and_one_authors_year_is_told_apart_by_letters()
    {
        using var scratch = new ScratchFolder();
        var yaml = scratch.Write("works.yaml", string.Concat(
            Item("kafadar2001", "Kafadar", "Cemal", 2001, "Later Work"),
            Item("aksan1999", "Aksan", "Virginia", 1999, "An Ottoman Statesman"),
            Item("kafadar1990a", "Kafadar", "Cemal", 1990, "Zeta Essay"),
            Item("kafadar1990b", "Kafadar", "Cemal", 1990, "Alpha Essay"),
            Item("barkey1994", "Barkey", "Karen", 1994, "Bandits and Bureaucrats")));
        var manuscript = scratch.Write("sorted.md", "---\ntitle: Sorted\nlang: en-US\nnocite: '@*'\n---\n\nAs argued [@kafadar1990b; @kafadar1990a], and @kafadar2001 agrees.\n");

        var (output, _) = Build(scratch, manuscript, "--bibliography", yaml);

        var documents = CitationEditions.Documents(Path.Combine(output, "sorted.epub"));
        var entries = CitationEditions.Entries(documents).Select(e => e.Value).ToList();
        Assert.Equal(["Aksan", "Barkey", "Kafadar", "Kafadar", "Kafadar"], entries.Select(e => e.Split(',')[0]));
        Assert.Equal(["(1990a). Alpha Essay", "(1990b). Zeta Essay", "(2001). Later Work"], entries.Skip(2).Select(e => YearAndTitle().Match(e).Value));
        var text = CitationEditions.Normalized(string.Concat(documents.Where(d => d.Key.Contains("text-", StringComparison.Ordinal)).Select(d => d.Value.Root!.Value)));
        Assert.Contains(CitationEditions.Normalized("As argued (Kafadar, 1990a, 1990b), and Kafadar (2001) agrees."), text, StringComparison.Ordinal);
    }

    private static string Item(string id, string family, string given, int year, string title) =>
        $"- id: {id}\n  type: book\n  title: {title}\n  author:\n    - family: {family}\n      given: {given}\n  issued:\n    date-parts: [[{year}]]\n";

    [GeneratedRegex(@"\(\d{4}[a-z]?\)\. [A-Za-z ]+")]
    private static partial Regex YearAndTitle();
}
