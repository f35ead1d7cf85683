using Publish.Model.Diagnostics;
using Publish.Typesetting.Hyphenation;

namespace Publish.Typesetting.Tests;

public sealed class HyphenationTests
{
    private static readonly LiangHyphenator English = LiangHyphenator.Load(Path.Combine(RepositoryPaths.HyphenationDirectory, "hyph_en_US.dic"));

    private static string Hyphenated(LiangHyphenator hyphenator, string word)
    {
        var points = hyphenator.Hyphenate(word);
        var result = word;
        foreach (var point in points.Reverse())
        {
            result = result.Insert(point, "-");
        }

        return result;
    }

    [Theory]
    [InlineData("hyphenation", "hy-phen-ation")]
    [InlineData("typesetting", "type-set-ting")]
    [InlineData("algorithm", "al-go-rithm")]
    [InlineData("paragraph", "para-graph")]
    [InlineData("international", "in-ter-na-tional")]
    [InlineData("resolution", "res-o-lu-tion")]
    [InlineData("independence", "in-de-pen-dence")]
    [InlineData("occupation", "oc-cu-pa-tion")]
    [InlineData("Azerbaijani", "Azer-bai-jani")]
    [InlineData("the", "the")]
    public void English_words_hyphenate_as_TeX_does(string word, string expected) =>
        Assert.Equal(expected, Hyphenated(English, word));

    [Theory]
    [InlineData("Sözleşmesi", "Söz-leş-mesi")]
    [InlineData("Hocalı", "Ho-calı")]
    [InlineData("Cezalandırılması", "Ce-za-lan-dı-rıl-ması")]
    [InlineData("Milletlerarası", "Mil-let-le-ra-rası")]
    [InlineData("Türkçesi", "Türk-çesi")]
    [InlineData("Şanlıurfa", "Şan-lı-urfa")]
    [InlineData("Straße", "Straße")]
    public void Words_in_letters_the_english_patterns_do_not_know_break_by_turkish_syllables_within_the_minimums_or_not_at_all(string word, string expected) =>
        Assert.Equal(expected, Hyphenated(English, word));

    [Fact]
    public void The_file_minimums_are_read_and_honoured()
    {
        Assert.Equal(2, English.LeftMin);
        Assert.Equal(3, English.RightMin);
        Assert.True(English.PatternCount > 10000);
        foreach (var word in new[] { "hyphenation", "government", "unification", "demonstrate", "systematically" })
        {
            var points = English.Hyphenate(word);
            Assert.NotEmpty(points);
            Assert.All(points, p => Assert.InRange(p, 2, word.Length - 3));
        }
    }

    [Fact]
    public void Explicit_minimums_override_the_file()
    {
        var strict = LiangHyphenator.Load(Path.Combine(RepositoryPaths.HyphenationDirectory, "hyph_en_US.dic"), leftMin: 4, rightMin: 4);
        Assert.Equal("hyphen-ation", Hyphenated(strict, "hyphenation"));
    }

    [Fact]
    public void Exceptions_override_the_patterns()
    {
        var hyphenator = LiangHyphenator.Parse(new StringReader("UTF-8\nLEFTHYPHENMIN 2\nRIGHTHYPHENMIN 2\n1ba\n"));
        Assert.Equal("ba-ba-ba", Hyphenated(hyphenator, "bababa"));

        hyphenator.AddException("baba-ba");
        Assert.Equal("baba-ba", Hyphenated(hyphenator, "bababa"));
        Assert.Equal("BABA-BA", Hyphenated(hyphenator, "BABABA"));
        hyphenator.AddException("bababa");
        Assert.Equal("bababa", Hyphenated(hyphenator, "bababa"));
    }

    [Theory]
    [InlineData("https://avimbulten.org/en/Yorum/Anniversary")]
    [InlineData("www.agos.com.tr/tr/yazi")]
    [InlineData("info@avim.org.tr")]
    [InlineData("1.275")]
    [InlineData("1923,")]
    [InlineData("ANNIVERSARY")]
    [InlineData("(USSR)")]
    [InlineData("newly-independent")]
    public void Urls_emails_numbers_capitals_and_compounds_are_not_hyphenated(string token) =>
        Assert.Equal(0, WordClassifier.HyphenatableCore(token).Length);

    [Theory]
    [InlineData("“Karabakh,”", 1, 8)]
    [InlineData("independence.", 0, 12)]
    [InlineData("Azerbaijan", 0, 10)]
    public void Punctuation_around_a_word_is_not_part_of_it(string token, int start, int length) =>
        Assert.Equal((start, length), WordClassifier.HyphenatableCore(token));

    [Fact]
    public void The_document_language_picks_the_patterns_and_an_unknown_one_warns_once()
    {
        var catalog = new HyphenationCatalog(RepositoryPaths.HyphenationDirectory);
        var diagnostics = new DiagnosticBag();

        Assert.NotNull(catalog.For("en", diagnostics, Inlines.Span()));
        Assert.NotNull(catalog.For("en-US", diagnostics, Inlines.Span()));
        Assert.Null(catalog.For("tlh", diagnostics, Inlines.Span(3)));
        Assert.Null(catalog.For("tlh", diagnostics, Inlines.Span(4)));

        var warning = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal(TypesettingDiagnosticCodes.UnknownHyphenationLanguage, warning.Code);
        Assert.Equal(3, warning.Span.Line);
    }
}
