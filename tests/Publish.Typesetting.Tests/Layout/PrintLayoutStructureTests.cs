using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;
using Publish.Styles;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Layout;

namespace Publish.Typesetting.Tests.Layout;

/// <summary>
/// The print layout with the shipped house style: structure roles on every frame item, the footer as an
/// artifact, and the press profile's bleed, marks and resolution check.
/// </summary>
public sealed class PrintLayoutStructureTests
{
    private static readonly HouseStyle Style = HouseStyleLoader.LoadDefault(RepositoryPaths.Root).Style
        ?? throw new InvalidOperationException("The default style does not load.");

    private static readonly DateTimeOffset Date = new(2024, 1, 2, 0, 0, 0, TimeSpan.Zero);

    private static SourceSpan Span(int line) => new("book.md", line, 1);

    /// <summary>The reader's facts about a photo that is not on disk: the layout reads no image file.</summary>
    private static ImageSource Photo(int width, int height, string alt) =>
        new("/nonexistent/publish-layout/photo.png", alt) { Facts = new ImageFacts(ImageFormat.Png, width, height) };

    private static Document Book(int photoWidthPixels = 400)
    {
        var note = new Note(1, "1", [new ParagraphBlock([new TextInline("A note.", Span(9))], Span(9))], Span(9));
        return new Document
        {
            SourcePath = "book.md",
            Dialect = ManuscriptDialect.Markdown,
            Metadata = new Metadata { Title = "A Book", Authors = ["A. Author"], Language = "en" },
            Body =
            [
                new HeadingBlock(1, [new TextInline("First part", Span(2))], Span(2)),
                new ParagraphBlock([new TextInline("Text with a note.", Span(3)), new NoteReferenceInline(note, Span(3))], Span(3)),
                new FigureBlock([new TextInline("A harbour at dawn", Span(5))], Photo(photoWidthPixels, photoWidthPixels * 3 / 4, "Cranes against the sky"), Span(5)),
                new BlockQuoteBlock([new ParagraphBlock([new TextInline("Quoted words.", Span(7))], Span(7))], Span(7)),
            ],
            Notes = [note],
            Institution = new Institution([new InstitutionLine(InstitutionLineKind.Address, "1 Main Street, Ankara", null, Span(11))]),
        };
    }

    private static PrintEdition Lay(Document document, PrintTarget profile, DiagnosticBag? diagnostics = null) =>
        new PrintLayout(Style, profile).Layout(document, Date, "test", diagnostics ?? new DiagnosticBag());

    private static StructureRole RoleOf(PagedDocument document, int? id) => document.Structure.Single(e => e.Id == id).Role;

    private static string TextOf(PagedDocument document, StructureRole role) =>
        string.Concat(document.Pages.SelectMany(p => p.Items).OfType<GlyphRun>().Where(r => r.StructureId is { } id && RoleOf(document, id) == role).Select(r => r.Text));

    [Fact]
    public void Every_block_gets_its_role_and_the_tree_starts_at_one_document_root()
    {
        var document = Lay(Book(), PrintTarget.Default).Document;

        var root = Assert.Single(document.Structure, e => e.ParentId is null);
        Assert.Equal(StructureRole.Document, root.Role);
        Assert.All(document.Structure.Where(e => e.ParentId is not null), e => Assert.True(e.ParentId < e.Id, "a parent is listed before its child"));
        Assert.Equal("A Book", TextOf(document, StructureRole.Heading1).TrimEnd());
        Assert.Equal("First part", TextOf(document, StructureRole.Heading2).TrimEnd());
        Assert.Contains("Text with a note.", TextOf(document, StructureRole.Paragraph), StringComparison.Ordinal);
        Assert.Equal("A harbour at dawn", TextOf(document, StructureRole.Caption));
        Assert.Contains("A note.", TextOf(document, StructureRole.Note), StringComparison.Ordinal);

        var quote = Assert.Single(document.Structure, e => e.Role == StructureRole.BlockQuote);
        var quoted = document.Pages.SelectMany(p => p.Items).OfType<GlyphRun>().First(r => r.Text.Contains("Quoted", StringComparison.Ordinal));
        Assert.Equal(quote.Id, document.Structure.Single(e => e.Id == quoted.StructureId).ParentId);
    }

