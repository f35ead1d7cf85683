using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Tests.Legacy;

/// <summary>The dialect's conventions one by one, on small manuscripts written inline.</summary>
public sealed class LegacyLayoutTests
{
    private static Document Read(string text) => LegacyTestFiles.ReadString(text).Document ?? throw new InvalidOperationException("no document");

    private static IEnumerable<LinkInline> Links(IEnumerable<Inline> inlines) => inlines.OfType<LinkInline>();

    [Fact]
    public void Repeated_title_is_dropped_ignoring_case_and_spaces_but_kept_in_the_body_further_down()
    {
        var document = Read("A Title Here\n\nJane DOE\n\nA  TITLE here\n\nBody.\n\nA Title Here\n");
        Assert.Equal("A Title Here", document.Metadata.Title);
        Assert.Equal(["Body.", "A Title Here"], PlainText.Paragraphs(document.Body));
    }

    [Fact]
    public void Without_a_byline_the_citation_gives_the_author()
    {
        var document = Read("Title\n\nThe body starts at once with a long sentence that is not a name, and ends with a full stop.\n\nTo cite this article: DOE, Jane Ann. 2026. \"Title.\" Some Institute, Brief No.2020 / 3. May 9. <https://example.org/t>\n");
        Assert.Equal(["Jane Ann DOE"], document.Metadata.Authors.ToArray());
        Assert.Single(document.Body);
        Assert.Equal(("Some Institute", "Brief", "2020/3", "2020-05-09"), (document.Metadata.Publisher, document.Metadata.Series, document.Metadata.Number, document.Metadata.Date));
    }

    [Theory]
    [InlineData("March 4, 2016. Accessed May 1, 2026.", "2016-03-04")]
    [InlineData("Accessed May 1, 2026.", "2015")]
    [InlineData("February 30. Accessed May 1, 2026.", "2015")]
    public void Publication_date_comes_after_the_number_and_never_from_accessed(string tail, string date)
    {
        var document = Read($"Title\n\nJ. Doe\n\nBody.\n\nTo cite this article: DOE, J. 2026. \"Title.\" Inst, Commentary No.2015 / 1. {tail} <https://example.org>\n");
        Assert.Equal(date, document.Metadata.Date);
    }

    [Fact]
    public void Marker_forms_and_what_is_not_a_marker()
    {
        var document = Read("Title\n\nJ. Doe\n\nOne.[\\[1\\]](#) Two^[2] three[^3] four.[4] spaced [5] word [five] and x [6].\n\n[1] a\n\n[2] b\n\n[3] c\n\n[4]d\n");
        var paragraph = Assert.IsType<ParagraphBlock>(document.Body[0]);
        Assert.Equal([1, 2, 3, 4], paragraph.Content.OfType<NoteReferenceInline>().Select(n => n.Note.Number));
        Assert.Equal("One. Two three four. spaced [5] word [five] and x [6].", PlainText.Of(paragraph.Content, withNoteMarkers: false));
        Assert.Equal("d", PlainText.Of(document.Notes[3].Content));
    }

    [Fact]
    public void Urls_become_links_with_clean_targets()
    {
        var document = Read("Title\n\nJ. Doe\n\nSee http://a.org/x. Or (see https://b.org/y) or < <http://c.org/z.>> or <https://d.org/w> or mail e@f.org.\n");
        var paragraph = Assert.IsType<ParagraphBlock>(document.Body[0]);
        Assert.Equal(["http://a.org/x", "https://b.org/y", "http://c.org/z.", "https://d.org/w", "mailto:e@f.org"], Links(paragraph.Content).Select(l => l.Target));
        Assert.Equal("See http://a.org/x. Or (see https://b.org/y) or http://c.org/z. or https://d.org/w or mail e@f.org.", PlainText.Of(paragraph.Content));
    }

    [Theory]
    [InlineData("Bibliography")]
    [InlineData("REFERENCES")]
    [InlineData("Kaynakça")]
    [InlineData("KAYNAKÇA :")]
    public void Bibliography_heading_variants_and_url_paragraphs_joining_the_entry_before(string heading)
    {
        var document = Read($"Title\n\nJ. Doe\n\nBody.[1]\n\n{heading}\n\nFirst, A. (2001): Book.\n\nhttp://example.org/book\n\nSecond, B. (2002): Article.\n\n[1] Note.\n");
        Assert.Equal(["Body."], PlainText.Paragraphs(document.Body, withNoteMarkers: false));
        Assert.Equal(2, document.Bibliography.Length);
        Assert.Equal("First, A. (2001): Book. http://example.org/book", PlainText.Of(document.Bibliography[0].Content));
        Assert.Equal("http://example.org/book", Assert.Single(Links(document.Bibliography[0].Content)).Target);
        Assert.Single(document.Notes);
    }

