using System.Text.RegularExpressions;
using Publish.Pdf.Tests.Support;
using Publish.Typesetting.Frames;

namespace Publish.Pdf.Tests;

/// <summary>
/// Inline structure and the IDTree, read back from the raw objects: a Link element holds its text's marked content and
/// its annotation, in mid-paragraph between the words around it (ISO 32000-1 §14.7.4.3, PDF/UA-1 §7.18.5); every /ID
/// is listed in the StructTreeRoot's IDTree (§14.7.2, Table 322).
/// </summary>
public sealed partial class PdfWriterInlineStructureTests : IDisposable
{
    private const int Document = 0, Paragraph = 1, Reference = 2, MarkerLink = 3, TextLink = 4, Note = 5;

    private readonly TestFont serif = new(RepositoryPaths.Font("NotoSerif-Regular.ttf"));

    public void Dispose() => serif.Dispose();

    /// <summary>"See the office1 today." with "the office" a link and "1" a note marker; the link's element comes after the marker's, as the layout creates them lazily.</summary>
    private PagedDocument Linked(int notes = 1)
    {
        System.Collections.Immutable.ImmutableArray<StructureElement> structure =
        [
            new(Document, null, StructureRole.Document),
            new(Paragraph, Document, StructureRole.Paragraph),
            new(Reference, Paragraph, StructureRole.Reference),
            new(MarkerLink, Reference, StructureRole.Link),
            new(TextLink, Paragraph, StructureRole.Link),
            .. Enumerable.Range(0, notes).Select(i => new StructureElement(Note + i, Document, StructureRole.Note)),
        ];
        FrameItem[] items =
        [
            serif.Shape("See ", 11, 56, 130) with { StructureId = Paragraph },
            serif.Shape("the office", 11, 80, 130) with { StructureId = TextLink },
            new LinkItem(80, 120, 50, 12, "https://example.org/", null) { StructureId = TextLink, Description = "https://example.org/" },
            serif.Shape("1", 7, 130, 126) with { StructureId = MarkerLink },
            new DestinationItem("fnref1", 130, 120),
            new LinkItem(130, 120, 4, 12, null, "fn1") { StructureId = MarkerLink, Description = "Note 1" },
            serif.Shape(" today.", 11, 134, 130) with { StructureId = Paragraph },
            new DestinationItem("fn1", 56, 500),
            .. Enumerable.Range(0, notes).Select(i => serif.Shape("A note.", 9, 56, 500 + (i % 20)) with { StructureId = Note + i }),
        ];
        return Documents.Of(Documents.Page(items)) with { Structure = structure };
    }

    [Fact]
    public void A_paragraph_reads_its_text_and_its_links_in_content_order()
    {
        var pdf = new RawPdf(new PdfWriter().WriteToArray(Linked()));
        var paragraph = Element(pdf, "P");

        // Kids: "See " (MCR), the Link of "the office", the Reference of the marker, " today." (MCR).
        var kids = KidList().Matches(Kids(paragraph)).Select(m => m.Groups["mcr"].Success ? "MCR" : TypeOf(pdf.Dictionary(int.Parse(m.Groups["ref"].Value, System.Globalization.CultureInfo.InvariantCulture)))).ToList();
        Assert.Equal(["MCR", "Link", "Reference", "MCR"], kids);
    }