    [Fact]
    public void Text_read_from_the_structure_keeps_the_word_space_at_each_line_break()
    {
        var words = string.Join(' ', Enumerable.Repeat("the cat sat on a mat", 30));
        var book = Book() with { Body = [new ParagraphBlock([new TextInline(words, Span(2))], Span(2))], Notes = [] };
        var document = Lay(book, PrintTarget.Default).Document;

        var lines = document.Pages.SelectMany(p => p.Items).OfType<GlyphRun>().Count(r => r.StructureId is { } id && RoleOf(document, id) == StructureRole.Paragraph);
        Assert.True(lines > 3, "the paragraph runs over several lines");
        // The author line is a paragraph too; each line's end became a space.
        Assert.Equal("A. Author " + words, TextOf(document, StructureRole.Paragraph).TrimEnd());
    }

    [Fact]
    public void The_figure_carries_the_authors_description_and_the_caption_is_its_sibling()
    {
        var document = Lay(Book(), PrintTarget.Default).Document;

        var image = Assert.Single(document.Pages.SelectMany(p => p.Items).OfType<ImageItem>());
        var figure = document.Structure.Single(e => e.Id == image.StructureId);
        Assert.Equal(StructureRole.Figure, figure.Role);
        Assert.Equal("Cranes against the sky", figure.AltText);
        Assert.Equal(figure.ParentId, document.Structure.Single(e => e.Role == StructureRole.Caption).ParentId);
    }

    [Fact]
    public void The_footer_and_the_note_rule_are_artifacts_and_every_link_has_a_link_element()
    {
        var edition = Lay(Book(), PrintTarget.Default);
        var items = edition.Document.Pages.SelectMany(p => p.Items).ToList();

        // The footer lies below the text area (whose bottom the style's margin sets, or higher).
        var textBottom = Style.Page.TrimHeight - Style.Page.Margins.Bottom;
        var footerRuns = items.OfType<GlyphRun>().Where(r => r.Baseline > textBottom).ToList();
        Assert.NotEmpty(footerRuns);
        Assert.All(footerRuns, r => Assert.Null(r.StructureId));
        Assert.All(items.OfType<GlyphRun>().Where(r => !footerRuns.Contains(r)), r => Assert.NotNull(r.StructureId));

        var links = items.OfType<LinkItem>().ToList();
        Assert.Equal(2, links.Count); // marker → note, note → marker
        Assert.All(links, l => Assert.Equal(StructureRole.Link, RoleOf(edition.Document, l.StructureId)));
        Assert.Contains(links, l => l.Description == "Note 1");
    }

    [Fact]
    public void The_default_profile_has_no_bleed_and_no_marks()
    {
        var diagnostics = new DiagnosticBag();
        var document = Lay(Book(photoWidthPixels: 400), PrintTarget.Default, diagnostics).Document;

        Assert.All(document.Pages, p => Assert.Equal(0, p.Bleed));
        Assert.False(document.Marks.CropMarks);
        Assert.DoesNotContain(diagnostics.ToImmutableSorted(), d => d.Code == FlowDiagnosticCodes.LowResolutionImage);
    }

    [Fact]
    public void The_press_profile_adds_3_mm_bleed_crop_marks_and_warns_about_a_low_resolution_photo()
    {
        var diagnostics = new DiagnosticBag();
        var document = Lay(Book(photoWidthPixels: 400), PrintTarget.Press, diagnostics).Document;

        Assert.All(document.Pages, p => Assert.Equal(3 * 72 / 25.4, p.Bleed, precision: 6));
        Assert.True(document.Marks.CropMarks);
        var warning = Assert.Single(diagnostics.ToImmutableSorted(), d => d.Code == FlowDiagnosticCodes.LowResolutionImage);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(Span(5), warning.Span);
        Assert.Contains("photo.png", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_photo_with_enough_pixels_for_300_dpi_passes_the_press_check()
    {
        // The photo is set at most the text width wide: 300 dpi over it needs TextWidth / 72 × 300 pixels.
        var enough = (int)Math.Ceiling(Style.Page.TextWidth / 72 * 300) + 1;
        var diagnostics = new DiagnosticBag();
        Lay(Book(photoWidthPixels: enough), PrintTarget.Press, diagnostics);

        Assert.DoesNotContain(diagnostics.ToImmutableSorted(), d => d.Code == FlowDiagnosticCodes.LowResolutionImage);
    }
}