    [Fact]
    public void Notes_before_the_bibliography_and_under_a_notes_heading()
    {
        var document = Read("Title\n\nJ. Doe\n\nBody.[1]\n\nNotes\n\n[1] The note.\n\nsecond paragraph of the note\n\nReferences\n\nEntry.\n");
        Assert.Equal(["Body."], PlainText.Paragraphs(document.Body, withNoteMarkers: false));
        Assert.Equal(["The note.", "second paragraph of the note"], PlainText.Paragraphs(document.Notes[0].Content));
        Assert.Equal("Entry.", PlainText.Of(Assert.Single(document.Bibliography).Content));
    }

    [Fact]
    public void About_the_author_with_text_on_its_line_and_after_it()
    {
        var document = Read("Title\n\nJ. Doe\n\nBody.\n\nAbout the Author: J. Doe writes.\n\nShe lives in Ankara.\n\nTo cite this article: DOE, J. 2026. \"Title.\" Inst, Brief No.2001 / 2. <https://example.org>\n");
        Assert.Equal(["J. Doe writes.", "She lives in Ankara."], PlainText.Paragraphs(document.AboutAuthor));
        Assert.Equal(["Body."], PlainText.Paragraphs(document.Body));
    }

    [Fact]
    public void A_paragraph_wrapped_over_lines_is_one_paragraph()
    {
        var document = Read("Title\n\nJ. Doe\n\nOne line\n  and the next.\n");
        Assert.Equal(["One line and the next."], PlainText.Paragraphs(document.Body));
    }

    [Fact]
    public void Trailing_urls_alone_are_not_an_institution_block()
    {
        var document = Read("Title\n\nJ. Doe\n\nBody.\n\nBibliography\n\nEntry (2001).\n\n<http://example.org/entry>\n");
        Assert.Null(document.Institution);
        Assert.Equal("Entry (2001). http://example.org/entry", PlainText.Of(Assert.Single(document.Bibliography).Content));
    }

    [Fact]
    public void Institution_block_kinds_and_clean_text()
    {
        var document = Read("Title\n\nJ. Doe\n\nBody.\n\n1010 Vienna, Main Street 5\n\n**Tel:** +43 1 234 • **Fax:** +43 1 235\n\n@someinstitute\n\n< <https://twitter.com/someinstitute>>\n\nE-posta: office@example.at\n\nhttps://example.at\n\n© 2024 Some Institute\n");
        Assert.Equal(["Body."], PlainText.Paragraphs(document.Body));
        Assert.Equal(
            [
                (InstitutionLineKind.Address, "1010 Vienna, Main Street 5", (string?)null),
                (InstitutionLineKind.Telephone, "Tel: +43 1 234 • Fax: +43 1 235", null),
                (InstitutionLineKind.Social, "@someinstitute", null),
                (InstitutionLineKind.Social, "https://twitter.com/someinstitute", "https://twitter.com/someinstitute"),
                (InstitutionLineKind.Email, "E-posta: office@example.at", "mailto:office@example.at"),
                (InstitutionLineKind.Web, "https://example.at", "https://example.at"),
                (InstitutionLineKind.Copyright, "© 2024 Some Institute", null),
            ],
            document.Institution!.Lines.Select(l => (l.Kind, l.Text, l.Url)));
    }

    [Fact]
    public void A_sentence_with_a_year_before_the_block_is_not_an_address()
    {
        var document = Read("Title\n\nJ. Doe\n\nThe war ended in 1995\n\nTel: +1 555 0100\n");
        Assert.Equal(["The war ended in 1995"], PlainText.Paragraphs(document.Body));
        Assert.Equal([InstitutionLineKind.Telephone], document.Institution!.Lines.Select(l => l.Kind));
    }

    [Fact]
    public void Bold_remnants_in_the_body_are_strong()
    {
        var document = Read("Title\n\nJ. Doe\n\nA **bold** claim.\n");
        var strong = Assert.Single(Assert.IsType<ParagraphBlock>(document.Body[0]).Content.OfType<StrongInline>());
        Assert.Equal("bold", PlainText.Of(strong.Children));
    }

    [Fact]
    public void Clearly_turkish_text_is_tagged_tr()
    {
        var document = Read("Başlık\n\nAyşe KAYA\n\nBu makale bir çalışma olarak ve bir deneme olarak yazıldı. Bu konu için de bir özet gibi ve bu da bir örnek olan bir metin ile.\n");
        Assert.Equal("tr", document.Metadata.Language);
    }
}
