using Publish.Model.Diagnostics;
using UglyToad.PdfPig;

namespace Publish.Engine.Tests.Tagging;

/// <summary>
/// The logical structure PDF/UA-1 asks of the print edition, read back from the built PDF: list labels as Lbl beside
/// LBody (§7.6), Link elements holding their text and their annotation (§7.18.5, ISO 32000-1 §14.7.4.3), note markers
/// as References to Notes with unique, IDTree-listed /IDs (§7.9, ISO 32000-1 §14.7.2), headings nested as in the
/// document (§7.4: the abstract is a section beside the body's sections, not their parent; no level skipped).
/// </summary>
public sealed class StructureTaggingTests
{
    private const string Manuscript = """
        ---
        title: Tagged Harbours
        author: Ada Lovelace
        lang: en
        abstract: A short account of the quays.
        ---

        The cranes stop at six, as [the harbour office](https://example.org/office) says.[^tide] Nobody hurries.

        ## The quay

        - First item
        - Second item with *emphasis*

        3. Third
        4. Fourth, noted.[^long]

        ### A deeper corner

        Read <https://example.org/a-very-long-address-that-wraps/and-goes-on> for more, or the tide tables.[^tide]

        [^tide]: The tide tables are published every spring.
        [^long]: A longer note.
        """;

    public static TheoryData<string> Manuscripts() => [.. Repo.AllManuscripts().Select(p => Path.GetRelativePath(Repo.Root, p))];

    [Fact]
    public void Each_list_item_is_a_label_then_a_body_and_the_label_is_the_bullet_or_number()
    {
        var root = Build();
        var items = root.Descendants().Where(e => e.Type == "LI").ToList();

        Assert.Equal(4, items.Count);
        Assert.All(items, item => Assert.Equal(["Lbl", "LBody"], item.Elements.Select(e => e.Type)));
        Assert.Equal(["•", "•", "3.", "4."], items.Select(i => i.Elements.First().Text.Trim()));
        Assert.Equal(["First item", "Second item with emphasis", "Third", "Fourth, noted.2"], items.Select(i => i.Elements.Last().Text.Trim()));
    }

    [Fact]
    public void Every_link_element_holds_its_text_and_its_annotation()
    {
        var root = Build();
        var links = root.Descendants().Where(e => e.Type == "Link").ToList();

        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            Assert.Contains(link.Kids, k => k.Annotation is not null);
            Assert.Contains(link.Kids, k => !string.IsNullOrWhiteSpace(k.MarkedText));
            Assert.All(link.Kids.Where(k => k.Annotation is not null), k =>
            {
                Assert.Equal("4", k.Annotation!["F"]);
                Assert.True(k.Annotation.ContainsKey("StructParent"));
                Assert.False(string.IsNullOrWhiteSpace(k.Annotation.GetValueOrDefault("Contents")));
            });
        }

        var office = Assert.Single(links, l => l.Kids.Any(k => k.Annotation?.GetValueOrDefault("Contents") == "https://example.org/office"));
        Assert.Equal("the harbour office", office.Text);

