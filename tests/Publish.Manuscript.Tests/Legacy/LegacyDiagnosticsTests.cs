using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Tests.Legacy;

/// <summary>Every diagnostic the legacy reader reports, with its exact code, severity and line.</summary>
public sealed class LegacyDiagnosticsTests
{
    private static Diagnostic Only(DiagnosticBag diagnostics, string code) =>
        Assert.Single(diagnostics.ToImmutableSorted(), d => d.Code == code);

    [Fact]
    public void Reference_without_definition_is_an_error_at_the_marker()
    {
        var (document, diagnostics) = LegacyTestFiles.ReadString("Title\n\nA. Author\n\nFirst claim.[1] Second claim.[2]\n\n[1] Only the first is defined.\n");
        var error = Only(diagnostics, DiagnosticCodes.NoteReferenceWithoutDefinition);
        Assert.Equal((DiagnosticSeverity.Error, 5, 30), (error.Severity, error.Span.Line, error.Span.Column));
        Assert.Contains("[2]", error.Message, StringComparison.Ordinal);
        Assert.Single(document!.Notes);
        Assert.Equal("First claim.1 Second claim.[2]", PlainText.Of(document.Body));
    }

    [Fact]
    public void Definition_never_referenced_is_a_warning_and_left_out()
    {
        var (document, diagnostics) = LegacyTestFiles.ReadString("Title\n\nA. Author\n\nA claim.[1]\n\n[1] Used.\n\n[2] Unused.\n");
        var warning = Only(diagnostics, DiagnosticCodes.NoteDefinedButNeverReferenced);
        Assert.Equal((DiagnosticSeverity.Warning, 9), (warning.Severity, warning.Span.Line));
        Assert.Equal(["1"], document!.Notes.Select(n => n.Label).ToArray());
    }

    [Fact]
    public void Label_defined_twice_is_an_error_at_the_second_naming_the_first()
    {
        var (document, diagnostics) = LegacyTestFiles.ReadString("Title\n\nA. Author\n\nA claim.[1]\n\n[1] First.\n\n[1] Second.\n");
        var error = Only(diagnostics, DiagnosticCodes.NoteLabelDefinedTwice);
        Assert.Equal((DiagnosticSeverity.Error, 9), (error.Severity, error.Span.Line));
        Assert.Contains("line 7", error.Message, StringComparison.Ordinal);
        Assert.Equal("First.", PlainText.Of(Assert.Single(document!.Notes).Content));
    }

    [Fact]
    public void Note_referring_to_a_note_is_flattened_with_a_warning_and_never_loops()
    {
        var (document, diagnostics) = LegacyTestFiles.ReadString("Title\n\nA. Author\n\nA claim.[1] Another.[2]\n\n[1] See also note.[2]\n\n[2] Refers back.[1]\n");
        var warnings = diagnostics.ToImmutableSorted().Where(d => d.Code == DiagnosticCodes.NoteInsideNoteFlattened).ToList();
        Assert.Equal([7, 9], warnings.Select(w => w.Span.Line));
        Assert.All(warnings, w => Assert.Equal(DiagnosticSeverity.Warning, w.Severity));
        Assert.Equal("See also note.[2]", PlainText.Of(document!.Notes[0].Content));
        Assert.Empty(document.Notes.SelectMany(n => n.Content).OfType<ParagraphBlock>().SelectMany(p => p.Content).OfType<NoteReferenceInline>());
    }

    [Fact]
    public void Missing_photo_is_a_warning_at_the_caption()
    {
        var (document, diagnostics) = LegacyTestFiles.ReadString("Title\n\nA. Author\n\nBody.\n\nImage: A view\n");
        var warning = Only(diagnostics, DiagnosticCodes.ImageFileMissing);
        Assert.Equal((DiagnosticSeverity.Warning, 7), (warning.Severity, warning.Span.Line));
        Assert.Null(Assert.IsType<FigureBlock>(document!.Body[1]).Image);
    }

    [Fact]
    public void Second_photo_is_looked_up_with_its_number()
    {
        var folder = Directory.CreateTempSubdirectory("publish-legacy-").FullName;
        // Real (tiny) images: the reader checks an image file is complete before it becomes a figure.
        File.WriteAllBytes(Path.Combine(folder, "article.png"), Input.TestImageBytes.Png(2, 2));
        Directory.CreateDirectory(Path.Combine(folder, "images"));
        File.WriteAllBytes(Path.Combine(folder, "images", "article_2.webp"), Input.TestImageBytes.WebP(2, 2));
        var (document, diagnostics) = LegacyTestFiles.ReadString("Title\n\nA. Author\n\nPhoto: One\n\nphoto : Two\n\nFotoğraf: Three\n", folder);
        var figures = document!.Body.OfType<FigureBlock>().ToList();
        Assert.Equal(3, figures.Count);
        Assert.Equal(Path.Combine(folder, "article.png"), figures[0].Image?.Path);
        Assert.Equal(Path.Combine(folder, "images", "article_2.webp"), figures[1].Image?.Path);
        Assert.Null(figures[2].Image);
        Assert.Equal([("PUB1201", 9)], diagnostics.ToImmutableSorted().Select(d => (d.Code, d.Span.Line)));
    }

