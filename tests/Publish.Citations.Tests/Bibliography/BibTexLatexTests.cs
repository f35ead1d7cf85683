using static Publish.Citations.Tests.Bibliography.BibTexTestSupport;

namespace Publish.Citations.Tests.Bibliography;

/// <summary>LaTeX in .bib fields: accents (Turkish ones first), symbols, dashes, quotes, formatting and protected words.</summary>
public sealed class BibTexLatexTests
{
    [Theory]
    [InlineData(@"\c{c}", "ç")]
    [InlineData(@"\c{C}", "Ç")]
    [InlineData(@"\u{g}", "ğ")]
    [InlineData(@"\u g", "ğ")]
    [InlineData(@"{\i}", "ı")]
    [InlineData(@"\.{I}", "İ")]
    [InlineData(@"{\.I}", "İ")]
    [InlineData(@"\""{o}", "ö")]
    [InlineData(@"{\""O}", "Ö")]
    [InlineData(@"\c{s}", "ş")]
    [InlineData(@"\c s", "ş")]
    [InlineData(@"{\c{S}}", "Ş")]
    [InlineData(@"\""{u}", "ü")]
    [InlineData(@"\""u", "ü")]
    public void Turkish_accents_become_the_Turkish_letters(string latex, string expected) =>
        Assert.Equal("x" + expected + "y", Title("x" + latex + "y"));

    [Theory]
    [InlineData(@"Caf\'{e}", "Café")]
    [InlineData(@"Caf\'e", "Café")]
    [InlineData(@"\`a la", "à la")]
    [InlineData(@"h\^otel", "hôtel")]
    [InlineData(@"ma\~nana", "mañana")]
    [InlineData(@"Stra\ss e", "Straße")]
    [InlineData(@"{\o}re", "øre")]
    [InlineData(@"{\ae}sir", "æsir")]
    [InlineData(@"{\AA}ngstr{\""o}m", "Ångström")]
    [InlineData(@"\v{C}apek", "Čapek")]
    [InlineData(@"Erd\H{o}s", "Erdős")]
    [InlineData(@"\l{}\'od\'z", "łódź")]
    [InlineData(@"na\""\i ve", "naïve")]
    public void Common_accents_and_letters_become_Unicode(string latex, string expected) =>
        Assert.Equal(expected, Title(latex));

    [Fact]
    public void Two_hyphens_are_an_en_dash_three_an_em_dash_one_stays()
    {
        Assert.Equal("1914–1918 — a well-known war", Title("1914--1918 --- a well-known war"));
    }

    [Fact]
    public void A_tilde_is_a_no_break_space_and_TeX_quotes_are_curly()
    {
        Assert.Equal("Vol.\u00A03 and “quoted” ‘words’ O’Brien", Title("Vol.~3 and ``quoted'' `words' O'Brien"));
    }

    [Fact]
    public void Escaped_specials_are_their_characters()
    {
        Assert.Equal("50% of R&D costs $5 #1", Title(@"50\% of R\&D costs \$5 \#1"));
    }

    [Fact]
    public void Protected_words_are_kept_as_typed_in_a_nocase_span()
    {
        Assert.Equal("The <span class=\"nocase\">NASA</span> mission to <span class=\"nocase\">Mars</span>", Title("The {NASA} mission to {Mars}"));
    }

    [Fact]
    public void A_doubly_braced_title_is_protected_once()
    {
        Assert.Equal("<span class=\"nocase\">An Entirely Protected Title</span>", Single("@book{k, title = {{An Entirely Protected Title}}}").Variable("title"));
    }

    [Fact]
    public void A_special_character_group_is_not_case_protection()
    {
        // {\.I}stanbul is how BibTeX writes İ in a word; it must not freeze the word's case.
        Assert.Equal("İstanbul and Ömer", Title(@"{\.I}stanbul and {\""O}mer"));
    }

    [Fact]
    public void Emphasis_bold_and_small_caps_become_CSL_rich_text()
    {
        Assert.Equal("On <i>Hamlet</i>, <b>bold</b> and <span style=\"font-variant:small-caps;\">caps</span>", Title(@"On \emph{Hamlet}, \textbf{bold} and \textsc{caps}"));
    }

    [Fact]
    public void A_declaration_formats_the_rest_of_its_group()
    {
        Assert.Equal("On <i>Hamlet</i> again", Title(@"On {\em Hamlet} again"));
    }

    [Fact]
    public void Unknown_commands_go_and_their_text_stays()
    {
        Assert.Equal("A mixed title", Title(@"A \foo{mixed} \relax title"));
    }

    [Fact]
    public void Math_dollars_go_and_whitespace_collapses()
    {
        Assert.Equal("The x2 case over many lines", Title("The $x2$ case\n     over   many\tlines"));
    }

    [Fact]
    public void A_URL_and_a_DOI_are_kept_as_typed_with_escapes_undone()
    {
        var item = Single(@"@online{k, url = {https://example.org/a\_b--c~d?x=1\%20}, doi = {10.1000/x\_y}}");
        Assert.Equal("https://example.org/a_b--c~d?x=1%20", item.Variable("URL"));
        Assert.Equal("10.1000/x_y", item.Variable("DOI"));
    }
}