        // A URL set over two lines is one Link with its whole text and one annotation per line.
        var wrapped = Assert.Single(links, l => l.Text.StartsWith("https://example.org/a-very-long", StringComparison.Ordinal));
        Assert.Equal("https://example.org/a-very-long-address-that-wraps/and-goes-on", wrapped.Text.Replace("\u00AD", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Note_markers_are_references_holding_a_link_to_their_note_and_notes_have_unique_listed_ids()
    {
        var root = Build();
        var references = root.Descendants().Where(e => e.Type == "Reference").ToList();

        Assert.Equal(["1", "2", "1"], references.Select(r => r.Text));
        Assert.All(references, r =>
        {
            var link = Assert.Single(r.Elements);
            Assert.Equal("Link", link.Type);
            Assert.Equal("Note " + r.Text, Assert.Single(link.Kids, k => k.Annotation is not null).Annotation!["Contents"]);
        });

        var notes = root.Descendants().Where(e => e.Type == "Note").ToList();
        Assert.Equal(2, notes.Count);
        Assert.Equal(notes.Count, notes.Select(n => n.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(notes, n => Assert.False(string.IsNullOrEmpty(n.Id)));

        // The note's number is the link back to its marker.
        Assert.All(notes, n => Assert.Equal("Link", n.Elements.First().Type));
        Assert.Equal(["1.", "2."], notes.Select(n => n.Elements.First().Text.Trim()));
    }

    [Theory]
    [MemberData(nameof(Manuscripts))]
    public void The_IDTree_lists_every_id_once_sorted_and_resolves_it(string manuscript)
    {
        using var pdf = PdfDocument.Open(Editions.PdfOf(Path.Combine(Repo.Root, manuscript)));
        var tagged = TaggedPdf.Read(pdf);
        var ids = tagged.Root.Descendants().Where(e => e.Id is not null).Select(e => e.Id!).ToList();
        var tree = tagged.IdTree();

        Assert.Equal(ids.Order(StringComparer.Ordinal), tree.Select(e => e.Key));
        Assert.All(tree, e => Assert.Equal(e.Key, e.ElementId));
    }

    [Fact]
    public void The_abstract_is_a_section_beside_the_body_headings_not_their_parent()
    {
        var root = Build();

        var section = Assert.Single(root.Elements, e => e.Type == "Sect");
        Assert.Equal(["H2", "P"], section.Elements.Select(e => e.Type));
        Assert.Equal("Abstract", section.Elements.First().Text.Trim());
        Assert.DoesNotContain(section.Descendants().Skip(1), e => e.Text.Contains("The quay", StringComparison.Ordinal));

        var headings = root.Elements.Where(e => e.Type.StartsWith('H')).Select(e => (e.Type, e.Text.Trim())).ToList();
        Assert.Equal([("H1", "Tagged Harbours"), ("H2", "The quay"), ("H3", "A deeper corner")], headings);
    }

    /// <summary>
    /// Every test manuscript: headings are children of the document, a section or a quotation (never of a paragraph, a
    /// list or a note), the first is H1, and none is more than one level deeper than the heading before it
    /// (Matterhorn 14-003).
    /// </summary>
    [Theory]
    [MemberData(nameof(Manuscripts))]
    public void Headings_nest_as_in_the_document_and_skip_no_level(string manuscript)
    {
        using var pdf = PdfDocument.Open(Editions.PdfOf(Path.Combine(Repo.Root, manuscript)));
        var root = TaggedPdf.Read(pdf).Root;
        var levels = new List<int>();
        void Walk(TaggedNode node)
        {
            foreach (var child in node.Elements)
            {
                if (child.Type is ['H', >= '1' and <= '6'])
                {
                    Assert.True(node.Type is "Document" or "Sect" or "BlockQuote" or "LBody", $"{child.Type} '{child.Text}' is a child of {node.Type}");
                    levels.Add(child.Type[1] - '0');
                }

                Walk(child);
            }
        }

        Walk(root);
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"H{levels[i]} follows H{levels[i - 1]} in {manuscript}");
        }
    }

    /// <summary>Every test manuscript: each LI is an Lbl then an LBody, and every Link holds text and an annotation.</summary>
    [Theory]
    [MemberData(nameof(Manuscripts))]
    public void Lists_and_links_are_tagged_in_every_manuscript(string manuscript)
    {
        using var pdf = PdfDocument.Open(Editions.PdfOf(Path.Combine(Repo.Root, manuscript)));
        var root = TaggedPdf.Read(pdf).Root;

        Assert.All(root.Descendants().Where(e => e.Type == "LI"), item => Assert.Equal(["Lbl", "LBody"], item.Elements.Select(e => e.Type)));
        Assert.All(root.Descendants().Where(e => e.Type == "Link"), link =>
        {
            Assert.Contains(link.Kids, k => k.Annotation is not null);
            Assert.Contains(link.Kids, k => !string.IsNullOrWhiteSpace(k.MarkedText));
        });
    }

    private static TaggedNode Build()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("harbours/tagged.md", Manuscript);
        var diagnostics = new DiagnosticBag();
        var style = StyleResolver.Load(Repo.DefaultStyle, diagnostics)!;
        var result = Assert.Single(Publisher.Create(style).Build(new BuildRequest([path], scratch.File("out"), BuildDate: Editions.BuildDate)).Manuscripts);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var pdf = PdfDocument.Open(result.Outputs.Single(o => o.Format == EditionFormats.Pdf).Path);
        return TaggedPdf.Read(pdf).Root;
    }
}
