using Publish.Citations.Bibliography;
using Publish.Model.Diagnostics;

namespace Publish.Citations.Tests.Bibliography;

/// <summary>CSL-YAML: a references: list or a bare list, dates in the forms Pandoc writes, errors with their place.</summary>
public sealed class CslYamlReaderTests
{
    private static BibliographyReadResult Read(string yaml) => CslYamlReader.Read(yaml, "refs.yaml");

    [Fact]
    public void A_references_list_in_a_front_matter_block()
    {
        var result = Read("---\nreferences:\n- id: a\n  type: book\n  title: 'Title: with a colon'\n  author:\n  - family: Özcan\n    given: Şerif\n  issued: 2004-05\n...\n");
        Assert.Empty(result.Diagnostics);
        var item = Assert.Single(result.Items);
        Assert.Equal(("a", "book", "Title: with a colon"), (item.Id, item.Type, item.Variables["title"]));
        Assert.Equal(("Özcan", "Şerif"), (item.Names["author"][0].Family, item.Names["author"][0].Given));
        Assert.Equal([(2004, 5, 0)], item.Dates["issued"].Parts);
    }

    [Fact]
    public void A_bare_list_and_the_three_date_forms()
    {
        var result = Read("- id: a\n  issued:\n    date-parts:\n    - [2001, 3]\n- id: b\n  issued:\n  - year: 2001\n  - year: 2003\n- id: c\n  issued: 2001/2003\n- id: d\n  accessed:\n    year: 2020\n    month: 2\n    day: 29\n");
        Assert.Empty(result.Diagnostics);
        Assert.Equal([(2001, 3, 0)], result.Items[0].Dates["issued"].Parts);
        Assert.Equal([(2001, 0, 0), (2003, 0, 0)], result.Items[1].Dates["issued"].Parts);
        Assert.Equal([(2001, 0, 0), (2003, 0, 0)], result.Items[2].Dates["issued"].Parts);
        Assert.Equal([(2020, 2, 29)], result.Items[3].Dates["accessed"].Parts);
    }

    [Fact]
    public void Numbers_stay_text_and_unquoted_false_is_a_boolean()
    {
        var item = Assert.Single(Read("- id: 12\n  volume: 6\n  author:\n  - family: van Gogh\n    given: Vincent\n    parse-names: false\n").Items);
        Assert.Equal(("12", "6"), (item.Id, item.Variables["volume"]));
        Assert.Equal(("van Gogh", string.Empty), (item.Names["author"][0].Family, item.Names["author"][0].NonDroppingParticle));
    }

    [Fact]
    public void Rich_text_markup_is_kept()
    {
        var item = Assert.Single(Read("- id: a\n  title: On <i>Hamlet</i> and <span class=\"nocase\">iPhone</span>\n").Items);
        Assert.Equal("On <i>Hamlet</i> and <span class=\"nocase\">iPhone</span>", item.Variables["title"]);
    }

    [Fact]
    public void A_YAML_syntax_error_is_an_error_at_its_line_and_column()
    {
        var result = Read("references:\n- id: a\n  title: [unclosed\n- id: b\n");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(BibliographyDiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.True(error.Span.Line >= 3, error.ToString());
        Assert.True(error.Span.Column >= 1, error.ToString());
        Assert.Empty(result.Items);
    }

    [Fact]
    public void An_item_without_an_id_is_an_error_at_the_item_and_the_others_are_read()
    {
        var result = Read("- id: a\n- title: No id\n- id: c\n");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((BibliographyDiagnosticCodes.ItemInvalid, 2, 3), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Equal(["a", "c"], result.Items.Select(i => i.Id));
    }

    [Fact]
    public void A_duplicate_id_is_warned_and_the_first_kept()
    {
        var result = Read("- id: a\n  title: First\n- id: a\n  title: Second\n");
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((BibliographyDiagnosticCodes.DuplicateKey, 3), (warning.Code, warning.Span.Line));
        Assert.Equal("First", Assert.Single(result.Items).Variables["title"]);
    }

    [Fact]
    public void A_mapping_without_references_is_an_error()
    {
        Assert.Equal(BibliographyDiagnosticCodes.ItemInvalid, Assert.Single(Read("title: not a bibliography\n").Diagnostics).Code);
    }

    [Fact]
    public void The_reader_by_extension_reads_bib_yaml_and_json_and_refuses_others()
    {
        Assert.Single(BibliographyReader.Read("@book{a}", "x.bib").Items);
        Assert.Single(BibliographyReader.Read("- id: a\n", "x.yml").Items);
        Assert.Single(BibliographyReader.Read("[{\"id\": \"a\"}]", "x.json").Items);
        Assert.Equal(BibliographyDiagnosticCodes.UnknownFormat, Assert.Single(BibliographyReader.Read("", "x.ris").Diagnostics).Code);
        Assert.Equal(CitationDiagnosticCodes.ItemsInvalid, Assert.Single(BibliographyReader.Read("{", "x.json").Diagnostics).Code);
        Assert.Equal(CitationDiagnosticCodes.FileNotFound, Assert.Single(BibliographyReader.ReadFile("/nonexistent/x.bib").Diagnostics).Code);
    }
}
