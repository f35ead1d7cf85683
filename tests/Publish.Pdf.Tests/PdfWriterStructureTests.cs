using System.Globalization;
using System.Text.RegularExpressions;
using Publish.Pdf.Tests.Support;
using Publish.Typesetting.Frames;

namespace Publish.Pdf.Tests;

/// <summary>The tagged PDF: structure tree, marked content, parent tree, artifacts — read back from the raw objects.</summary>
public sealed partial class PdfWriterStructureTests : IDisposable
{
    private const int Document = 0, Heading = 1, Paragraph = 2, MarkerLink = 3, Note = 4, BackLink = 5, Figure = 6, Caption = 7, Unused = 8;

    private readonly TestFont serif = new(RepositoryPaths.Font("NotoSerif-Regular.ttf"));
    private readonly TempFile jpeg = TempFile.With("photo.jpg", TestImages.Jpeg());

    public void Dispose()
    {
        serif.Dispose();
        jpeg.Dispose();
    }

    /// <summary>A heading, a paragraph running over two pages with a note, a figure with caption, a footer on each page.</summary>
    private PagedDocument Tagged()
    {
        System.Collections.Immutable.ImmutableArray<StructureElement> structure =
        [
            new(Document, null, StructureRole.Document),
            new(Heading, Document, StructureRole.Heading1),
            new(Paragraph, Document, StructureRole.Paragraph),
            new(MarkerLink, Paragraph, StructureRole.Link),
            new(Note, Document, StructureRole.Note),
            new(BackLink, Note, StructureRole.Link),
            new(Figure, Document, StructureRole.Figure, "A red square"),
            new(Caption, Document, StructureRole.Caption),
            new(Unused, Document, StructureRole.Paragraph),
        ];
        var page1 = Documents.Page(
            serif.Shape("Title", 20, 56, 90) with { StructureId = Heading },
            serif.Shape("Body text with a note.1", 11, 56, 130) with { StructureId = Paragraph },
            serif.Shape("Second line", 11, 56, 144) with { StructureId = Paragraph },
            new DestinationItem("fnref1", 180, 120),
            new LinkItem(180, 120, 6, 12, null, "fn1") { StructureId = MarkerLink, Description = "Note 1" },
            new ImageItem(jpeg.Path, 56, 160, 100, 75, "A red square") { StructureId = Figure },
            serif.Shape("Figure 1. A square.", 9, 56, 250) with { StructureId = Caption },
            new RuleItem(56, 500, 160, 500, 0.5, RgbColor.Black),
            serif.Shape("1. The note.", 9, 56, 515) with { StructureId = Note },
            new DestinationItem("fn1", 56, 506),
            new LinkItem(56, 506, 8, 10, null, "fnref1") { StructureId = BackLink },
            serif.Shape("Institute · 1 / 2", 8, 56, 570));
        var page2 = Documents.Page(
            serif.Shape("continues here.", 11, 56, 90) with { StructureId = Paragraph },
            serif.Shape("Institute · 2 / 2", 8, 56, 570));
        return Documents.Of(page1, page2) with { Structure = structure };
    }

    [Fact]
    public void The_catalog_declares_a_tagged_document_with_its_structure_tree()
    {
        var pdf = new RawPdf(new PdfWriter().WriteToArray(Tagged()));
        var catalog = pdf.Dictionary(pdf.Catalog);

        Assert.Contains("/MarkInfo << /Marked true >>", catalog, StringComparison.Ordinal);
        Assert.Contains("/Lang (tr-TR)", catalog, StringComparison.Ordinal);
        var root = pdf.Dictionary(RawPdf.Reference(catalog, "/StructTreeRoot"));
        Assert.Contains("/Type /StructTreeRoot", root, StringComparison.Ordinal);
        Assert.Contains("/ParentTreeNextKey 4", root, StringComparison.Ordinal); // 2 pages + 2 link annotations
    }

    [Fact]
    public void The_structure_tree_holds_the_roles_in_reading_order_and_leaves_out_empty_elements()
    {
        var pdf = new RawPdf(new PdfWriter().WriteToArray(Tagged()));
        var root = pdf.Dictionary(RawPdf.Reference(pdf.Dictionary(pdf.Catalog), "/StructTreeRoot"));
        var outline = new List<string>();
        void Walk(int id, int depth)
        {
            var element = pdf.Dictionary(id);
            outline.Add(new string(' ', depth) + TypeOf(element));
            foreach (var kid in RawPdf.References(Kids(element)).Where(k => pdf.Dictionary(k).Contains("/Type /StructElem", StringComparison.Ordinal)))
            {
                Walk(kid, depth + 1);
            }
        }

        Walk(RawPdf.References(root[root.IndexOf("/K [", StringComparison.Ordinal)..]).First(), 0);

        Assert.Equal(["Document", " H1", " P", "  Link", " Note", "  Link", " Figure", " Caption"], outline);
    }

