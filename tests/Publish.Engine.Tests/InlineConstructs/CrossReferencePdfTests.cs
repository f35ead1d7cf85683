using System.Collections.Immutable;
using Publish.Model.Blocks;
using Publish.Model.Inlines;
using Publish.Typesetting.Frames;
using UglyToad.PdfPig;
using static Publish.Engine.Tests.InlineConstructs.InlinePdf;

namespace Publish.Engine.Tests.InlineConstructs;

/// <summary>
/// Cross-references in the PDF: a link annotation to the target's named destination, the label printed for a reference
/// without text of its own, and "on p. N" with the page the figure or table is really printed on, only where that is
/// another page than the reference's.
/// </summary>
public sealed class CrossReferencePdfTests
{
    private static ParagraphBlock Filler(int line) => Paragraph(line, Text(string.Join(' ', Enumerable.Repeat("Words that fill the page so the figure lands further on.", 12)), line));

    private static CrossReferenceInline Reference(string id, CrossReferenceKind kind, int number, int line, string text = "") =>
        new(id, kind, [], Span(line, 10)) { Number = number, TargetText = text };

    private static int PageOfDestination(PagedDocument document, string name) =>
        document.Pages.Select((page, i) => (page, i)).Single(p => p.page.Items.OfType<DestinationItem>().Any(d => d.Name == name)).i;

    [Fact]
    public void A_reference_to_a_figure_pages_away_names_its_page_and_links_to_it()
    {
        var body = ImmutableArray.CreateBuilder<Block>();
        body.Add(new HeadingBlock(1, [Text("Method", 2)], Span(2)) { Id = "method" });
        body.Add(Paragraph(3, Text("As the map shows (see ", 3), Reference("fig:map", CrossReferenceKind.Figure, 1, 3), Text("), and as ", 3),
            Reference("method", CrossReferenceKind.Section, 0, 3, "Method"), Text(" says.", 3)));
        for (var i = 0; i < 14; i++)
        {
            body.Add(Filler(10 + i));
        }

        body.Add(new FigureBlock([Text("The map", 40)], null, Span(40)) { Id = "fig:map", Number = 1 });
        body.Add(Paragraph(41, Text("Here, next to it, ", 41), Reference("fig:map", CrossReferenceKind.Figure, 1, 41), Text(" needs no page.", 41)));
        using var pdf = Of([.. body]);

        var document = pdf.Print.Document;
        var figurePage = PageOfDestination(document, "ref-fig:map");
        Assert.True(figurePage >= 2, $"the filler should push the figure past page 2, it is on page {figurePage + 1}");
        var label = document.Pages[figurePage].Label;

        using var read = PdfDocument.Open(pdf.Path);
        // The label's no-break spaces share the space's glyph, so the text layer gives plain spaces.
        var first = read.GetPage(1).Text.Replace('\u00A0', ' ');
        Assert.Contains($"see Figure 1 on p. {label})", first[..300], StringComparison.Ordinal);
        Assert.Contains("as Method says", first, StringComparison.Ordinal);
        var near = (read.GetPage(figurePage + 1).Text + (figurePage + 2 <= read.NumberOfPages ? read.GetPage(figurePage + 2).Text : "")).Replace('\u00A0', ' ');
        Assert.Contains("next to it, Figure 1 needs no page", near, StringComparison.Ordinal);

        // Both references on page 1 are link annotations to named destinations: the figure's, the heading's.
        var links = document.Pages[0].Items.OfType<LinkItem>().Where(l => l.Reference is not null).ToList();
        Assert.Equal(["ref-fig:map", "ref-method"], links.Select(l => l.Destination).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(0, PageOfDestination(document, "ref-method"));
        Assert.Equal(figurePage, PageOfDestination(document, "ref-fig:map"));
        var bytes = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf.Path));
        Assert.Contains("(ref-fig:map)", bytes, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_to_a_span_with_an_id_links_to_the_place_the_span_begins()
    {
        var body = ImmutableArray.CreateBuilder<Block>();
        body.Add(Paragraph(1, Text("Go to ", 1), new CrossReferenceInline("quote", CrossReferenceKind.Span, [Text("the quotation", 1, 8)], Span(1, 7)), Text(".", 1)));
        for (var i = 0; i < 8; i++)
        {
            body.Add(Filler(10 + i));
        }

        body.Add(Paragraph(30, Text("He said ", 30), new SpanInline([Text("these very words", 30, 10)], Span(30, 9)) { Id = "quote" }, Text(" once.", 30)));
        using var pdf = Of([.. body]);

        var document = pdf.Print.Document;
        var target = document.Pages.SelectMany(p => p.Items).OfType<DestinationItem>().Single(d => d.Name == "ref-quote");
        var page = document.Pages.Single(p => p.Items.Contains(target));
        var run = page.Items.OfType<GlyphRun>().First(r => r.Text.Contains("these", StringComparison.Ordinal));
        Assert.InRange(run.Baseline - target.Y, 5, 15);
        Assert.InRange(target.X - (run.X + run.Glyphs.First(g => g.Text == "t").X), -0.5, 0.5);
        Assert.Contains(document.Pages[0].Items.OfType<LinkItem>(), l => l.Destination == "ref-quote");
        Assert.DoesNotContain("on p.", string.Concat(document.Pages[0].Items.OfType<GlyphRun>().Select(r => r.Text)), StringComparison.Ordinal);
    }
}
