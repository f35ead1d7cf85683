using Publish.Model;
using Publish.Model.Blocks;

namespace Publish.Manuscript.Tests.Markdown;

/// <summary>Front matter fields, the title rules and the bibliography section.</summary>
public sealed class FrontMatterAndStructureTests
{
    [Theory]
    [InlineData("author: Solo Writer", new[] { "Solo Writer" })]
    [InlineData("authors: [One, Two]", new[] { "One", "Two" })]
    [InlineData("author:\n  - One\n  - Two", new[] { "One", "Two" })]
    public void Authors_are_read_from_a_string_or_a_list(string yaml, string[] expected)
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadString($"---\ntitle: T\n{yaml}\n---\n\nText.\n");

        Assert.Equal(0, diagnostics.Count);
        Assert.Equal(expected, document!.Metadata.Authors);
    }

    [Fact]
    public void Without_a_front_matter_title_the_opening_level_1_heading_is_the_title()
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadString("# The Real Title\n\nBody.\n\n# Next part\n");

        Assert.Equal(0, diagnostics.Count);
        Assert.Equal("The Real Title", document!.Metadata.Title);
        Assert.Equal("paragraph Body.|heading 1 Next part", Shape(document.Body));
        Assert.Equal("en", document.Metadata.Language);
    }

    [Fact]
    public void An_opening_heading_repeating_the_title_is_dropped_but_a_different_one_is_kept()
    {
        var (repeated, _) = MarkdownTestFiles.ReadString("---\ntitle: \"Don't Panic\"\n---\n\n# Don't panic\n\nBody.\n");
        var (different, _) = MarkdownTestFiles.ReadString("---\ntitle: Title\n---\n\n# Introduction\n\nBody.\n");

        Assert.Equal("paragraph Body.", Shape(repeated!.Body));
        Assert.Equal("heading 1 Introduction|paragraph Body.", Shape(different!.Body));
    }

    [Theory]
    [InlineData("Bibliography")]
    [InlineData("REFERENCES")]
    [InlineData("Kaynakça")]
    [InlineData("KAYNAKÇA")]
    public void A_level_1_bibliography_heading_starts_the_bibliography_until_the_next_level_1_heading(string heading)
    {
        var (document, _) = MarkdownTestFiles.ReadString($"---\ntitle: T\n---\n\nBody.\n\n# {heading}\n\nFirst entry.\n\n- Second entry\n- Third *entry*\n\n# Appendix\n\nMore body.\n");

        Assert.Equal(["First entry.", "Second entry", "Third entry"], document!.Bibliography.Select(entry => PlainText.Of(entry.Content)));
        Assert.Equal("paragraph Body.|heading 1 Appendix|paragraph More body.", Shape(document.Body));
    }

    [Fact]
    public void A_level_2_bibliography_heading_is_an_ordinary_heading()
    {
        var (document, _) = MarkdownTestFiles.ReadString("---\ntitle: T\n---\n\n## Bibliography\n\nNot an entry.\n");

        Assert.Empty(document!.Bibliography);
        Assert.Equal("heading 2 Bibliography|paragraph Not an entry.", Shape(document.Body));
    }

    [Fact]
    public void Citation_about_author_abstract_and_institution_come_from_the_front_matter()
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadString(
            "---\ntitle: T\ncitation: \"Cite *this*.\"\nabout-author: \"Writes **books**.\"\nabstract: \"In short.\"\ninstitution:\n  - kind: telephone\n    text: \"+90 312 000\"\n  - kind: web\n    text: example.org\n    url: \"javascript:x\"\n---\n\nBody.\n");

        Assert.Equal("Cite this.", PlainText.Of(document!.Citation));
        Assert.Equal("Writes books.", PlainText.Of(document.AboutAuthor));
        Assert.Equal("In short.", PlainText.Of(document.FrontMatter));
        Assert.Equal(
            [(InstitutionLineKind.Telephone, "+90 312 000", (string?)null), (InstitutionLineKind.Web, "example.org", null)],
            document.Institution!.Lines.Select(line => (line.Kind, line.Text, line.Url)));
        var warning = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal((Publish.Model.Diagnostics.DiagnosticCodes.UnsafeLinkTargetDropped, 9), (warning.Code, warning.Span.Line));
    }

    private static string Shape(IEnumerable<Block> blocks) => string.Join("|", blocks.Select(block => block switch
    {
        HeadingBlock h => $"heading {h.Level} {PlainText.Of(h.Content)}",
        ParagraphBlock p => "paragraph " + PlainText.Of(p.Content),
        _ => block.GetType().Name,
    }));
}
