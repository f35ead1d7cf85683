using System.Xml.Linq;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using Publish.Engine.Tests.Hostile;
using Publish.Engine.Tests.Properties;

namespace Publish.Engine.Tests.Citations;

/// <summary>
/// tests/manuscripts/citations/citations.md with its references.bib: author's notes and citations numbered together,
/// a citation inside an author's note, a suppressed author, prefixes and suffixes, an in-text citation, nocite, a
/// <c>{#refs}</c> placement under the author's "# References" with an appendix after it (whose citation is still a
/// note; the reference-section-title is not used there, as in Pandoc), link-citations. Checked in the PDF (PdfPig)
/// and the EPUB (its XHTML, and epubcheck).
/// </summary>
public sealed class CitationManuscriptEditionTests
{
    private static readonly string Manuscript = Path.Combine(Repo.Root, "tests", "manuscripts", "citations", "citations.md");

    private static readonly string[] ExpectedNotes =
    [
        "See Halil İnalcık, The Ottoman Empire: The Classical Age, 1300–1600 (Weidenfeld and Nicolson, 1973), 23–25 and passim.",
        "On the officials, see the survey Suraiya Faroqhi, “Town Officials, Timar-Holders, and Taxation,” Journal of Ottoman Studies 5 (1986): 101–3, which draws on court records.",
        "Between Two Worlds: The Construction of the Ottoman State (University of California Press, 1995), chap. 2; compare Şerif Mardin, “Power, Civil Society and Culture in the Ottoman Empire,” in Comparative Studies in Society and History, ed. Karen Barkey (Cambridge University Press, 1969), 260.",
        "Kafadar, Between Two Worlds: The Construction of the Ottoman State, 118.",
        "İnalcık, The Ottoman Empire: The Classical Age, 1300–1600, 30.",
        "Faroqhi, “Town Officials, Timar-Holders, and Taxation,” sec. 4.",
        "İnalcık, The Ottoman Empire: The Classical Age, 1300–1600, 45.",
    ];

    private static readonly string[] ExpectedEntryIds = ["ref-faroqhi1986", "ref-inalcik1973", "ref-kafadar1995", "ref-lewis1961", "ref-mardin1969"];