    [Fact]
    public void Every_link_element_holds_its_text_and_its_annotation()
    {
        var pdf = new RawPdf(new PdfWriter().WriteToArray(Linked()));
        var links = pdf.ObjectIds.Select(pdf.Dictionary).Where(d => TypeOf(d) == "Link").ToList();

        Assert.Equal(2, links.Count);
        foreach (var link in links)
        {
            Assert.Matches(@"/Type /MCR /Pg \d+ 0 R /MCID \d+", Kids(link));
            var annotation = int.Parse(Regex.Match(Kids(link), @"/Type /OBJR /Pg \d+ 0 R /Obj (\d+) 0 R").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var annot = pdf.Dictionary(annotation);
            Assert.Contains("/F 4", annot, StringComparison.Ordinal);
            Assert.Matches(@"/StructParent \d+", annot);
            Assert.Matches(@"/Contents \(", annot);
        }

        Assert.Equal("Reference", TypeOf(pdf.Dictionary(RawPdf.Reference(links.Single(l => l.Contains("/MCID 2 ", StringComparison.Ordinal)), "/P"))));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(300)]
    public void The_IDTree_lists_every_id_sorted_and_resolves_it_to_its_element(int notes)
    {
        var pdf = new RawPdf(new PdfWriter().WriteToArray(Linked(notes)));
        var root = pdf.Dictionary(RawPdf.Reference(pdf.Dictionary(pdf.Catalog), "/StructTreeRoot"));
        var tree = pdf.Dictionary(RawPdf.Reference(root, "/IDTree"));
        var leaves = tree.Contains("/Kids", StringComparison.Ordinal) ? RawPdf.References(tree[tree.IndexOf("/Kids", StringComparison.Ordinal)..]).Select(pdf.Dictionary).ToList() : [tree];
        var entries = new List<(string Key, int Element)>();
        foreach (var leaf in leaves)
        {
            var pairs = NamePair().Matches(leaf).Select(m => (m.Groups[1].Value, int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
            if (leaves.Count > 1)
            {
                Assert.Contains($"/Limits [({pairs[0].Item1}) ({pairs[^1].Item1})]", leaf, StringComparison.Ordinal);
            }

            entries.AddRange(pairs);
        }

        var ids = pdf.ObjectIds.Select(pdf.Dictionary).Where(d => d.Contains("/Type /StructElem", StringComparison.Ordinal) && d.Contains("/ID (", StringComparison.Ordinal)).ToList();
        Assert.Equal(notes, ids.Count);
        Assert.Equal(notes, entries.Count);
        Assert.Equal(entries.Select(e => e.Key).Order(StringComparer.Ordinal), entries.Select(e => e.Key));
        Assert.Equal(entries.Count, entries.Select(e => e.Key).Distinct(StringComparer.Ordinal).Count());
        foreach (var (key, element) in entries)
        {
            var dictionary = pdf.Dictionary(element);
            Assert.Equal("Note", TypeOf(dictionary));
            Assert.Contains($"/ID ({key})", dictionary, StringComparison.Ordinal);
        }
    }

    [ToolFact("qpdf")]
    public void Qpdf_finds_no_errors_in_a_file_with_a_split_IDTree()
    {
        using var file = TempFile.With("ids.pdf", new PdfWriter().WriteToArray(Linked(300)));

        var (exitCode, output) = ExternalTool.Run("qpdf", "--check", file.Path);
        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("WARNING", output, StringComparison.Ordinal);
    }

    private static string Element(RawPdf pdf, string type) => pdf.ObjectIds.Select(pdf.Dictionary).Single(d => d.Contains("/Type /StructElem", StringComparison.Ordinal) && TypeOf(d) == type);

    private static string TypeOf(string element) => Regex.Match(element, @"/S /(\w+)").Groups[1].Value;

    private static string Kids(string element)
    {
        var start = element.IndexOf("/K [", StringComparison.Ordinal) + 4;
        var depth = 1;
        var i = start;
        for (; i < element.Length && depth > 0; i++)
        {
            depth += element[i] switch { '[' => 1, ']' => -1, _ => 0 };
        }

        return element[start..(i - 1)];
    }

    [GeneratedRegex(@"(?<mcr><< /Type /MCR [^>]*>>)|(?<!/Pg |/Obj )(?<ref>\d+) 0 R")]
    private static partial Regex KidList();

    [GeneratedRegex(@"\((note-\d+)\) (\d+) 0 R")]
    private static partial Regex NamePair();
}
