using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Tests.Markdown;

/// <summary>Typographic refinements by language (DESIGN.md dialect 3), never inside code or URLs.</summary>
public sealed class SmartPunctuationTests
{
    [Theory]
    [InlineData("en", "He said \"yes\" and 'no'.", "He said “yes” and ‘no’.")]
    [InlineData("tr", "Dedi ki \"evet\" ve 'hayır'.", "Dedi ki “evet” ve ‘hayır’.")]
    [InlineData("de", "Er sagte \"ja\" und 'nein'.", "Er sagte „ja“ und ‚nein‘.")]
    [InlineData("fr", "Il a dit \"oui\".", "Il a dit «\u00A0oui\u00A0».")]
    [InlineData("de-AT", "\"ja\"", "„ja“")]
    [InlineData("xx", "\"yes\"", "“yes”")]
    [InlineData("en", "It's the '90s -- or 1990--99 --- rock'n'roll...", "It’s the ’90s – or 1990–99 — rock’n’roll…")]
    [InlineData("en", "Wait...what", "Wait…what")]
    public void Quotes_dashes_and_ellipses_follow_the_document_language(string language, string markdown, string expected)
    {
        var (document, _) = MarkdownTestFiles.ReadString($"---\ntitle: T\nlang: {language}\n---\n\n{markdown}\n");

        Assert.Equal(expected, PlainText.Of(document!.Body));
    }

    [Fact]
    public void Code_and_urls_keep_their_straight_characters()
    {
        var (document, _) = MarkdownTestFiles.ReadString("---\ntitle: T\n---\n\nRun `say \"hi\" -- now...` at https://example.org/a--b...c or <https://example.org/'x'>.\n\n```\nit's \"code\" -- really...\n```\n");

        var paragraph = (ParagraphBlock)document!.Body[0];
        Assert.Equal("say \"hi\" -- now...", paragraph.Content.OfType<CodeInline>().Single().Code);
        Assert.Equal(["https://example.org/a--b...c", "https://example.org/'x'"], paragraph.Content.OfType<LinkInline>().Select(link => link.Target));
        Assert.Equal(["https://example.org/a--b...c", "https://example.org/'x'"], paragraph.Content.OfType<LinkInline>().Select(link => PlainText.Of(link.Children)));
        Assert.Equal("it's \"code\" -- really...", ((CodeBlock)document.Body[1]).Text);
    }
}
