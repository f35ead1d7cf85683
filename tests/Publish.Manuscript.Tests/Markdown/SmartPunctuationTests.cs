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
    [InlineData("fr", "Il a dit \"oui\".", "Il a dit «\u202Foui\u202F».")]
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
    [InlineData("fr", "Il a dit <<au revoir>>.", "Il a dit «\u202Fau revoir\u202F».")]
    [InlineData("fr", "Il a dit « au revoir ».", "Il a dit «\u202Fau revoir\u202F».")]
    [InlineData("fr", "Il a dit «au revoir» et «\u00A0bonjour\u00A0».", "Il a dit «\u202Fau revoir\u202F» et «\u202Fbonjour\u202F».")]
    [InlineData("fr", "«*Oui*» ; [ceci](https://example.org/?)! *Non*? `a:b`: fin", "«\u202FOui\u202F»\u202F; ceci\u202F! Non\u202F? a:b\u00A0: fin")]
    [InlineData("fr", "Vraiment ? *Oui* ! Voir [ceci](https://example.org) : fin ; bon.", "Vraiment\u202F? Oui\u202F! Voir ceci\u00A0: fin\u202F; bon.")]
    [InlineData("fr", "Bonjour! `a : b`", "Bonjour\u202F! a : b")]
    [InlineData("en", "See [this]{lang=fr}: \"fine\" :::", "See this: “fine” :::")]
    [InlineData("en", "Il dit [«oui»!]{lang=fr}", "Il dit «\u202Foui\u202F»\u202F!")]
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

        Assert.Equal("Le port\u00A0: «\u202Fcas\u202F» limites", document!.Metadata.Title);
    }

    /// <summary>Issue 18: a title or heading must not keep straight marks the body around it has curly.</summary>
    [Fact]
    public void A_heading_taken_as_title_gets_apostrophes_and_ellipses_like_the_body()
    {
        var (document, _) = MarkdownTestFiles.ReadString("# The \"new\" Road -- it's here...\n\nIt's \"here\".\n\n## A port's \"quay\"...\n\nText.\n");

        Assert.Equal("The “new” Road – it’s here…", document!.Metadata.Title);
        Assert.Equal("It’s “here”.", PlainText.Of([document.Body[0]]));
        Assert.Equal("A port’s “quay”…", PlainText.Of([document.Body[1]]));
    }

    [Fact]
    public void A_french_div_spaces_its_punctuation_and_quotes_in_french()
    {
        var (document, _) = MarkdownTestFiles.ReadString("---\ntitle: T\n---\n\n::: {lang=fr}\nIl a dit \"oui\"! Et «non»?\n:::\n\nHe said \"yes\"!\n");

        Assert.Equal("Il a dit «\u202Foui\u202F»\u202F! Et «\u202Fnon\u202F»\u202F?", PlainText.Of(((DivBlock)document!.Body[0]).Children));
        Assert.Equal("He said “yes”!", PlainText.Of([document.Body[1]]));
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