    [Fact]
    public void Every_marked_content_sequence_maps_back_to_its_element_through_the_parent_tree()
    {
        var pdf = new RawPdf(new PdfWriter().WriteToArray(Tagged()));
        var root = pdf.Dictionary(RawPdf.Reference(pdf.Dictionary(pdf.Catalog), "/StructTreeRoot"));
        var nums = pdf.Dictionary(RawPdf.Reference(root, "/ParentTree"));
        var checkedSequences = 0;
        for (var pageIndex = 0; pageIndex < pdf.Pages.Count; pageIndex++)
        {
            var pageId = pdf.Pages[pageIndex];
            var page = pdf.Dictionary(pageId);
            var key = int.Parse(Regex.Match(page, @"/StructParents (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.Equal(pageIndex, key);
            var array = Regex.Match(nums, $@"(?:^|[\[ ]){key} \[([^\]]*)\]").Groups[1].Value;
            var parents = RawPdf.References(array).ToList();
            var sequences = MarkedContent().Matches(pdf.StreamText(RawPdf.Reference(page, "/Contents"))).ToList();

            Assert.Equal(sequences.Count, parents.Count);
            foreach (var sequence in sequences)
            {
                var mcid = int.Parse(sequence.Groups[2].Value, CultureInfo.InvariantCulture);
                var element = pdf.Dictionary(parents[mcid]);
                Assert.Equal(sequence.Groups[1].Value, TypeOf(element));
                Assert.Contains($"/Pg {pageId} 0 R /MCID {mcid} >>", element, StringComparison.Ordinal);
                checkedSequences++;
            }
        }

        // Page 1: H1, P, Figure, Caption, Note; page 2: P. The paragraph's two lines share one sequence.
        Assert.Equal(6, checkedSequences);
    }

    [Fact]
    public void Footer_and_rules_are_artifacts_and_no_content_is_left_untagged()
    {
        var pdf = new RawPdf(new PdfWriter().WriteToArray(Tagged()));
        var stream = pdf.StreamText(RawPdf.Reference(pdf.Dictionary(pdf.Pages[0]), "/Contents"));

        var depth = 0;
        foreach (var line in stream.Split('\n'))
        {
            if (line.EndsWith(" BDC", StringComparison.Ordinal) || line.EndsWith("BMC", StringComparison.Ordinal))
            {
                Assert.Equal(0, depth);
                depth++;
            }
            else if (line == "EMC")
            {
                depth--;
            }
            else if (line.Length > 0)
            {
                Assert.True(depth == 1, $"untagged content: {line}");
            }
        }

        Assert.Equal(0, depth);
        var artifacts = stream.Split("/Artifact BMC\n").Skip(1).Select(chunk => chunk[..chunk.IndexOf("EMC", StringComparison.Ordinal)]).ToList();
        Assert.Contains(artifacts, a => a.Contains(" l S Q", StringComparison.Ordinal));
        Assert.Contains(artifacts, a => a.Contains("TJ", StringComparison.Ordinal));
    }

    [Fact]
    public void Links_belong_to_link_elements_and_tagged_pages_tab_in_structure_order()
    {
        var pdf = new RawPdf(new PdfWriter().WriteToArray(Tagged()));
        var page = pdf.Dictionary(pdf.Pages[0]);
        Assert.Contains("/Tabs /S", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/Tabs", pdf.Dictionary(pdf.Pages[1]), StringComparison.Ordinal);

        var annotations = RawPdf.References(page[page.IndexOf("/Annots", StringComparison.Ordinal)..]).ToList();
        Assert.Equal(2, annotations.Count);
        var links = pdf.ObjectIds.Select(pdf.Dictionary).Where(d => d.Contains("/S /Link", StringComparison.Ordinal)).ToList();
        foreach (var annotation in annotations)
        {
            Assert.Matches(@"/StructParent \d+", pdf.Dictionary(annotation));
            Assert.Single(links, l => l.Contains($"/Obj {annotation} 0 R", StringComparison.Ordinal));
        }

        Assert.Contains("/Contents (Note 1)", pdf.Dictionary(annotations[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_carry_their_alternative_text_and_notes_an_id()
    {
        var pdf = new RawPdf(new PdfWriter().WriteToArray(Tagged()));
        var elements = pdf.ObjectIds.Select(pdf.Dictionary).Where(d => d.Contains("/Type /StructElem", StringComparison.Ordinal)).ToList();

        Assert.Contains("/Alt (A red square)", Assert.Single(elements, e => TypeOf(e) == "Figure"), StringComparison.Ordinal);
        Assert.Matches(@"/ID \(note-\d+\)", Assert.Single(elements, e => TypeOf(e) == "Note"));
    }

    [Fact]
    public void Without_a_structure_the_document_is_not_tagged()
    {
        var untagged = Tagged() with { Structure = [] };
        var pdf = new RawPdf(new PdfWriter().WriteToArray(untagged));

        Assert.DoesNotContain("/MarkInfo", pdf.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/StructTreeRoot", pdf.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("BDC", pdf.StreamText(RawPdf.Reference(pdf.Dictionary(pdf.Pages[0]), "/Contents")), StringComparison.Ordinal);
    }

    [Fact]
    public void Content_naming_an_undefined_element_is_refused()
    {
        var broken = Tagged() with { Structure = [new StructureElement(0, null, StructureRole.Document)] };

        Assert.Contains("structure element 1", Assert.Throws<ArgumentException>(() => new PdfWriter().WriteToArray(broken)).Message, StringComparison.Ordinal);
    }

    [ToolFact("qpdf")]
    public void Qpdf_finds_no_errors_in_the_tagged_file()
    {
        var bytes = new PdfWriter().WriteToArray(Tagged());
        Samples.KeepWhenAsked("tagged-sample.pdf", bytes);
        using var file = TempFile.With("tagged.pdf", bytes);

        var (exitCode, output) = ExternalTool.Run("qpdf", "--check", file.Path);
        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("WARNING", output, StringComparison.Ordinal);
    }

    [ToolFact("pdfinfo")]
    public void Poppler_reports_the_file_as_tagged()
    {
        using var file = TempFile.With("tagged.pdf", new PdfWriter().WriteToArray(Tagged()));

        var (exitCode, output) = ExternalTool.Run("pdfinfo", file.Path);
        Assert.True(exitCode == 0, output);
        Assert.Matches(@"Tagged:\s+yes", output);
    }

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

    [GeneratedRegex(@"/(\w+) <</MCID (\d+)>> BDC")]
    private static partial Regex MarkedContent();
}
