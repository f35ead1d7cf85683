using Publish.Model.Diagnostics;
using Publish.Typesetting.Hyphenation;

namespace Publish.Typesetting.Tests;

public sealed class HyphenationTests
{
    private static readonly LiangHyphenator English = LiangHyphenator.Load(Path.Combine(RepositoryPaths.HyphenationDirectory, "hyph_en_US.dic"));

    private static string Hyphenated(IHyphenator hyphenator, string word)
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
        var catalog = ShippedHyphenation.Catalog();
        var diagnostics = new DiagnosticBag();

        Assert.IsType<LiangHyphenator>(catalog.For("en", diagnostics, Inlines.Span()));
        Assert.Same(catalog.For("en", diagnostics, Inlines.Span()), catalog.For("en-GB", diagnostics, Inlines.Span()));
        Assert.IsType<SyllableHyphenator>(catalog.For("tr", diagnostics, Inlines.Span()));
        Assert.IsType<SyllableHyphenator>(catalog.For("az-Latn-AZ", diagnostics, Inlines.Span()));
        Assert.Null(catalog.For("tlh", diagnostics, Inlines.Span(3)));
        Assert.Null(catalog.For("tlh", diagnostics, Inlines.Span(4)));

        var warning = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal(TypesettingDiagnosticCodes.UnknownHyphenationLanguage, warning.Code);
        Assert.Equal(3, warning.Span.Line);
    }

    [Fact]
    public void The_styles_pattern_file_for_a_language_is_used_whatever_its_name()
    {
        var folder = Directory.CreateTempSubdirectory("publish-hyph-");
        var file = Path.Combine(folder.FullName, "german-sample-patterns.txt");
        File.WriteAllText(file, "UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\n1ba\n"); // the style's 2 and 3 apply
        var settings = ShippedHyphenation.Settings() with
        {
            Patterns = ShippedHyphenation.Settings().Patterns.Add("de", file),
        };
        var catalog = new HyphenationCatalog(settings);
        var diagnostics = new DiagnosticBag();

        Assert.Equal("ba-baba", Hyphenated(catalog.For("de-AT", diagnostics, Inlines.Span())!, "bababa"));
        Assert.Empty(diagnostics.ToImmutableSorted());
    }

    [Fact]
    public void The_styles_minimum_fragment_lengths_override_the_pattern_files()
    {
        var diagnostics = new DiagnosticBag();
        var loose = ShippedHyphenation.Catalog(minLeft: 2, minRight: 3).For("en", diagnostics, Inlines.Span())!;
        var strict = ShippedHyphenation.Catalog(minLeft: 4, minRight: 4).For("en", diagnostics, Inlines.Span())!;
        var turkish = ShippedHyphenation.Catalog(minLeft: 3, minRight: 3).For("tr", diagnostics, Inlines.Span())!;

        Assert.Equal("hy-phen-ation", Hyphenated(loose, "hyphenation"));
        Assert.Equal("hyphen-ation", Hyphenated(strict, "hyphenation"));
        Assert.Equal("Ka-ra-de-niz", Hyphenated(ShippedHyphenation.Catalog().For("tr", diagnostics, Inlines.Span())!, "Karadeniz"));
        Assert.Equal("Kara-de-niz", Hyphenated(turkish, "Karadeniz"));
    }

    [Theory]
    [InlineData("tr", "İstanbul", "İs-tan-bul")]
    [InlineData("tr", "IĞDIR", "IĞ-DIR")]
    [InlineData("tr", "bağımsızlık", "ba-ğım-sız-lık")]
    [InlineData("tr", "saatler", "sa-at-ler")]
    [InlineData("tr", "Türkçesi", "Türk-çesi")]
    [InlineData("tr", "Thérèse", "Thérèse")]
    [InlineData("az", "Xocalı", "Xo-calı")]
    [InlineData("az", "müəllim", "mü-əl-lim")]
    [InlineData("az", "Azərbaycan", "Azər-bay-can")]
    public void Turkish_and_azerbaijani_texts_break_at_their_syllables(string language, string word, string expected)
    {
        var hyphenator = ShippedHyphenation.Catalog().For(language, new DiagnosticBag(), Inlines.Span())!;
        Assert.Equal(expected, Hyphenated(hyphenator, word));
    }

    [Theory]
    [InlineData("hyph_de_DE.dic", "Silbentrennung", "Sil-ben-tren-nung")]
    [InlineData("hyph_de_DE.dic", "Zusammenfassung", "Zu-sam-men-fas-sung")]
    [InlineData("hyph_de_DE.dic", "Literaturverzeichnis", "Li-te-ra-tur-ver-zeich-nis")]
    [InlineData("hyph_de_DE.dic", "Schifffahrt", "Schiff-fahrt")]
    [InlineData("hyph_de_DE.dic", "Straße", "Straße")]
    [InlineData("hyph_fr.dic", "constitution", "consti-tu-tion")]
    [InlineData("hyph_fr.dic", "bibliothèque", "bi-blio-thèque")]
    [InlineData("hyph_fr.dic", "développement", "dé-ve-lop-pe-ment")]
    [InlineData("hyph_fr.dic", "œuvre", "œuvre")]
    public void German_and_french_words_hyphenate_as_TeX_does(string file, string word, string expected) // Stra-ße: "ße" is under min-right 3
    {
        var hyphenator = LiangHyphenator.Load(Path.Combine(RepositoryPaths.HyphenationDirectory, file), leftMin: 2, rightMin: 3);
        Assert.Equal(expected, Hyphenated(hyphenator, word));
    }
}
