using System.Xml.Linq;
using Publish.Model;
using Publish.Model.Pages;

namespace Publish.Epub.Tests;

public sealed class PageListTests
{
    private static readonly XNamespace X = WrittenEpub.Xhtml;
    private static readonly XName EpubType = WrittenEpub.Ops + "type";

    [Fact]
    public void The_page_list_is_flat_in_reading_order_and_every_entry_reaches_a_pagebreak_marker()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(), TestDocuments.Pages(), folder);
        var nav = epub.Xml("EPUB/nav.xhtml").Descendants(X + "nav").Single(n => n.Attribute(EpubType)?.Value == "page-list");

        Assert.Equal("doc-pagelist", nav.Attribute("role")?.Value);
        Assert.Single(nav.Elements(X + "ol"));
        Assert.Empty(nav.Descendants(X + "ol").Skip(1));
        var links = nav.Descendants(X + "a").ToList();
        Assert.Equal(["1", "2", "3"], links.Select(a => a.Value));
        Assert.Equal(["text-002.xhtml#page-1", "text-002.xhtml#page-2", "bibliography.xhtml#page-3"], links.Select(a => a.Attribute("href")?.Value));
        foreach (var link in links)
        {
            var parts = link.Attribute("href")!.Value.Split('#');
            var marker = epub.Xml("EPUB/" + parts[0]).Descendants().Single(e => e.Attribute("id")?.Value == parts[1]);
            Assert.Equal(("span", "pagebreak", "doc-pagebreak", link.Value), (marker.Name.LocalName, marker.Attribute(EpubType)?.Value, marker.Attribute("role")?.Value, marker.Attribute("aria-label")?.Value));
        }
    }

    [Fact]
    public void A_page_starting_at_a_heading_is_marked_before_it_never_inside()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(), TestDocuments.Pages(), folder);
        var xhtml = epub.Xml("EPUB/text-002.xhtml");

        var marker = xhtml.Descendants(X + "span").Single(s => s.Attribute("id")?.Value == "page-1");
        Assert.Equal("h1", ((XElement)marker.NextNode!).Name.LocalName);
        Assert.DoesNotContain(epub.XhtmlDocuments.SelectMany(d => d.Document.Descendants()),
            e => e.Name.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" && e.Descendants().Any(d => d.Attribute(EpubType)?.Value == "pagebreak"));
    }

    [Fact]
    public void A_page_starting_inside_a_paragraph_is_marked_at_its_character_offset()
    {
        var folder = WrittenEpub.NewFolder();
        var document = TestDocuments.Sample(folder);
        using var epub = WrittenEpub.Of(document, TestDocuments.Options(), TestDocuments.Pages(), folder);
        var marker = epub.Xml("EPUB/text-002.xhtml").Descendants(X + "span").Single(s => s.Attribute("id")?.Value == "page-2");

        var before = string.Concat(marker.NodesBeforeSelf().Select(n => n is XElement e ? e.Value : ((XText)n).Value));
        var paragraph = PlainText.Of(((Publish.Model.Blocks.ParagraphBlock)document.Body[1]).Content);
        Assert.Equal(paragraph[..20], before);
        Assert.Equal(paragraph, marker.Parent!.Value);
    }

    [Fact]
    public void Offsets_count_note_markers_as_the_model_does()
    {
        var folder = WrittenEpub.NewFolder();
        var document = TestDocuments.Sample(folder);
        // "The events of the night were reported widely." is 45 characters, the marker "1" one more.
        var pages = new PrintPageMap([new PageStart("9", new ContentAnchor(ContentRegion.Body, 1, 46))]);
        using var epub = WrittenEpub.Of(document, TestDocuments.Options(), pages, folder);
        var marker = epub.Xml("EPUB/text-002.xhtml").Descendants(X + "span").Single(s => s.Attribute("id")?.Value == "page-9");

        var previous = Assert.IsType<XElement>(marker.PreviousNode);
        Assert.Equal("noteref", previous.Attribute(EpubType)?.Value);
        Assert.Equal(" Later accounts differ.", ((XText)marker.NextNode!).Value);
    }

    [Fact]
    public void Without_a_page_map_there_is_no_page_list_and_no_page_metadata()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(), PrintPageMap.Empty, folder);

        Assert.DoesNotContain(epub.Xml("EPUB/nav.xhtml").Descendants(X + "nav"), n => n.Attribute(EpubType)?.Value == "page-list");
        var opf = PackageTests.Opf(epub);
        Assert.DoesNotContain(opf.Descendants(WrittenEpub.Opf + "meta"), m => m.Value is "printPageNumbers" or "pageBreakMarkers");
        Assert.Empty(opf.Descendants(XName.Get("source", "http://purl.org/dc/elements/1.1/")));
    }

    [Fact]
    public void Page_anchors_outside_the_content_are_reported_and_not_listed()
    {
        var folder = WrittenEpub.NewFolder();
        var pages = new PrintPageMap([.. TestDocuments.Pages().Pages, new PageStart("99", new ContentAnchor(ContentRegion.Body, 500, 0))]);
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(), pages, folder);

        Assert.Contains(epub.Diagnostics, d => d.Code == EpubDiagnosticCodes.PageAnchorOutsideContent && d.Message.EndsWith(": 99.", StringComparison.Ordinal));
        Assert.DoesNotContain(epub.Xml("EPUB/nav.xhtml").Descendants(X + "a"), a => a.Value == "99");
    }

    [Fact]
    public void The_print_source_is_named_with_dc_source_and_source_of_and_optionally_pageBreakSource()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options() with { PageBreakSourceProperty = true }, TestDocuments.Pages(), folder);
        var opf = PackageTests.Opf(epub);

        var source = opf.Descendants(XName.Get("source", "http://purl.org/dc/elements/1.1/")).Single();
        Assert.Equal("https://example.org/commentary/12", source.Value);
        Assert.Contains(opf.Descendants(WrittenEpub.Opf + "meta"), m => m.Attribute("refines")?.Value == "#" + source.Attribute("id")?.Value && m.Attribute("property")?.Value == "source-of" && m.Value == "pagination");
        Assert.Contains(opf.Descendants(WrittenEpub.Opf + "meta"), m => m.Attribute("property")?.Value == "pageBreakSource" && m.Value == "https://example.org/commentary/12");
    }
}
