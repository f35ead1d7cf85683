using System.IO.Compression;
using System.Xml.Linq;
using Publish.Engine.Manifests;
using Publish.Manuscript.Markdown;
using Publish.Model.Diagnostics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Content;

namespace Publish.Engine.Tests.Books;

/// <summary>
/// Issue 20, item 4: a link from one article of a book to another part (<c>[the ports](../articles/black-sea-ports.txt)</c>,
/// <c>…/water-diplomacy.md#a-basin-without-a-treaty</c>) is, in the book's PDF, an internal link to the page where the
/// target article opens or its heading stands and, in its EPUB, a link to the target's file and id; a link the book
/// cannot resolve is warned about at the link and stays text; the manuscript alone keeps PUB1424 and its text.
/// </summary>
public sealed class BookLinkTests
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>The test book's links: the linked words, and the words that stand on the target's page as a title or heading.</summary>
    public static TheoryData<string, string> Links { get; } = new()
    {
        // The review (a Markdown article) links back to a legacy article's opening and to a Markdown article's heading;
        // the first article links forward to the third.
        { "ports", "PORTS OF THE EASTERN" },
        { "Caucasus", "A basin without a treaty" },
        { "Four", "Güney Kafkasya’da Enerji" },
    };

    [Theory]
    [MemberData(nameof(Links))]
    public void The_pdf_link_goes_to_the_page_of_the_target_article_or_heading(string linkedWord, string target)
    {
        using var pdf = PdfDocument.Open(TestBook.Pdf);
        var pages = pdf.GetPages().ToList();
        var (page, annotation) = pages
            .SelectMany(p => p.GetAnnotations().Where(a => a.Action is GoToAction).Select(a => (Page: p, Annotation: a)))
            .Single(x => WordsUnder(x.Page, x.Annotation.Rectangle).Contains(linkedWord));

        // The target's page: the first after the contents whose text sets it (later pages carry a title only as a running title).
        var contents = pages.First(p => p.GetWords().Any(w => w.Text is "Contents" or "CONTENTS")).Number;
        var expected = pages.First(p => p.Number > contents && Text(p).Contains(target, StringComparison.Ordinal)).Number;
        Assert.Equal(expected, ((GoToAction)annotation.Action!).Destination.PageNumber);
        Assert.NotEqual(expected, page.Number);
    }

    [Fact]
    public void The_books_pdf_with_its_links_still_meets_its_standards()
    {
        // A link annotation needs its text (/Contents) and a Link structure element (PDF/UA-1), whichever article it points into.
        var failures = Conformance.ConformanceChecker.Check(File.ReadAllBytes(TestBook.Pdf), Conformance.ConformanceEditions.Expected(PrintProfile.Default))
            .Where(f => !Conformance.KnownGaps.Clauses.ContainsKey(f.Clause)).ToList();

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
    }

    [Fact]
    public void The_epub_links_go_to_the_target_articles_file_and_to_the_headings_id()
    {
        using var epub = ZipFile.OpenRead(TestBook.Epub);
        var documents = epub.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal))
            .ToDictionary(e => Path.GetFileName(e.FullName), Load, StringComparer.Ordinal);
        var review = documents.Single(d => d.Value.Descendants(Xhtml + "p").Any(p => p.Value.StartsWith("Paul Sandler", StringComparison.Ordinal)));
        var links = review.Value.Descendants(Xhtml + "a").Where(a => (string?)a.Attribute("class") == "xref").ToDictionary(a => a.Value, a => (string)a.Attribute("href")!, StringComparer.Ordinal);

        // The legacy article's opening: its own file, which opens with its title.
        Assert.DoesNotContain('#', links["the ports"]);
        var opening = documents[links["the ports"]];
        Assert.StartsWith("PORTS OF THE EASTERN", opening.Descendants(Xhtml + "h1").First().Value.ToUpperInvariant().Trim(), StringComparison.Ordinal);

        // The heading: the file of another article, and the id its h2 carries there.
        var href = links["the Caucasus"].Split('#');
        Assert.NotEqual(review.Key, href[0]);
        var heading = documents[href[0]].Descendants().Single(e => (string?)e.Attribute("id") == href[1]);
        Assert.Equal((Xhtml + "h2", "A basin without a treaty"), (heading.Name, heading.Value.Trim()));
    }

    [Fact]
    public void A_link_the_book_cannot_resolve_is_warned_about_at_the_link_and_stays_text()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("one.md", """
            ---
            title: One
            ---

            See [the second](two.md#second-thoughts), [a missing heading](two.md#nowhere) and [a stranger](three.md).
            """);
        scratch.Write("two.md", "---\ntitle: Two\n---\n\nIntroduction.\n\n## Second thoughts\n\nText.\n");
        scratch.Write("three.md", "---\ntitle: Three\n---\n\nNot in the book.\n");
        var result = Build(scratch, """
            books:
              - name: pair
                title: A Pair
                alone: false
                parts: [one.md, two.md]
            """);

        var book = Assert.Single(result.Books);
        Assert.True(book.Succeeded, string.Join('\n', book.Diagnostics));
        var one = scratch.File("one.md");
        Assert.Equal(
            [(EngineDiagnosticCodes.BookLinkFragmentUnknown, 5, 43), (EngineDiagnosticCodes.BookLinkOutsideBook, 5, 83)],
            book.Diagnostics.Where(d => d.Span.File == one).Select(d => (d.Code, d.Span.Line, d.Span.Column)));
        Assert.DoesNotContain(book.Diagnostics, d => d.Code == MarkdownDiagnosticCodes.LinkToOtherManuscript);

        // One internal link (to the heading), none for the two that did not resolve.
        using var pdf = PdfDocument.Open(scratch.File("out/pair.pdf"));
        var links = pdf.GetPages().SelectMany(p => p.GetAnnotations().Where(a => a.Action is GoToAction).Select(a => WordsUnder(p, a.Rectangle))).ToList();
        Assert.Contains(links, words => words.SequenceEqual(["the", "second"]));
        Assert.DoesNotContain(links, words => words.Contains("missing") || words.Contains("stranger"));
    }

    [Fact]
    public void Alone_the_manuscript_keeps_its_warning_and_the_links_text()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("one.md", "---\ntitle: One\n---\n\nSee [the second](two.md).\n");
        scratch.Write("two.md", "---\ntitle: Two\n---\n\nText.\n");
        var result = Build(scratch, "manuscripts: [one.md]\n");

        var one = Assert.Single(result.Manuscripts);
        Assert.Contains(one.Diagnostics, d => d.Code == MarkdownDiagnosticCodes.LinkToOtherManuscript && d.Span.Line == 5);
        using var pdf = PdfDocument.Open(scratch.File("out/one.pdf"));
        Assert.DoesNotContain(pdf.GetPages().SelectMany(p => p.GetAnnotations().Where(a => a.Action is GoToAction).Select(a => WordsUnder(p, a.Rectangle))), words => words.Contains("second"));
        Assert.Contains("the second", Text(pdf.GetPage(1)), StringComparison.Ordinal);
    }

    private static BuildResult Build(ScratchFolder scratch, string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var manifest = BuildManifest.Load(scratch.Write("publish.yaml", yaml), diagnostics);
        Assert.True(manifest is not null, string.Join('\n', diagnostics.ToImmutableSorted()));
        var request = new BuildRequest(manifest.Manuscripts, scratch.File("out"), Formats: EditionFormats.Pdf, BuildDate: ReleaseArchive.BuildDate, Containment: manifest.Containment) { Books = manifest.Books };
        return ReleaseArchive.Publisher().Build(request);
    }

    private static List<string> WordsUnder(Page page, UglyToad.PdfPig.Core.PdfRectangle area) =>
        [.. page.GetWords()
            .Where(w => area.Left <= w.BoundingBox.Centroid.X && w.BoundingBox.Centroid.X <= area.Right && area.Bottom <= w.BoundingBox.Centroid.Y && w.BoundingBox.Centroid.Y <= area.Top)
            .Select(w => w.Text.TrimEnd('.', ',', ';', ':'))];

    private static string Text(Page page) => string.Join(' ', page.GetWords().Select(w => w.Text));

    private static XDocument Load(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }
}
