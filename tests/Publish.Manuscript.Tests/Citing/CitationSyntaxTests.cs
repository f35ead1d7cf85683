using Publish.Manuscript.Markdown;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Tests.Citing;

/// <summary>Pandoc's citation syntax as <see cref="CitationScanner"/> and <see cref="CitationLocators"/> read it.</summary>
public sealed class CitationSyntaxTests
{
    private static CitedItem[] Cites(string bracketed) => [.. CitationScanner.Bracketed(bracketed, 1, bracketed.Length - 1)];

    [Fact]
    public void Cites_are_split_at_semicolons_with_prefixes_locators_suffixes_and_suppressed_authors()
    {
        var cites = Cites("[see @doe99, pp. 33-35 and passim; -@smith04, chap. 1]");

        Assert.Equal(2, cites.Length);
        Assert.Equal(new CitedItem("doe99") { Prefix = "see", Locator = "33-35", Label = "page", Suffix = "and passim" }, cites[0]);
        Assert.Equal(new CitedItem("smith04") { Locator = "1", Label = "chapter", SuppressAuthor = true }, cites[1]);
    }

    [Theory]
    [InlineData(", p. 33", "33", "page", "")]
    [InlineData(", s. 120", "120", "page", "")]
    [InlineData(", ss. 4–9", "4–9", "page", "")]
    [InlineData(", böl. 3", "3", "chapter", "")]
    [InlineData(", cilt 2", "2", "volume", "")]
    [InlineData(", sec. 4.2", "4.2", "section", "")]
    [InlineData(", 33", "33", "page", "")]
    [InlineData(", xiv", "xiv", "page", "")]
    [InlineData(", 12, 15-17", "12, 15-17", "page", "")]
    [InlineData(", {iv, vi-xi, (xv)-(xvii)} with notes", "iv, vi-xi, (xv)-(xvii)", "page", "with notes")]
    [InlineData(", chap. {A.1}", "A.1", "chapter", "")]
    [InlineData(", trans. mine", "", "", ", trans. mine")]
    [InlineData(" and elsewhere", "", "", "and elsewhere")]
    public void A_suffix_gives_its_locator_and_label(string suffix, string locator, string label, string rest)
    {
        Assert.Equal((locator, label, rest), CitationLocators.Split(suffix));
    }

    [Fact]
    public void A_braced_key_may_hold_any_character()
    {
        var cite = Assert.Single(Cites("[@{Doe 1999/2}, 4]"));
        Assert.Equal(("Doe 1999/2", "4"), (cite.Key, cite.Locator));
    }

    [Theory]
    [InlineData("[write to a@b.org]")]
    [InlineData("[see @a; no key here]")]
    [InlineData("[\\@a]")]
    [InlineData("[]")]
    public void A_bracket_with_a_part_that_is_no_cite_is_no_citation(string bracketed)
    {
        Assert.True(CitationScanner.Bracketed(bracketed, 1, bracketed.Length - 1).IsDefaultOrEmpty);
    }

    [Fact]
    public void Trailing_punctuation_is_not_part_of_a_key()
    {
        var cite = Assert.Single(Cites("[@doe99.]"));
        Assert.Equal("doe99", cite.Key);
        Assert.Equal(".", cite.Suffix);
    }
}
