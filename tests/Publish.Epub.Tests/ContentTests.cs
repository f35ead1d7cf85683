using System.Collections.Immutable;
using System.Xml.Linq;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Inlines;
using Publish.Model.Pages;

namespace Publish.Epub.Tests;

public sealed class ContentTests
{
    private static readonly XNamespace X = WrittenEpub.Xhtml;
    private static readonly XName EpubType = WrittenEpub.Ops + "type";

    [Fact]
    public void The_title_page_shows_title_subtitle_author_series_number_date_and_publisher()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(), PrintPageMap.Empty, folder);
        var section = epub.Xml("EPUB/title.xhtml").Descendants(X + "section").Single();

        Assert.Equal("titlepage", section.Attribute(EpubType)?.Value);
        Assert.Equal(
            ["The Khojaly Massacre: 23rd Anniversary", "A Commentary", "Hazel Çakır", "Commentary, 12", "2015-02-24", "Center for Eurasian Studies"],
            section.Elements().Select(e => e.Value));
    }

    [Fact]
    public void Bibliography_citation_and_institution_lines_are_written_with_safe_links()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(), PrintPageMap.Empty, folder);

        var bibliography = epub.Xml("EPUB/bibliography.xhtml").Descendants(X + "section").Single();
        Assert.Equal(("bibliography", "doc-bibliography"), (bibliography.Attribute(EpubType)?.Value, bibliography.Attribute("role")?.Value));
        Assert.Equal(2, bibliography.Descendants(X + "li").Count());
        Assert.Equal("http://example.org/doe", bibliography.Descendants(X + "a").Single().Attribute("href")?.Value);

        var colophon = epub.Xml("EPUB/colophon.xhtml");
        Assert.StartsWith("Hazel Çakır, “The Khojaly Massacre”", colophon.Descendants(X + "p").First(p => p.Attribute("class")?.Value == "citation").Value, StringComparison.Ordinal);
        var lines = colophon.Descendants(X + "div").Single(d => d.Attribute("class")?.Value == "institution").Elements(X + "p").ToList();
        Assert.Equal(TestDocuments.Institution().Lines.Select(l => l.Text), lines.Select(p => p.Value));
        Assert.Equal(["mailto:info@example.org", "https://www.example.org"], lines.SelectMany(p => p.Elements(X + "a")).Select(a => a.Attribute("href")?.Value));
        Assert.Contains(PackageTests.Opf(epub).Descendants(XName.Get("rights", "http://purl.org/dc/elements/1.1/")), r => r.Value.StartsWith("© 2015", StringComparison.Ordinal));
    }

    [Fact]
    public void The_fallback_institution_is_used_only_when_the_document_has_none()
    {
        var folder = WrittenEpub.NewFolder();
        var fallback = new Institution([new InstitutionLine(InstitutionLineKind.Web, "fallback.example", "https://fallback.example", TestDocuments.Here)]);
        var options = TestDocuments.Options() with { FallbackInstitution = fallback };
        using var own = WrittenEpub.Of(TestDocuments.Sample(folder), options, PrintPageMap.Empty, folder);
        using var none = WrittenEpub.Of(TestDocuments.Sample(folder) with { Institution = null }, options, PrintPageMap.Empty, WrittenEpub.NewFolder());

        Assert.DoesNotContain("fallback.example", own.Xml("EPUB/colophon.xhtml").Root!.Value, StringComparison.Ordinal);
        Assert.Equal("https://fallback.example", none.Xml("EPUB/colophon.xhtml").Descendants(X + "a").Single().Attribute("href")?.Value);
    }

    [Fact]
    public void Unsafe_link_targets_are_dropped_with_a_warning_and_their_text_kept()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(), PrintPageMap.Empty, folder);
        var text = epub.Xml("EPUB/text-002.xhtml");

        Assert.DoesNotContain(text.Descendants(X + "a"), a => a.Attribute("href")!.Value.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(text.Descendants(X + "p"), p => p.Value.EndsWith(" and this.", StringComparison.Ordinal));
        Assert.Equal("https://example.org/a?b=1&c=2", text.Descendants(X + "a").Single(a => a.Value == "the report").Attribute("href")?.Value);
        Assert.Contains(epub.Diagnostics, d => d.Code == EpubDiagnosticCodes.UnsafeLinkDropped);
    }

    [Fact]
    public void Quotes_lists_and_headings_keep_their_structure_and_the_toc_nests_by_level()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(), PrintPageMap.Empty, folder);
        var text = epub.Xml("EPUB/text-002.xhtml");

        Assert.Equal("A quoted passage.", text.Descendants(X + "blockquote").Single().Value);
        var list = text.Descendants(X + "ol").Single();
        Assert.Equal(("3", 2), (list.Attribute("start")?.Value, list.Elements(X + "li").Count()));
        var toc = epub.Xml("EPUB/nav.xhtml").Descendants(X + "nav").Single(n => n.Attribute(EpubType)?.Value == "toc");
        var background = toc.Descendants(X + "li").Single(li => li.Element(X + "a")?.Value == "Background");
        var heading = text.Descendants().Single(e => e.Name.LocalName is "h1" or "h2" or "h3" && e.Value == "Background");
        Assert.Equal("text-002.xhtml#" + heading.Attribute("id")?.Value, background.Element(X + "a")?.Attribute("href")?.Value);
        Assert.Equal("Sources", background.Element(X + "ol")?.Element(X + "li")?.Element(X + "a")?.Value);
    }

    [Fact]
    public void Long_text_is_split_into_several_documents_at_block_boundaries()
    {
        var folder = WrittenEpub.NewFolder();
        var paragraph = string.Join(" ", Enumerable.Repeat("A sentence of ordinary length for the test.", 25));
        var document = TestDocuments.Sample(folder) with { FrontMatter = [], Body = [.. Enumerable.Range(0, 10).Select(_ => (Block)TestDocuments.Para(paragraph))] };
        using var epub = WrittenEpub.Of(document, TestDocuments.Options() with { MaxCharactersPerDocument = 3000 }, PrintPageMap.Empty, folder);

        var texts = epub.Entries.Where(e => e.StartsWith("EPUB/text-", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, texts.Count);
        Assert.Equal(10, texts.Sum(t => epub.Xml(t).Descendants(X + "p").Count()));
    }

    [Fact]
    public void A_bibliography_placed_in_the_text_counts_toward_a_files_length()
    {
        // Two short paragraphs around a long placed bibliography: the text after it opens a file of its own, as it would
        // after a long paragraph (the bibliography's stand-in block holds no text; its entries do).
        var folder = WrittenEpub.NewFolder();
        var entry = string.Join(" ", Enumerable.Repeat("Author, A. A Title of Some Length. Press, 1990.", 8));
        var entries = Enumerable.Range(0, 10).Select(i => new BibliographyEntry([new TextInline(entry, SourceSpan.WholeFile("t.md"))], SourceSpan.WholeFile("t.md"))).ToImmutableArray();
        var document = TestDocuments.Sample(folder) with
        {
            FrontMatter = [],
            Body = [TestDocuments.Para("Before the references."), TestDocuments.Para("After the references.")],
            Bibliography = entries,
            BibliographyIndex = 1,
        };
        using var epub = WrittenEpub.Of(document, TestDocuments.Options() with { MaxCharactersPerDocument = 3000 }, PrintPageMap.Empty, folder);

        var texts = epub.Entries.Where(e => e.StartsWith("EPUB/text-", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, texts.Count);
        Assert.Contains("After the references.", epub.Xml(texts[1]).Root!.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("After the references.", epub.Xml(texts[0]).Root!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_in_text_do_not_break_the_xml()
    {
        var folder = WrittenEpub.NewFolder();
        var document = TestDocuments.Sample(folder) with { Body = [TestDocuments.Para("Bell\u0007 and <tag> & \"quotes\"")] };
        using var epub = WrittenEpub.Of(document, TestDocuments.Options(), PrintPageMap.Empty, folder);

        Assert.Equal("Bell and <tag> & \"quotes\"", epub.Xml("EPUB/text-001.xhtml").Descendants(X + "p").Last().Value);
    }

    [Theory]
    [InlineData(NotePlacement.SectionEnd)]
    [InlineData(NotePlacement.AfterParagraph)]
    public void Ids_are_unique_across_all_documents_of_the_book(NotePlacement placement)
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(placement) with { MaxCharactersPerDocument = 200 }, TestDocuments.Pages(), folder);

        var ids = epub.XhtmlDocuments.SelectMany(d => d.Document.Descendants().Select(e => e.Attribute("id")?.Value)).OfType<string>().ToList();
        Assert.True(epub.XhtmlEntries.Count(e => e.Contains("text-", StringComparison.Ordinal)) > 1);
        Assert.Contains("h2", ids);
        Assert.Empty(ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
    }
}
