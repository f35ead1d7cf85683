using Publish.Manuscript.Typography;

namespace Publish.Manuscript.Tests.Typography;

public sealed class SmartPunctuationTests
{
    [Theory]
    [InlineData("\"Hello,\" she said.", "“Hello,” she said.")]
    [InlineData("He said 'no' twice.", "He said ‘no’ twice.")]
    [InlineData("It's the students' choice.", "It’s the students’ choice.")]
    [InlineData("In the '90s ('tis true) it rained.", "In the ’90s (‘tis true) it rained.")]
    [InlineData("(\"quoted\") and [\"this\"]", "(“quoted”) and [“this”]")]
    [InlineData("\"'Nested' quotes\"", "“‘Nested’ quotes”")]
    [InlineData("pages 10--12 --- or not...", "pages 10–12 — or not…")]
    [InlineData("a ---- rule stays", "a ---- rule stays")]
    [InlineData("self-evident", "self-evident")]
    public void English(string input, string expected) => Assert.Equal(expected, SmartPunctuation.Apply(input, "en"));

    [Fact]
    public void Turkish_uses_the_English_marks() =>
        Assert.Equal("“Hocalı” Ayşe’nin", SmartPunctuation.Apply("\"Hocalı\" Ayşe'nin", "tr"));

    [Theory]
    [InlineData("de", "Er sagte \"ja\" und 'nein'.", "Er sagte „ja“ und ‚nein‘.")]
    [InlineData("de-AT", "\"Servus\"", "„Servus“")]
    [InlineData("fr", "Il a dit \"oui\".", "Il a dit «\u00A0oui\u00A0».")]
    [InlineData("fr", "Il a dit \" oui \".", "Il a dit «\u00A0oui\u00A0».")]
    [InlineData("fr-CA", "l'été", "l’été")]
    [InlineData("xx", "\"default\"", "“default”")]
    public void By_language(string language, string input, string expected) =>
        Assert.Equal(expected, SmartPunctuation.Apply(input, language));

    /// <summary>
    /// Imprimerie nationale usage, as <c>QuoteStyle.French</c> promises: a written space inside « » or before a colon
    /// becomes U+00A0, before ; ! ? U+202F, so no line starts with the mark; no space is added where none was written.
    /// </summary>
    [Theory]
    [InlineData("Le port : cas limites", "Le port\u00A0: cas limites")]
    [InlineData("Vraiment ? Oui ; non ! Enfin  !", "Vraiment\u202F? Oui\u202F; non\u202F! Enfin\u202F!")]
    [InlineData("Il a dit « au revoir ».", "Il a dit «\u00A0au revoir\u00A0».")]
    [InlineData("Il a dit \"oui\" : c'est tout.", "Il a dit «\u00A0oui\u00A0»\u00A0: c’est tout.")]
    [InlineData("Voir http://example.org/a?b=c:d ; fin", "Voir http://example.org/a?b=c:d\u202F; fin")]
    [InlineData("Bonjour! Yahoo!", "Bonjour! Yahoo!")]
    public void French_spaces_before_high_punctuation_and_inside_guillemets_do_not_break(string input, string expected) =>
        Assert.Equal(expected, SmartPunctuation.Apply(input, "fr"));

    [Fact]
    public void Other_languages_keep_the_spaces_as_written() =>
        Assert.Equal("Note : see « this » now ?", SmartPunctuation.Apply("Note : see « this » now ?", "en"));

    [Theory]
    [InlineData("See http://example.org/a--b...c/'x' now...", "See http://example.org/a--b...c/'x' now…")]
    [InlineData("\"see http://example.org/x\" (sic)", "“see http://example.org/x” (sic)")]
    [InlineData("Write to first--last@example.org -- today.", "Write to first--last@example.org – today.")]
    [InlineData("at www.example.org/it's--here", "at www.example.org/it's--here")]
    [InlineData("mailto:a...b@example.org", "mailto:a...b@example.org")]
    public void Urls_and_email_addresses_are_left_alone(string input, string expected) =>
        Assert.Equal(expected, SmartPunctuation.Apply(input, "en"));

    [Fact]
    public void A_quote_after_preceding_text_closes()
    {
        Assert.Equal("” he said", SmartPunctuation.Apply("\" he said", "en", previous: 'k'));
        Assert.Equal("“ he said", SmartPunctuation.Apply("\" he said", "en", previous: ' '));
    }

    [Theory]
    [InlineData("\"It's 'fine' -- really...\"", "en")]
    [InlineData("\"Ja\" -- 'nein'...", "de")]
    [InlineData("\"oui\" -- 'non'...", "fr")]
    [InlineData("Quoi ? « Non » : si ; oui !", "fr")]
    public void Applying_twice_changes_nothing_more(string input, string language)
    {
        var once = SmartPunctuation.Apply(input, language);
        Assert.Equal(once, SmartPunctuation.Apply(once, language));
        Assert.DoesNotContain("\"", once, StringComparison.Ordinal);
        Assert.DoesNotContain("'", once, StringComparison.Ordinal);
    }
}
