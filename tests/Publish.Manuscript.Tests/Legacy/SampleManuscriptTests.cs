using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Tests.Legacy;

/// <summary>The user's sample (manuscript/khojaly-massacre-23rd-anniversary.txt) against issue 2's "done when".</summary>
public sealed class SampleManuscriptTests
{
    private static readonly (Document? Document, DiagnosticBag Diagnostics) Read =
        LegacyTestFiles.ReadFile(LegacyTestFiles.Path("manuscript", "khojaly-massacre-23rd-anniversary.txt"));

    private static Document Document => Read.Document ?? throw new InvalidOperationException("no document");

    private static string BodyText => PlainText.Of(Document.Body, withNoteMarkers: false);

    [Fact]
    public void Title_is_metadata_once_as_written_and_not_in_the_body()
    {
        Assert.Equal("23rd ANNIVERSARY OF THE KHOJALY MASSACRE", Document.Metadata.Title);
        Assert.DoesNotContain("KHOJALY MASSACRE", BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void One_author()
    {
        Assert.Equal(["Cemre Dilay BOZTEPE"], Document.Metadata.Authors.ToArray());
        Assert.DoesNotContain("BOZTEPE", BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void One_figure_with_its_caption_and_no_image_and_a_warning_at_its_line()
    {
        var figure = Assert.Single(Document.Body.OfType<FigureBlock>());
        Assert.Same(Document.Body[0], figure);
        Assert.Equal("The Khojaly Massacre Memorial in The Hague, Netherlands", PlainText.Of(figure.Caption));
        Assert.Null(figure.Image);
        var warning = Assert.Single(Read.Diagnostics.ToImmutableSorted(), d => d.Code == DiagnosticCodes.ImageFileMissing);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(9, warning.Span.Line);
    }

    [Fact]
    public void Five_notes_each_referenced_once_in_order()
    {
        Assert.Equal([1, 2, 3, 4, 5], Document.Notes.Select(n => n.Number));
        var markers = Markers(Document.Body).ToList();
        Assert.Equal(5, markers.Count);
        for (var i = 0; i < 5; i++)
        {
            Assert.Same(Document.Notes[i], markers[i].Note);
        }

        Assert.Equal("İbid. pp. 191-192", PlainText.Of(Document.Notes[4].Content));
        Assert.Equal(49, Document.Notes[4].Span.Line);
        Assert.StartsWith("İHH (2014)", PlainText.Of(Document.Notes[0].Content), StringComparison.Ordinal);
    }

    [Fact]
    public void Note_markers_are_references_but_a_bracketed_word_is_not()
    {
        var quotation = PlainText.Of(Document.Body[6] is ParagraphBlock p ? p.Content : [], withNoteMarkers: false);
        Assert.Contains("break that [stereotype]. And that’s what happened.", quotation, StringComparison.Ordinal);
        Assert.DoesNotContain("^[", BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("[\\[", BodyText, StringComparison.Ordinal);
        Assert.Equal([3, 4], Markers([Document.Body[6]]).Select(m => m.Note.Number));
    }

    [Fact]
    public void Four_bibliography_entries_and_the_Koptas_entry_carries_its_url_as_written()
    {
        Assert.Equal(4, Document.Bibliography.Length);
        var koptas = Document.Bibliography[2];
        Assert.StartsWith("Koptaş, Robert (28.02.2013)", PlainText.Of(koptas.Content), StringComparison.Ordinal);
        var link = Assert.Single(koptas.Content.OfType<LinkInline>());
        Assert.Equal("http://www.agos.com.tr/tr/yazi/4434/rober-koptas-yazdi-hocali-sorumlulugu.", link.Target);
        Assert.All(Document.Bibliography.Where(e => e != koptas), e => Assert.Empty(e.Content.OfType<LinkInline>()));
    }

    [Fact]
    public void Eight_body_paragraphs_with_the_page_break_split_joined_and_reported()
    {
        var paragraphs = Document.Body.OfType<ParagraphBlock>().ToList();
        Assert.Equal(8, paragraphs.Count);
        Assert.Contains("the city of Shusha with an Azerbaijani majority and Kelbajar", PlainText.Of(paragraphs[3].Content), StringComparison.Ordinal);
        var join = Assert.Single(Read.Diagnostics.ToImmutableSorted(), d => d.Code == DiagnosticCodes.ParagraphJoinedAcrossPageBreak);
        Assert.Equal(DiagnosticSeverity.Info, join.Severity);
        Assert.Equal(19, join.Span.Line);
        Assert.Contains("line 17", join.Message, StringComparison.Ordinal);
        Assert.Contains("line 19", join.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Citation_is_kept_with_curly_quotes_and_mined_for_metadata()
    {
        var citation = PlainText.Of(Document.Citation);
        Assert.StartsWith("BOZTEPE, Cemre Dilay. 2026. “23rd ANNIVERSARY OF THE KHOJALY MASSACRE.” Center", citation, StringComparison.Ordinal);
        Assert.Equal("https://avimbulten.org/en/Yorum/23rd-ANNIVERSARY-OF-THE-KHOJALY-MASSACRE", Assert.Single(Document.Citation.OfType<LinkInline>()).Target);
        var m = Document.Metadata;
        Assert.Equal("Center For Eurasian Studies (AVİM)", m.Publisher);
        Assert.Equal("Commentary", m.Series);
        Assert.Equal("2015/26", m.Number);
        Assert.Equal("2015-03-04", m.Date);
        Assert.Equal("https://avimbulten.org/en/Yorum/23rd-ANNIVERSARY-OF-THE-KHOJALY-MASSACRE", m.Source);
        Assert.Equal("en", m.Language);
    }

    [Fact]
    public void Empty_about_the_author_is_dropped_with_an_info()
    {
        Assert.Empty(Document.AboutAuthor);
        Assert.DoesNotContain("About the Author", BodyText, StringComparison.Ordinal);
        var info = Assert.Single(Read.Diagnostics.ToImmutableSorted(), d => d.Code == DiagnosticCodes.EmptyAboutAuthorDropped);
        Assert.Equal(51, info.Span.Line);
    }

    [Fact]
    public void The_institution_block_is_the_footer_and_not_body_text()
    {
        var lines = Document.Institution?.Lines ?? [];
        Assert.Equal(
            [
                (InstitutionLineKind.Address, "Süleyman Nazif Sok. No: 12/B Daire 3-4 06550 Çankaya-ANKARA / TÜRKİYE", (string?)null),
                (InstitutionLineKind.Telephone, "Tel: +90 (312) 438 50 23-24 • Fax: +90 (312) 438 50 26", null),
                (InstitutionLineKind.Social, "@avimorgtr", null),
                (InstitutionLineKind.Social, "https://www.facebook.com/avrasyaincelemelerimerkezi", "https://www.facebook.com/avrasyaincelemelerimerkezi"),
                (InstitutionLineKind.Email, "E-Mail: info@avim.org.tr", "mailto:info@avim.org.tr"),
                (InstitutionLineKind.Web, "http://avim.org.tr", "http://avim.org.tr"),
                (InstitutionLineKind.Copyright, "© 2009-2025 Center for Eurasian Studies (AVİM) All Rights Reserved", null),
            ],
            lines.Select(l => (l.Kind, l.Text, l.Url)));
        Assert.Equal(57, lines[0].Span.Line);
        foreach (var fragment in new[] { "Süleyman", "Fax", "avimorgtr", "facebook", "info@avim", "avim.org.tr", "All Rights Reserved", "To cite" })
        {
            Assert.DoesNotContain(fragment, BodyText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Diagnostics_are_exactly_the_missing_photo_the_join_and_the_empty_about_the_author()
    {
        Assert.Equal(
            [("PUB1201", 9), ("PUB1301", 19), ("PUB1303", 51)],
            Read.Diagnostics.ToImmutableSorted().Select(d => (d.Code, d.Span.Line)));
        Assert.False(Read.Diagnostics.HasErrors);
    }

    internal static IEnumerable<NoteReferenceInline> Markers(IEnumerable<Block> blocks) =>
        blocks.SelectMany(b => b switch
        {
            ParagraphBlock p => p.Content,
            FigureBlock f => f.Caption,
            _ => [],
        }).SelectMany(Flatten).OfType<NoteReferenceInline>();

    private static IEnumerable<Inline> Flatten(Inline inline) => inline switch
    {
        StrongInline s => s.Children.SelectMany(Flatten),
        EmphasisInline e => e.Children.SelectMany(Flatten),
        LinkInline l => l.Children.SelectMany(Flatten),
        _ => [inline],
    };
}
