using Publish.Model.Text;

namespace Publish.Model.Tests;

/// <summary>BCP 47 well-formedness (RFC 5646 syntax, primary language 2–3 letters) and the repairs a typo needs.</summary>
public sealed class LanguageTagTests
{
    [Theory]
    [InlineData("en", "en")]
    [InlineData("EN-gb", "en-GB")]
    [InlineData("sr-latn-rs", "sr-Latn-RS")]
    [InlineData("es-419", "es-419")]
    [InlineData("zh-yue-HK", "zh-yue-HK")]
    [InlineData("de-CH-1996", "de-CH-1996")]
    [InlineData("sl-rozaj-biske", "sl-rozaj-biske")]
    [InlineData("en-a-bbb-x-private", "en-a-bbb-x-private")]
    [InlineData("x-whatever", "x-whatever")]
    [InlineData("az-Latn", "az-Latn")]
    public void Well_formed_tags_are_taken_in_their_usual_case(string tag, string canonical) =>
        Assert.Equal(canonical, LanguageTag.Canonical(tag));

    [Theory]
    [InlineData("english")]
    [InlineData("en_GB")]
    [InlineData("e")]
    [InlineData("en-")]
    [InlineData("en--GB")]
    [InlineData("i-klingon")]
    [InlineData("123")]
    [InlineData("en-GB-x")]
    [InlineData("en-a")]
    [InlineData("en GB")]
    [InlineData("")]
    [InlineData("tr-TR-abcdefghi")]
    public void Ill_formed_tags_are_refused(string tag) => Assert.False(LanguageTag.IsWellFormed(tag));

    [Theory]
    [InlineData("en_GB", "en-GB")]
    [InlineData(" tr_tr ", "tr-TR")]
    [InlineData("de_DE.UTF-8", "de-DE")]
    [InlineData("english", null)]
    public void Case_underscores_and_POSIX_suffixes_are_repaired(string text, string? repaired) =>
        Assert.Equal(repaired, LanguageTag.Repair(text));

    [Theory]
    [InlineData("english", "en")]
    [InlineData("Turkish", "tr")]
    [InlineData("Deutsch", "de")]
    [InlineData("zz", null)]
    public void A_language_written_out_by_name_suggests_its_tag(string name, string? tag) =>
        Assert.Equal(tag, LanguageTag.ForLanguageName(name));
}
