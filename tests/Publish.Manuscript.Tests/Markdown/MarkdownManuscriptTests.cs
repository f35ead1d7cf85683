using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Tests.Markdown;

/// <summary>The test manuscripts read into their expected models (dumps checked by eye, kept beside each manuscript).</summary>
public sealed class MarkdownManuscriptTests
{
    [Theory]
    [InlineData("full-features")]
    [InlineData("turkish-kaynakca")]
    [InlineData("german-references")]
    [InlineData("french-edge-cases")]
    [InlineData("tables")]
    [InlineData("definitions-and-divs")]
    [InlineData("inline-formats")]
    [InlineData("cross-references")]
    [InlineData("structured-notes")]
    [InlineData("nested-definitions")]
    [InlineData("example-lists")]
    public void Manuscript_reads_into_its_expected_model(string name)
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadFile(MarkdownTestFiles.PathOf(name + ".md"));

        Assert.NotNull(document);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToImmutableSorted()));
        var expected = File.ReadAllText(MarkdownTestFiles.PathOf(name + ".expected")).Replace("{folder}", MarkdownTestFiles.ManuscriptFolder, StringComparison.Ordinal);
        Assert.Equal(expected, StructuralDump.Of(document));
    }

    [Fact]
    public void A_note_referenced_twice_is_one_note_behind_two_markers()
    {
        var (document, _) = MarkdownTestFiles.ReadFile(MarkdownTestFiles.PathOf("full-features.md"));

        var markers = NoteMarkers(document!.Body).Where(marker => marker.Note.Label == "tide").ToList();
        Assert.Equal(2, markers.Count);
        Assert.Same(markers[0].Note, markers[1].Note);
        Assert.Same(document.Notes[0], markers[0].Note);
        Assert.Equal(["tide", "long"], document.Notes.Select(note => note.Label));
    }

    [Fact]
    public void Nodes_carry_their_source_lines_and_columns()
    {
        var path = MarkdownTestFiles.PathOf("full-features.md");
        var lines = File.ReadAllLines(path);
        int LineOf(string start) => Array.FindIndex(lines, line => line.StartsWith(start, StringComparison.Ordinal)) + 1;
        var (document, _) = MarkdownTestFiles.ReadFile(path);

        var heading = document!.Body.OfType<HeadingBlock>().Single();
        Assert.Equal(new SourceSpan(path, LineOf("## Working the quay"), 1), heading.Span);
        var figure = document.Body.OfType<FigureBlock>().Single();
        Assert.Equal(LineOf("![The harbour"), figure.Span.Line);
        var list = document.Body.OfType<ListBlock>().Single(l => l.Ordered);
        Assert.Equal(LineOf("4. Fourth"), list.Items[1].Span.Line);
        var tide = document.Notes.Single(note => note.Label == "tide");
        Assert.Equal(new SourceSpan(path, LineOf("[^tide]:"), 1), tide.Span);
        var marker = NoteMarkers(document.Body).First();
        var markerLine = LineOf("Nobody hurries.");
        Assert.Equal(new SourceSpan(path, markerLine, lines[markerLine - 1].IndexOf("[^tide]", StringComparison.Ordinal) + 1), marker.Span);
        var emphasis = ((ParagraphBlock)document.Body[0]).Content.OfType<EmphasisInline>().Single();
        Assert.Equal(lines[markerLine - 1].IndexOf("*the sea*", StringComparison.Ordinal) + 1, emphasis.Span.Column);
    }

    [Fact]
    public void A_figure_with_its_image_present_resolves_the_file_and_keeps_title_as_alt_text()
    {
        var (document, _) = MarkdownTestFiles.ReadFile(MarkdownTestFiles.PathOf("full-features.md"));

        var figure = document!.Body.OfType<FigureBlock>().Single();
        Assert.NotNull(figure.Image);
        Assert.True(File.Exists(figure.Image.Path));
        Assert.Equal(Path.Combine(MarkdownTestFiles.ManuscriptFolder, "images", "harbour.png"), figure.Image.Path);
        Assert.Equal("Red cranes against the evening sky", figure.Image.AltText);
        Assert.Equal("The harbour at dusk, seen from the quay", PlainText.Of(figure.Caption));
    }

    [Fact]
    public void The_missing_image_of_the_turkish_manuscript_is_a_warning_at_its_line()
    {
        var path = MarkdownTestFiles.PathOf("turkish-kaynakca.md");
        var line = Array.FindIndex(File.ReadAllLines(path), l => l.StartsWith("![", StringComparison.Ordinal)) + 1;
        var (document, diagnostics) = MarkdownTestFiles.ReadFile(path);

        var warning = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal((DiagnosticCodes.ImageFileMissing, DiagnosticSeverity.Warning, line), (warning.Code, warning.Severity, warning.Span.Line));
        Assert.Null(document!.Body.OfType<FigureBlock>().Single().Image);
    }

    private static IEnumerable<NoteReferenceInline> NoteMarkers(IEnumerable<Block> blocks) =>
        blocks.SelectMany(block => block switch
        {
            ParagraphBlock p => Markers(p.Content),
            BlockQuoteBlock q => NoteMarkers(q.Children),
            ListBlock l => l.Items.SelectMany(item => NoteMarkers(item.Children)),
            HeadingBlock h => Markers(h.Content),
            _ => [],
        });

    private static IEnumerable<NoteReferenceInline> Markers(IEnumerable<Inline> inlines) =>
        inlines.SelectMany(inline => inline switch
        {
            NoteReferenceInline n => [n],
            EmphasisInline e => Markers(e.Children),
            StrongInline s => Markers(s.Children),
            LinkInline l => Markers(l.Children),
            _ => Enumerable.Empty<NoteReferenceInline>(),
        });
}
