using Publish.Manuscript.Export;
using Publish.Manuscript.Markdown;
using Publish.Manuscript.Tests.Markdown;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Tests.Citing;

/// <summary>Citations read from Markdown and resolved with inline <c>references</c> and the shipped Chicago notes style.</summary>
public sealed class CitationReadingTests
{
    private const string References = """
        references:
        - id: doe99
          type: book
          author: [{family: Doe, given: Jane}]
          title: A Book of Things
          publisher: Press
          issued: {date-parts: [[1999]]}
        - id: roe05
          type: book
          author: [{family: Roe, given: Richard}]
          title: Another Book
          publisher: Press
          issued: {date-parts: [[2005]]}
        - id: poe10
          type: book
          author: [{family: Poe, given: Edgar}]
          title: Never Cited
          publisher: Press
          issued: {date-parts: [[2010]]}
        """;

    private static (Document Document, DiagnosticBag Diagnostics) Read(string body, string extra = "")
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadString("---\ntitle: T\n" + References + "\n" + extra + "---\n\n" + body);
        return (document!, diagnostics);
    }

    private static ParagraphBlock FirstParagraph(Document document) => document.Body.OfType<ParagraphBlock>().First();

    [Fact]
    public void A_citation_becomes_a_note_numbered_with_the_authors_notes_and_its_mark_follows_the_punctuation()
    {
        var (document, diagnostics) = Read("One[^a] claim [see @doe99, p. 33]. Two.^[Inline.]\n\n[^a]: The note.\n");

        Assert.DoesNotContain(diagnostics.ToImmutableSorted(), d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal([1, 2, 3], document.Notes.Select(n => n.Number));
        Assert.Equal("The note.", PlainText.Of(document.Notes[0].Content));
        Assert.Equal("See Jane Doe, A Book of Things (Press, 1999), 33.", PlainText.Of(document.Notes[1].Content));
        var content = FirstParagraph(document).Content;
        Assert.Equal("One claim. Two.", string.Concat(content.OfType<TextInline>().Select(t => t.Text)));
        var marks = content.OfType<NoteReferenceInline>().Select(m => m.Note.Number).ToList();
        Assert.Equal([1, 2, 3], marks);
        Assert.Equal("One", ((TextInline)content[0]).Text);
        Assert.Equal(" claim.", ((TextInline)content[2]).Text);
    }

    [Fact]
    public void Notes_after_punctuation_false_keeps_the_mark_before_it()
    {
        var (document, _) = Read("A claim [@doe99].\n", "notes-after-punctuation: false\n");

        var content = FirstParagraph(document).Content;
        Assert.Equal("A claim", ((TextInline)content[0]).Text);
        Assert.IsType<NoteReferenceInline>(content[1]);
        Assert.Equal(".", ((TextInline)content[2]).Text);
    }

    [Fact]
    public void A_citation_inside_an_authors_note_is_set_inside_it_and_the_next_citation_is_short()
    {
        var (document, _) = Read("Text.[^a] More [@doe99, p. 4].\n\n[^a]: As shown [-@doe99, p. 3], it holds.\n");

        Assert.Equal(2, document.Notes.Length);
        Assert.Equal("As shown A Book of Things (Press, 1999), 3, it holds.", PlainText.Of(document.Notes[0].Content));
        Assert.Equal("Doe, A Book of Things, 4.", PlainText.Of(document.Notes[1].Content));
        Assert.Contains(DocumentWalker.Flatten(((ParagraphBlock)document.Notes[0].Content[0]).Content), i => i is CitationInline);
    }

    [Fact]
    public void An_in_text_citation_keeps_the_authors_name_in_the_sentence_and_the_citation_in_a_note()
    {
        var (document, _) = Read("As @roe05 [p. 12] says, things hold.\n");

        var content = FirstParagraph(document).Content;
        var inText = Assert.IsType<CitationInline>(content[1]);
        Assert.True(inText.InText);
        Assert.Equal("Richard Roe", PlainText.Of([new ParagraphBlock(inText.Children, SourceSpan.None)]));
        Assert.Equal("Richard Roe, Another Book (Press, 2005), 12.", PlainText.Of(Assert.Single(document.Notes).Content));
    }

    [Fact]
    public void The_bibliography_holds_the_cited_and_the_nocite_items_in_the_styles_order_with_their_formatting()
    {
        var (document, _) = Read("A [@roe05]. B [@doe99].\n", "nocite: '@poe10'\nlink-citations: true\n");

        Assert.Equal(["ref-doe99", "ref-poe10", "ref-roe05"], document.Bibliography.Select(e => e.Id));
        Assert.Equal("Doe, Jane. A Book of Things. Press, 1999.", PlainText.Of([new ParagraphBlock(document.Bibliography[0].Content, SourceSpan.None)]));
        Assert.Contains(document.Bibliography[0].Content, i => i is EmphasisInline);
        var citation = DocumentWalker.Flatten(((ParagraphBlock)document.Notes[0].Content[0]).Content).OfType<CitationInline>().Single();
        Assert.Equal("ref-roe05", citation.TargetId);
    }

    [Theory]
    [InlineData("A [@roe05].\n", null, null)]
    [InlineData("A [@roe05].\n\n# References\n\n::: {#refs}\n:::\n\n# Appendix\n\nB [@doe99].\n", 2, "References")]
    [InlineData("A [@roe05].\n\n::: {#refs}\nBefore the entries.\n:::\n\nAfter.\n", 2, null)]
    [InlineData("A [@roe05].\n\n## Sources\n\n::: {#refs}\n:::\n", 2, "Sources")]
    public void A_refs_div_places_the_bibliography_where_it_stands_under_the_authors_heading(string body, int? index, string? heading)
    {
        var (document, diagnostics) = Read(body, "reference-section-title: Works Cited\n");

        Assert.Empty(diagnostics.ToImmutableSorted().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal(index, document.BibliographyIndex);
        Assert.Equal(index is null ? "Works Cited" : null, document.BibliographyHeading);
        Assert.Equal(heading, index is null ? null : document.Body.Take(index.Value).OfType<HeadingBlock>().Select(h => PlainText.Of([new ParagraphBlock(h.Content, SourceSpan.None)])).LastOrDefault());
        Assert.DoesNotContain(document.Body, b => b is DivBlock { Id: "refs", Children.IsEmpty: true });
        Assert.NotEmpty(document.Bibliography);
    }

    [Fact]
    public void Nocite_star_takes_every_item_and_suppress_bibliography_none()
    {
        Assert.Equal(3, Read("A [@roe05].\n", "nocite: '@*'\n").Document.Bibliography.Length);
        Assert.Empty(Read("A [@roe05].\n", "suppress-bibliography: true\n").Document.Bibliography);
    }

    [Fact]
    public void An_unknown_key_is_a_warning_at_the_citation_and_prints_as_the_key_with_a_question_mark()
    {
        var (document, diagnostics) = Read("First line.\n\nA claim [@nobody, p. 2].\n");

        var warning = Assert.Single(diagnostics.ToImmutableSorted(), d => d.Code == MarkdownDiagnosticCodes.UnknownCitationKey);
        Assert.Equal((26, 9), (warning.Span.Line, warning.Span.Column));
        Assert.Equal("nobody?", PlainText.Of(Assert.Single(document.Notes).Content));
    }

    [Fact]
    public void An_e_mail_address_and_an_escaped_at_sign_are_text()
    {
        var (document, _) = Read("Write to jane@doe99.org or \\@doe99 today.\n");

        Assert.Empty(document.Notes);
        Assert.Equal("Write to jane@doe99.org or @doe99 today.", PlainText.Of([FirstParagraph(document)]));
    }

    [Fact]
    public void Links_spans_and_cross_references_in_brackets_stay_what_they_were()
    {
        var (document, _) = Read("See [the site](https://example.org) and [words]{.smallcaps}.\n");

        Assert.Empty(document.Notes);
        Assert.Contains(FirstParagraph(document).Content, i => i is LinkInline);
    }

    [Fact]
    public void Without_references_a_citation_is_kept_as_written_as_before()
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadString("---\ntitle: T\n---\n\nA claim [@doe99, p. 3].\n");

        Assert.Equal("A claim [@doe99, p. 3].", PlainText.Of([document!.Body[0]]));
        Assert.Contains(diagnostics.ToImmutableSorted(), d => d.Code == MarkdownDiagnosticCodes.CitationsKeptAsText);
    }

    [Fact]
    public void A_missing_bibliography_file_and_one_outside_the_folder_are_errors_at_the_key()
    {
        var (_, missing) = MarkdownTestFiles.ReadString("---\ntitle: T\nbibliography: none.bib\n---\n\nA [@a].\n");
        var (_, outside) = MarkdownTestFiles.ReadString("---\ntitle: T\nbibliography: ../../etc/passwd.bib\n---\n\nA [@a].\n");

        Assert.Equal((3, 15), Assert.Single(missing.ToImmutableSorted(), d => d.Code == MarkdownDiagnosticCodes.BibliographyFileRefused).Span is var s ? (s.Line, s.Column) : default);
        Assert.Contains(outside.ToImmutableSorted(), d => d.Code == MarkdownDiagnosticCodes.BibliographyFileRefused && d.Message.Contains("outside", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_style_is_an_error_and_the_citations_stay_as_written()
    {
        var (document, diagnostics) = Read("A [@doe99].\n", "csl: no-such-style\n");

        Assert.Contains(diagnostics.ToImmutableSorted(), d => d.Code == MarkdownDiagnosticCodes.CitationStyleInvalid);
        Assert.Equal("A [@doe99].", PlainText.Of([document.Body[0]]));
    }

    [Fact]
    public void The_exporter_writes_a_citation_back_in_pandocs_syntax()
    {
        var citation = new CitationInline(
            [new CitedItem("doe99") { Prefix = "see", Locator = "33", Label = "page", Suffix = "and passim" }, new CitedItem("roe05") { SuppressAuthor = true, Locator = "2", Label = "chapter" }],
            [],
            SourceSpan.None);

        Assert.Equal("[see @doe99, p. 33 and passim; -@roe05, chap. 2]", CitationMarkdown.Write(citation));
        Assert.Equal("@roe05 [p. 4]", CitationMarkdown.Write(new CitationInline([new CitedItem("roe05") { Locator = "4", Label = "page" }], [], SourceSpan.None) { InText = true }));
    }
}
