using Publish.Citations.Bibliography;
using static Publish.Citations.Tests.Bibliography.BibTexTestSupport;

namespace Publish.Citations.Tests.Bibliography;

/// <summary>The .bib syntax: values, @string/#, @preamble, @comment, and errors with their line and column.</summary>
public sealed class BibTexSyntaxTests
{
    [Fact]
    public void String_macros_expand_and_concatenate_with_hash()
    {
        var item = Single("@string{ jos = \"Journal of\" }\n@STRING(os = {Ottoman Studies})\n@article{k, journal = jos # \" \" # OS # {, new series}}");
        Assert.Equal("Journal of Ottoman Studies, new series", item.Variable("container-title"));
    }

    [Fact]
    public void A_macro_may_use_an_earlier_macro()
    {
        var item = Single("@string{a = \"Essays\"}\n@string{b = a # \" on Law\"}\n@book{k, title = b}");
        Assert.Equal("Essays on Law", item.Variable("title"));
    }

    [Fact]
    public void Preamble_comment_and_text_outside_entries_are_skipped()
    {
        var result = Read("This line is a comment.\n@preamble{ \"\\newcommand{\\noop}[1]{}\" }\n@comment{ @book{fake, title = {Not an entry}} }\n@Comment this too\n@book{real, title = {Real}}");
        Assert.Empty(result.Diagnostics);
        Assert.Equal("real", Assert.Single(result.Items).Id);
    }

    [Fact]
    public void Parentheses_delimit_an_entry_and_a_trailing_comma_is_fine()
    {
        var item = Single("@Book(k,\n  Title = \"T\",\n  YEAR = 2001,\n)");
        Assert.Equal("book", item.Type);
        Assert.Equal("T", item.Variable("title"));
    }

    [Fact]
    public void Quoted_values_may_hold_braced_quotes()
    {
        Assert.Equal("The \"Big\" one", Single("@book{k, title = \"The {\"}Big{\"} one\"}").Variable("title"));
    }

    [Fact]
    public void Month_macros_and_numbers_and_names_give_the_month()
    {
        Assert.Equal([(2001, 3, 0)], Single("@article{k, year = 2001, month = mar}").Dates["issued"].Parts);
        Assert.Equal([(2001, 11, 5)], Single("@article{k, year = {2001}, month = {November}, day = 5}").Dates["issued"].Parts);
        Assert.Equal([(2001, 7, 0)], Single("@article{k, year = 2001, month = 7}").Dates["issued"].Parts);
    }

    [Fact]
    public void A_missing_comma_is_an_error_at_its_line_and_column_and_the_next_entry_is_read()
    {
        var result = Read("@book{a,\n  title = {A}\n  year = 2001\n}\n@book{b, title = {B}}");
        var error = SingleDiagnostic(result, BibliographyDiagnosticCodes.BibTexSyntax);
        Assert.Equal((3, 3), (error.Span.Line, error.Span.Column));
        Assert.Equal("refs.bib", error.Span.File);
        Assert.Equal("b", Assert.Single(result.Items).Id);
    }

    [Fact]
    public void An_unclosed_brace_is_an_error_at_the_brace()
    {
        var result = Read("@book{a,\n  title = {A {nested} title,\n  year = 2001}\n\n@book{b, title = {B}}\n");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(BibliographyDiagnosticCodes.BibTexSyntax, error.Code);
        Assert.Equal((1, 6), (error.Span.Line, error.Span.Column));
        Assert.Contains("not closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_value_brace_at_the_end_is_an_error_at_that_brace()
    {
        var result = Read("@book{b, title = {B}}\n@book{a,\n  title = {A title\n");
        Assert.Contains(result.Diagnostics, d => d.Code == BibliographyDiagnosticCodes.BibTexSyntax && d.Span.Line == 3 && d.Span.Column == 11);
        Assert.Equal("b", Assert.Single(result.Items).Id);
    }

    [Fact]
    public void An_unclosed_quote_is_an_error_at_the_quote()
    {
        var error = SingleDiagnostic(Read("@book{a, title = \"Open quote}\n"), BibliographyDiagnosticCodes.BibTexSyntax);
        Assert.Equal((1, 18), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void A_missing_equals_sign_is_an_error()
    {
        var error = SingleDiagnostic(Read("@book{a,\n\ttitle {A}}"), BibliographyDiagnosticCodes.BibTexSyntax);
        Assert.Equal((2, 8), (error.Span.Line, error.Span.Column));
        Assert.Contains("=", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_key_is_an_error()
    {
        var error = SingleDiagnostic(Read("@book{title = {A}}"), BibliographyDiagnosticCodes.BibTexSyntax);
        Assert.Equal((1, 7), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void An_at_sign_without_a_type_is_an_error()
    {
        var result = Read("@ {x}\n@book{b}");
        Assert.Equal(BibliographyDiagnosticCodes.BibTexSyntax, Assert.Single(result.Diagnostics).Code);
        Assert.Equal("b", Assert.Single(result.Items).Id);
    }

    [Fact]
    public void An_undefined_macro_is_a_warning_at_its_position_and_reads_as_empty()
    {
        var result = Read("@article{k,\n  journal = nosuch # { Review}}");
        var warning = SingleDiagnostic(result, BibliographyDiagnosticCodes.UndefinedString);
        Assert.Equal((2, 13), (warning.Span.Line, warning.Span.Column));
        Assert.Equal("Review", Assert.Single(result.Items).Variable("container-title"));
    }

    [Fact]
    public void A_duplicate_key_is_warned_and_the_first_entry_kept()
    {
        var result = Read("@book{k, title = {First}}\n\n@book{k, title = {Second}}");
        var warning = SingleDiagnostic(result, BibliographyDiagnosticCodes.DuplicateKey);
        Assert.Equal(3, warning.Span.Line);
        Assert.Equal("First", Assert.Single(result.Items).Variable("title"));
    }

    [Fact]
    public void A_duplicate_field_is_warned_and_the_first_value_kept()
    {
        var result = Read("@book{k, title = {First},\n title = {Second}}");
        Assert.Equal(2, SingleDiagnostic(result, BibliographyDiagnosticCodes.DuplicateField).Span.Line);
        Assert.Equal("First", Assert.Single(result.Items).Variable("title"));
    }

    [Fact]
    public void An_unknown_entry_type_is_a_warning_and_a_document()
    {
        var result = Read("@customthing{k, title = {T}}");
        SingleDiagnostic(result, BibliographyDiagnosticCodes.UnknownEntryType);
        Assert.Equal("document", Assert.Single(result.Items).Type);
    }

    [Fact]
    public void An_empty_file_has_no_items_and_no_diagnostics()
    {
        var result = Read("% only a comment\n");
        Assert.Empty(result.Items);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Garbage_never_throws()
    {
        foreach (var text in new[] { "@", "@book", "@book{", "@book{k", "@book{k,", "@book{k, t", "@book{k, t =", "@book{k, t = {", "@book{k, t = \"", "@string{", "@string{x = }", "}}}{{{@@@", "@book{k, t = a #}" })
        {
            var result = Read(text);
            Assert.Empty(result.Items);
            Assert.Contains(result.Diagnostics, d => d.Code == BibliographyDiagnosticCodes.BibTexSyntax && d.Span.Line == 1 && d.Span.Column >= 1);
        }
    }

    [Fact]
    public void Keys_may_hold_colons_and_slashes()
    {
        Assert.Equal("Smith:2001/a", Single("@book{Smith:2001/a, title = {T}}").Id);
    }
}
