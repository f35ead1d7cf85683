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

    [Theory]
    [InlineData("fr", "Il a dit <<au revoir>>.", "Il a dit «\u00A0au revoir\u00A0».")]
    [InlineData("fr", "Il a dit « au revoir ».", "Il a dit «\u00A0au revoir\u00A0».")]
    [InlineData("fr", "Vraiment ? *Oui* ! Voir [ceci](https://example.org) : fin ; bon.", "Vraiment\u202F? Oui\u202F! Voir ceci\u00A0: fin\u202F; bon.")]
    [InlineData("fr", "Bonjour! `a : b`", "Bonjour! a : b")]
    [InlineData("en", "He said <<yes>> : fine ?", "He said «yes» : fine ?")]
    [InlineData("de", "Er sagte <<ja>>.", "Er sagte «ja».")]
    public void French_guillemets_and_high_punctuation_get_no_break_spaces(string language, string markdown, string expected)
    {
        var (document, _) = MarkdownTestFiles.ReadString($"---\ntitle: T\nlang: {language}\n---\n\n{markdown}\n");

        Assert.Equal(expected, PlainText.Of(document!.Body));
    }

    [Theory]
    [InlineData("en", "title: The \"Quiet\" Hour -- at dusk\nsubtitle: It's 'late'...\nauthor: Mary O'Brien", "The “Quiet” Hour – at dusk", "It’s ‘late’…", "Mary O’Brien")]
    [InlineData("tr", "title: Şuşa'nın Düşüşü\nsubtitle: Bu \"kale\"\nauthor: Ayşe Yılmaz", "Şuşa’nın Düşüşü", "Bu “kale”", "Ayşe Yılmaz")]
    [InlineData("fr", "title: \"Le port : cas limites\"\nsubtitle: Quoi ? Rien !\nauthor: Jean d'Ormesson", "Le port\u00A0: cas limites", "Quoi\u202F? Rien\u202F!", "Jean d’Ormesson")]
    public void Front_matter_title_subtitle_and_authors_get_the_typographic_punctuation_of_the_body(string language, string fields, string title, string subtitle, string author)
    {
        var (document, _) = MarkdownTestFiles.ReadString($"---\n{fields}\nlang: {language}\n---\n\nText.\n");

        Assert.Equal((title, subtitle, author), (document!.Metadata.Title, document.Metadata.Subtitle, document.Metadata.Authors.Single()));
    }

    [Fact]
    public void A_french_heading_taken_as_title_gets_its_no_break_spaces()
    {
        var (document, _) = MarkdownTestFiles.ReadString("---\nlang: fr\n---\n\n# Le port : \"cas\" limites\n\nTexte.\n");

        Assert.Equal("Le port\u00A0: «\u00A0cas\u00A0» limites", document!.Metadata.Title);
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