    [Fact]
    public void Photo_file_that_links_outside_the_folder_is_refused_with_an_error()
    {
        var folder = Directory.CreateTempSubdirectory("publish-legacy-").FullName;
        var elsewhere = Directory.CreateTempSubdirectory("publish-elsewhere-").FullName;
        var secret = Path.Combine(elsewhere, "secret.jpg");
        File.WriteAllBytes(secret, [0xFF, 0xD8, 0xFF]);
        File.CreateSymbolicLink(Path.Combine(folder, "article.jpg"), secret);
        var (document, diagnostics) = LegacyTestFiles.ReadString("Title\n\nA. Author\n\nPhoto: Linked away\n", folder);
        var error = Only(diagnostics, DiagnosticCodes.ImageOutsideManuscriptFolder);
        Assert.Equal((DiagnosticSeverity.Error, 5), (error.Severity, error.Span.Line));
        Assert.Null(Assert.IsType<FigureBlock>(document!.Body[0]).Image);
    }

    [Fact]
    public void Page_break_join_is_an_info_naming_both_lines()
    {
        var (document, diagnostics) = LegacyTestFiles.ReadString("Title\n\nA. Author\n\nIt was cut in\n\nthe middle, and\n\nagain here.\n\nNot cut.\n\nlower case after a full stop stays.\n\nNo closing punctuation\n\nBut an upper-case start stays too.\n");
        var joins = diagnostics.ToImmutableSorted().Where(d => d.Code == DiagnosticCodes.ParagraphJoinedAcrossPageBreak).ToList();
        Assert.Equal([7, 9], joins.Select(j => j.Span.Line));
        Assert.All(joins, j => Assert.Equal(DiagnosticSeverity.Info, j.Severity));
        Assert.Contains("line 5", joins[0].Message, StringComparison.Ordinal);
        Assert.Contains("line 7", joins[0].Message, StringComparison.Ordinal);
        Assert.Equal(
            ["It was cut in the middle, and again here.", "Not cut.", "lower case after a full stop stays.", "No closing punctuation", "But an upper-case start stays too."],
            PlainText.Paragraphs(document!.Body));
        Assert.Equal(5, document.Body[0].Span.Line);
    }

    [Fact]
    public void A_photo_caption_is_never_joined()
    {
        var (document, diagnostics) = LegacyTestFiles.ReadString("Title\n\nA. Author\n\nNo closing punctuation\n\nphoto: a lower-case caption\n\nimage: another\n\nlower case after a caption\n");
        Assert.Equal(2, document!.Body.OfType<FigureBlock>().Count());
        Assert.Equal(4, document.Body.Length);
        Assert.DoesNotContain(diagnostics.ToImmutableSorted(), d => d.Code == DiagnosticCodes.ParagraphJoinedAcrossPageBreak);
    }

    [Fact]
    public void Joined_paragraph_keeps_the_source_line_of_each_part()
    {
        var (document, _) = LegacyTestFiles.ReadString("Title\n\nA. Author\n\nIt was cut in\n\nthe middle.[1]\n\n[1] Note.\n");
        var marker = Assert.IsType<ParagraphBlock>(document!.Body[0]).Content.OfType<NoteReferenceInline>().Single();
        Assert.Equal((7, 12), (marker.Span.Line, marker.Span.Column));
    }

    [Fact]
    public void Empty_manuscript_has_no_title_and_no_document()
    {
        var (document, diagnostics) = LegacyTestFiles.ReadString("\n\n  \n");
        Assert.Null(document);
        var error = Only(diagnostics, DiagnosticCodes.TitleMissing);
        Assert.Equal((DiagnosticSeverity.Error, 0), (error.Severity, error.Span.Line));
    }

    [Fact]
    public void Empty_about_the_author_is_an_info_at_its_label()
    {
        var (document, diagnostics) = LegacyTestFiles.ReadString("Title\n\nA. Author\n\nBody.\n\nAbout the Author:\n");
        var info = Only(diagnostics, DiagnosticCodes.EmptyAboutAuthorDropped);
        Assert.Equal((DiagnosticSeverity.Info, 7), (info.Severity, info.Span.Line));
        Assert.Empty(document!.AboutAuthor);
        Assert.Equal("Body.", PlainText.Of(document.Body));
    }

    [Fact]
    public void Citation_without_anything_to_mine_is_a_warning_and_kept_as_text()
    {
        var (document, diagnostics) = LegacyTestFiles.ReadString("Title\n\nA. Author\n\nBody.\n\nTo cite this article: ask the author.\n");
        var warning = Only(diagnostics, DiagnosticCodes.CitationNotUnderstood);
        Assert.Equal((DiagnosticSeverity.Warning, 7), (warning.Severity, warning.Span.Line));
        Assert.Equal("ask the author.", PlainText.Of(document!.Citation));
        Assert.Null(document.Metadata.Publisher);
    }

    [Fact]
    public void Unusable_link_target_is_dropped_keeping_its_text()
    {
        var (document, diagnostics) = LegacyTestFiles.ReadString("Title\n\nA. Author\n\nSee <http://[broken> now.\n");
        var warning = Only(diagnostics, DiagnosticCodes.UnsafeLinkTargetDropped);
        Assert.Equal((DiagnosticSeverity.Warning, 5, 5), (warning.Severity, warning.Span.Line, warning.Span.Column));
        Assert.Empty(Assert.IsType<ParagraphBlock>(document!.Body[0]).Content.OfType<LinkInline>());
        Assert.Equal("See http://[broken now.", PlainText.Of(document.Body));
    }
}