    [Fact]
    public void The_pdf_sets_every_citation_as_a_note_on_its_markers_page_and_the_bibliography_where_its_div_stands()
    {
        var result = Editions.Of(Manuscript);
        var vocabulary = ExpectedNotes.SelectMany(WordList.Of).ToHashSet(StringComparer.Ordinal);
        var pdf = PdfText.Read(File.ReadAllBytes(result.Outputs.Single(o => o.Format == EditionFormats.Pdf).Path));

        var notes = pdf.Notes(vocabulary);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], notes.Select(n => n.Number));
        Assert.Equal(ExpectedNotes.Select(n => string.Join(' ', WordList.Of(n))), notes.Select(n => string.Join(' ', n.Words)));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], pdf.Markers);
        var pages = pdf.NoteStartPages();
        Assert.All(pdf.Markers.Zip(pdf.MarkerPages), m => Assert.Equal(m.Second, pages[m.First]));

        var flow = string.Join(' ', pdf.FlowWords(vocabulary));
        Assert.Contains("is well described Taxation", flow, StringComparison.Ordinal);
        Assert.Contains("and Cemal Kafadar returns to it", flow, StringComparison.Ordinal);
        Assert.DoesNotContain("kafadar1995", flow, StringComparison.Ordinal);
        Assert.DoesNotContain("Works Cited", flow, StringComparison.Ordinal);
        Assert.DoesNotContain("Bibliography", flow, StringComparison.Ordinal);
        var title = flow.IndexOf("References Faroqhi", StringComparison.Ordinal);
        Assert.True(title > 0, flow);
        var surnames = new[] { "Faroqhi Suraiya", "İnalcık Halil", "Kafadar Cemal", "Lewis Bernard", "Mardin Şerif" }.Select(s => flow.IndexOf(s, title, StringComparison.Ordinal)).ToList();
        Assert.All(surnames, position => Assert.True(position > title));
        Assert.Equal(surnames.Order(), surnames);
        var appendix = flow.IndexOf("Appendix The Registers The registers are described again after the bibliography", StringComparison.Ordinal);
        Assert.True(appendix > surnames[^1], flow);
    }

    [Fact]
    public void With_link_citations_the_pdfs_citations_link_to_their_entries_lines()
    {
        var result = Editions.Of(Manuscript);
        using var pdf = PdfDocument.Open(result.Outputs.Single(o => o.Format == EditionFormats.Pdf).Path);
        var links = pdf.GetPages().SelectMany(page => page.GetAnnotations().Select(a => (Page: page, a.Rectangle, Action: a.Action as GoToAction))).Where(l => l.Action is not null).ToList();
        var pages = pdf.GetPages().ToList();

        // Each cited entry's first word at the start of its line. A citation links to its first cite's entry (as the
        // EPUB's does), so Mardin, cited second, has no link; nor has the nocite Lewis.
        foreach (var surname in new[] { "Faroqhi,", "İnalcık,", "Kafadar," })
        {
            var (page, word) = pages.SelectMany(p => p.GetWords().Where(w => w.Text == surname).Select(w => (Page: p, Word: w))).MinBy(pw => pw.Word.BoundingBox.Left);
            var baseline = word.BoundingBox.Bottom;
            var into = links.Where(l => l.Action!.Destination.PageNumber == page.Number
                && l.Action.Destination.Coordinates.Top is { } top && top >= baseline && top <= baseline + 20).ToList();
            Assert.True(into.Count > 0, $"no link to the entry of {surname} (baseline {baseline:0.#} on page {page.Number})");

            // The link lies on the citation's words: each such rectangle holds text.
            Assert.All(into, l => Assert.Contains(l.Page.GetWords(), w => Overlap(l.Rectangle, w.BoundingBox)));
        }
    }

    private static bool Overlap(UglyToad.PdfPig.Core.PdfRectangle a, UglyToad.PdfPig.Core.PdfRectangle b) =>
        a.Left < b.Right && b.Left < a.Right && a.Bottom < b.Top && b.Bottom < a.Top;

    [Fact]
    public void The_epub_sets_the_bibliography_where_its_div_stands_links_citations_to_it_and_passes_epubcheck()
    {
        var epub = Editions.EpubOf(Manuscript);
        var documents = CitationEditions.Documents(epub);

        Assert.Equal(ExpectedNotes.Select(CitationEditions.Normalized), CitationEditions.Notes(documents).Select(CitationEditions.Normalized));
        var entries = CitationEditions.Entries(documents);
        Assert.Equal(ExpectedEntryIds, entries.Select(e => (string?)e.Attribute("id")));
        Assert.Contains(entries[1].Descendants(CitationEditions.Xhtml + "em"), em => em.Value == "The Ottoman Empire: The Classical Age, 1300–1600");
        Assert.DoesNotContain(documents.Keys, name => name.EndsWith("bibliography.xhtml", StringComparison.Ordinal));
        var names = documents.Keys.Where(name => name.Contains("text-", StringComparison.Ordinal)).ToList();
        var references = names.Single(name => documents[name].Descendants(CitationEditions.Xhtml + "li").Any());
        var headings = documents[references].Descendants().Where(e => e.Name.LocalName is "h1" or "h2").Select(e => e.Value).ToList();
        Assert.Equal(["References"], headings);
        var appendix = names.Single(name => documents[name].Descendants(CitationEditions.Xhtml + "h1").Any(h => h.Value == "Appendix: The Registers"));
        Assert.True(names.IndexOf(appendix) > names.IndexOf(references), string.Join(", ", names));

        var links = documents.Where(d => d.Key.Contains("text-", StringComparison.Ordinal)).SelectMany(d => d.Value.Descendants(CitationEditions.Xhtml + "a"))
            .Where(a => (string?)a.Attribute("class") == "citation").Select(a => (string)a.Attribute("href")!).ToList();
        Assert.Contains(Path.GetFileName(references) + "#ref-kafadar1995", links);
        Assert.All(links, href => Assert.Contains(href.Split('#')[1], ExpectedEntryIds));

        var colophon = documents.Single(d => d.Key.EndsWith("colophon.xhtml", StringComparison.Ordinal)).Value;
        Assert.Contains(colophon.Descendants(CitationEditions.Xhtml + "p"), p => p.Value.Contains("Chicago Manual of Style", StringComparison.Ordinal) && p.Value.Contains("CC BY-SA 3.0", StringComparison.Ordinal));

        EditionValidators.AssertEpubClean(epub);
    }
}
