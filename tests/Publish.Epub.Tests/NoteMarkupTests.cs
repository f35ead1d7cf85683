using System.Xml.Linq;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Pages;

namespace Publish.Epub.Tests;

public sealed class NoteMarkupTests
{
    private static readonly XNamespace X = WrittenEpub.Xhtml;
    private static readonly XName EpubType = WrittenEpub.Ops + "type";

    [Theory]
    [InlineData(NotePlacement.SectionEnd)]
    [InlineData(NotePlacement.AfterParagraph)]
    public void Every_marker_links_to_an_aside_in_its_own_file_that_links_back(NotePlacement placement)
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(placement), PrintPageMap.Empty, folder);
        var text = epub.Xml("EPUB/text-002.xhtml");

        var markers = text.Descendants(X + "a").Where(a => a.Attribute(EpubType)?.Value == "noteref").ToList();
        Assert.Equal(["fnref1", "fnref2", "fnref2-2", "fnref1-2"], markers.Select(m => m.Attribute("id")?.Value));
        Assert.Equal(["#fn1", "#fn2", "#fn2", "#fn1"], markers.Select(m => m.Attribute("href")?.Value));
        Assert.Equal(["1", "2", "2", "1"], markers.Select(m => m.Value));
        Assert.All(markers, m => Assert.Equal("doc-noteref", m.Attribute("role")?.Value));
        Assert.All(markers, m => Assert.Empty(m.Elements()));

        var asides = text.Descendants(X + "aside").ToList();
        Assert.Equal(["fn1", "fn2"], asides.Select(a => a.Attribute("id")?.Value));
        foreach (var aside in asides)
        {
            var number = aside.Attribute("id")!.Value[2..];
            Assert.Equal("footnote", aside.Attribute(EpubType)?.Value);
            Assert.Equal("doc-footnote", aside.Attribute("role")?.Value);
            var backlink = aside.Elements(X + "p").First().Elements().First();
            Assert.Equal("a", backlink.Name.LocalName);
            Assert.Equal("#fnref" + number, backlink.Attribute("href")?.Value);
            Assert.Equal("doc-backlink", backlink.Attribute("role")?.Value);
            Assert.Equal(number, backlink.Value);
        }

        Assert.StartsWith("1. Ibid., pp. 191–192", asides[0].Value, StringComparison.Ordinal);
        Assert.DoesNotContain(text.Descendants(), e => e.Name.LocalName is "li" or "section" && e.Attribute("role")?.Value == "doc-footnote");
    }

    [Fact]
    public void At_section_end_the_notes_close_the_file_in_a_footnotes_section_without_role()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(NotePlacement.SectionEnd), PrintPageMap.Empty, folder);
        var body = epub.Xml("EPUB/text-002.xhtml").Descendants(X + "body").Single();

        var last = body.Elements().Last();
        Assert.Equal("footnotes", last.Attribute(EpubType)?.Value);
        Assert.Null(last.Attribute("role"));
        Assert.Equal(2, last.Elements(X + "aside").Count());
    }

    [Fact]
    public void After_paragraph_each_note_follows_the_block_that_first_references_it()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(NotePlacement.AfterParagraph), PrintPageMap.Empty, folder);
        var section = epub.Xml("EPUB/text-002.xhtml").Descendants(X + "section").First();

        foreach (var aside in section.Elements(X + "aside"))
        {
            var previous = (XElement)aside.PreviousNode!;
            var reference = "#" + aside.Attribute("id")!.Value;
            Assert.Contains(previous.DescendantsAndSelf(X + "a"), a => a.Attribute("href")?.Value == reference);
        }

        Assert.Equal(2, section.Elements(X + "aside").Count());
        Assert.DoesNotContain(section.Parent!.Elements(), e => e.Attribute(EpubType)?.Value == "footnotes");
    }

    [Fact]
    public void A_note_referenced_from_two_files_is_repeated_in_each_so_both_markers_pop_up()
    {
        var folder = WrittenEpub.NewFolder();
        var note = new Note(1, "1", [TestDocuments.Para("Shared note text here.")], TestDocuments.Here);
        var document = TestDocuments.Sample(folder) with
        {
            FrontMatter = [],
            Body =
            [
                new HeadingBlock(1, [TestDocuments.Text("One")], TestDocuments.Here),
                new ParagraphBlock([TestDocuments.Text("First"), TestDocuments.Ref(note)], TestDocuments.Here),
                new HeadingBlock(1, [TestDocuments.Text("Two")], TestDocuments.Here),
                new ParagraphBlock([TestDocuments.Text("Second"), TestDocuments.Ref(note)], TestDocuments.Here),
            ],
            Notes = [note],
        };
        using var epub = WrittenEpub.Of(document, TestDocuments.Options(), PrintPageMap.Empty, folder);

        // Each file has its own copy of the note, with ids unique in the whole book and links kept inside the file.
        foreach (var (file, suffix) in new[] { ("EPUB/text-001.xhtml", ""), ("EPUB/text-002.xhtml", "-2") })
        {
            var xhtml = epub.Xml(file);
            var marker = xhtml.Descendants(X + "a").Single(a => a.Attribute(EpubType)?.Value == "noteref");
            var aside = xhtml.Descendants(X + "aside").Single();
            Assert.Equal(("fnref1" + suffix, "#fn1" + suffix), (marker.Attribute("id")?.Value, marker.Attribute("href")?.Value));
            Assert.Equal("fn1" + suffix, aside.Attribute("id")?.Value);
            Assert.Equal("#fnref1" + suffix, aside.Descendants(X + "a").First().Attribute("href")?.Value);
        }
    }

    [Fact]
    public void Numbering_is_the_models_note_number_not_the_order_in_the_file()
    {
        var folder = WrittenEpub.NewFolder();
        var seven = new Note(7, "smith", [TestDocuments.Para("Seventh note of the print edition.")], TestDocuments.Here);
        var document = TestDocuments.Sample(folder) with
        {
            FrontMatter = [],
            Body = [new ParagraphBlock([TestDocuments.Text("Text"), TestDocuments.Ref(seven)], TestDocuments.Here)],
            Notes = [seven],
        };
        using var epub = WrittenEpub.Of(document, TestDocuments.Options(), PrintPageMap.Empty, folder);
        var xhtml = epub.Xml("EPUB/text-001.xhtml");

        var marker = xhtml.Descendants(X + "a").Single(a => a.Attribute(EpubType)?.Value == "noteref");
        Assert.Equal(("7", "#fn7"), (marker.Value, marker.Attribute("href")?.Value));
        Assert.Equal("fn7", xhtml.Descendants(X + "aside").Single().Attribute("id")?.Value);
    }
}
