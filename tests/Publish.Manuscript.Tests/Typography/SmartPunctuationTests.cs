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
    [InlineData("fr", "Il a dit \"oui\".", "Il a dit «\u202Foui\u202F».")]
    [InlineData("fr", "Il a dit \" oui \".", "Il a dit «\u202Foui\u202F».")]
    [InlineData("fr-CA", "l'été", "l’été")]
    [InlineData("xx", "\"default\"", "“default”")]
    public void By_language(string language, string input, string expected) =>
        Assert.Equal(expected, SmartPunctuation.Apply(input, language));

    /// <summary>
    /// Imprimerie nationale usage, as <c>QuoteStyle.French</c> promises: U+202F inside « » and before ; ! ?, U+00A0
    /// before a colon, so no line starts with the mark; set whether the author wrote no space, a space or a tie.
    /// </summary>
    [Theory]
    [InlineData("Le port : cas limites", "Le port\u00A0: cas limites")]
    [InlineData("Vraiment ? Oui ; non ! Enfin  !", "Vraiment\u202F? Oui\u202F; non\u202F! Enfin\u202F!")]
    [InlineData("Il a dit « au revoir ».", "Il a dit «\u202Fau revoir\u202F».")]
    [InlineData("Il a dit «au revoir» et «\u00A0bonjour\u00A0».", "Il a dit «\u202Fau revoir\u202F» et «\u202Fbonjour\u202F».")]
    [InlineData("Il a dit \"oui\" : c'est tout.", "Il a dit «\u202Foui\u202F»\u00A0: c’est tout.")]
    [InlineData("Vraiment? Oui; non! Note: fin.", "Vraiment\u202F? Oui\u202F; non\u202F! Note\u00A0: fin.")]
    [InlineData("«Quoi?» Enfin!", "«\u202FQuoi\u202F?\u202F» Enfin\u202F!")]
    [InlineData("Voir http://example.org/a?b=c:d ; fin", "Voir http://example.org/a?b=c:d\u202F; fin")]
    [InlineData("Voir «http://example.org/a?»", "Voir «\u202Fhttp://example.org/a?\u202F»")]
    public void French_spaces_before_high_punctuation_and_inside_guillemets_do_not_break(string input, string expected) =>
        Assert.Equal(expected, SmartPunctuation.Apply(input, "fr"));

    /// <summary>A mark inside a token, or after another mark, is not the end of a clause and stays tight.</summary>
    [Theory]
    [InlineData("À 10:30 ou 10h30", "À 10:30 ou 10h30")]
    [InlineData("Quoi ?! Non !!", "Quoi\u202F?! Non\u202F!!")]
    [InlineData("Quoi?! Non!!", "Quoi\u202F?! Non\u202F!!")]
    [InlineData("a:b c;d", "a:b c;d")]
    public void French_spacing_leaves_marks_inside_tokens_tight(string input, string expected) =>
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
    [InlineData("Quoi? «Non»: si; oui!", "fr")]
    public void Applying_twice_changes_nothing_more(string input, string language)
    {
        var once = SmartPunctuation.Apply(input, language);
        Assert.Equal(once, SmartPunctuation.Apply(once, language));
        Assert.DoesNotContain("\"", once, StringComparison.Ordinal);
        Assert.DoesNotContain("'", once, StringComparison.Ordinal);
    }
}
