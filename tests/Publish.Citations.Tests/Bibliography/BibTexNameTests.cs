using static Publish.Citations.Tests.Bibliography.BibTexTestSupport;

namespace Publish.Citations.Tests.Bibliography;

/// <summary>Names as "family|given|dropping particle|non-dropping particle|suffix|literal".</summary>
public sealed class BibTexNameTests
{
    [Fact]
    public void First_Last_and_Last_First_are_the_same_name()
    {
        Assert.Equal(["Knuth|Donald E.||||", "Knuth|Donald E.||||"], Names("Donald E. Knuth and Knuth, Donald E."));
    }

    [Fact]
    public void Von_Last_First_gives_a_dropping_particle()
    {
        Assert.Equal(["Beethoven|Ludwig|van|||"], Names("van Beethoven, Ludwig"));
        Assert.Equal(["Beethoven|Ludwig|van|||"], Names("Ludwig van Beethoven"));
    }

    [Fact]
    public void Useprefix_makes_the_von_part_non_dropping()
    {
        Assert.Equal(["Gogh|Vincent||van||"], Names("van Gogh, Vincent", "useprefix=true"));
    }

    [Fact]
    public void Von_Last_Jr_First_gives_a_suffix()
    {
        Assert.Equal(["King|Martin Luther|||Jr.|"], Names("King, Jr., Martin Luther"));
    }

    [Fact]
    public void Several_von_words_and_a_two_word_last_name()
    {
        Assert.Equal(["Vallée Poussin|Charles Louis Xavier Joseph|de la|||"], Names(@"Charles Louis Xavier Joseph de la Vall{\'e}e Poussin"));
    }

    [Fact]
    public void A_capitalized_compound_last_name_before_the_comma_stays_whole()
    {
        Assert.Equal(["Drummond de Andrade|Carlos||||"], Names("Drummond de Andrade, Carlos"));
    }

    [Fact]
    public void A_braced_name_is_an_institution()
    {
        Assert.Equal(["|||||World Health Organization", "Smith|Jane||||"], Names("{World Health Organization} and Smith, Jane"));
    }

    [Fact]
    public void And_inside_braces_does_not_split()
    {
        Assert.Equal(["|||||Barnes and Noble"], Names("{Barnes and Noble}"));
    }

    [Fact]
    public void And_others_is_kept_as_the_literal_others()
    {
        Assert.Equal(["Smith|Jane||||", "|||||others"], Names("Smith, Jane and others"));
    }

    [Fact]
    public void Turkish_letters_in_names_come_out_right_and_a_special_character_keeps_its_case()
    {
        Assert.Equal(["Özdemir|İlber||||", "Çağlar|Şükrü||||"], Names(@"{\""O}zdemir, {\.I}lber and \c{S}{\""u}kr{\""u} \c{C}a\u{g}lar"));
    }

    [Fact]
    public void Initials_without_spaces_are_spaced_and_tilde_joins_words()
    {
        Assert.Equal(["Smith|J. G.||||", "Knuth|D. E.||||"], Names("J.G. Smith and D.~E. Knuth"));
    }

    [Fact]
    public void A_protected_lowercase_word_is_not_a_particle()
    {
        Assert.Equal(["de Gaulle|Charles||||"], Names("Charles {de Gaulle}"));
    }

    [Fact]
    public void A_single_word_is_a_family_name()
    {
        Assert.Equal(["Aristotle|||||"], Names("Aristotle"));
    }

    [Fact]
    public void BibLaTeX_extended_name_format()
    {
        Assert.Equal(["Berg|Anna Maria||van den||"], Names("family=Berg, given=Anna Maria, prefix=van den, useprefix=true"));
    }

    [Fact]
    public void Editor_translator_and_bookauthor_are_read_as_names()
    {
        var item = Single("@incollection{k, editor = {Smith, Jane}, translator = {Doe, John}, bookauthor = {Roe, Rick}}");
        Assert.Equal("Smith", Assert.Single(item.Names["editor"]).Family);
        Assert.Equal("Doe", Assert.Single(item.Names["translator"]).Family);
        Assert.Equal("Roe", Assert.Single(item.Names["container-author"]).Family);
    }
}
