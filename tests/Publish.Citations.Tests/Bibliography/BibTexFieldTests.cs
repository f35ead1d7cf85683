using Publish.Citations.Bibliography;
using static Publish.Citations.Tests.Bibliography.BibTexTestSupport;

namespace Publish.Citations.Tests.Bibliography;

/// <summary>Dates, types, fields and crossref/xdata inheritance as CSL variables.</summary>
public sealed class BibTexFieldTests
{
    [Theory]
    [InlineData("2001", 2001, 0, 0)]
    [InlineData("2001-05", 2001, 5, 0)]
    [InlineData("2001-05-17", 2001, 5, 17)]
    [InlineData("-0044-03-15", -44, 3, 15)]
    public void A_BibLaTeX_date_is_read_as_EDTF(string date, int year, int month, int day)
    {
        Assert.Equal([(year, month, day)], Single($"@book{{k, date = {{{date}}}}}").Dates["issued"].Parts);
    }

    [Fact]
    public void A_date_range_has_two_parts()
    {
        Assert.Equal([(2001, 0, 0), (2003, 0, 0)], Single("@book{k, date = {2001/2003}}").Dates["issued"].Parts);
        Assert.Equal([(2001, 5, 0), (2001, 9, 0)], Single("@book{k, date = {2001-05/2001-09}}").Dates["issued"].Parts);
    }

    [Fact]
    public void An_approximate_date_is_circa()
    {
        var date = Single("@book{k, date = {1650~}}").Dates["issued"];
        Assert.True(date.Circa);
        Assert.Equal([(1650, 0, 0)], date.Parts);
    }

    [Fact]
    public void A_date_that_is_not_EDTF_is_a_warning_at_the_value_and_a_literal()
    {
        var result = Read("@book{k,\n  date = {Spring 2001}}");
        var warning = SingleDiagnostic(result, BibliographyDiagnosticCodes.DateNotUnderstood);
        Assert.Equal((2, 10), (warning.Span.Line, warning.Span.Column));
        Assert.Equal("Spring 2001", Assert.Single(result.Items).Dates["issued"].Literal);
    }

    [Fact]
    public void A_year_range_and_a_year_in_words()
    {
        Assert.Equal([(2001, 0, 0), (2003, 0, 0)], Single("@book{k, year = {2001--2003}}").Dates["issued"].Parts);
        Assert.Equal("forthcoming", Single("@book{k, year = {forthcoming}}").Dates["issued"].Literal);
    }

    [Fact]
    public void Date_wins_over_year_and_urldate_origdate_are_read()
    {
        var item = Single("@online{k, date = {2010}, year = 1999, urldate = {2024-02-29}, origdate = {1867}}");
        Assert.Equal([(2010, 0, 0)], item.Dates["issued"].Parts);
        Assert.Equal([(2024, 2, 29)], item.Dates["accessed"].Parts);
        Assert.Equal([(1867, 0, 0)], item.Dates["original-date"].Parts);
    }

    [Theory]
    [InlineData("article", "article-journal")]
    [InlineData("book", "book")]
    [InlineData("inbook", "chapter")]
    [InlineData("incollection", "chapter")]
    [InlineData("inproceedings", "paper-conference")]
    [InlineData("phdthesis", "thesis")]
    [InlineData("mastersthesis", "thesis")]
    [InlineData("thesis", "thesis")]
    [InlineData("report", "report")]
    [InlineData("techreport", "report")]
    [InlineData("online", "webpage")]
    [InlineData("misc", "document")]
    [InlineData("unpublished", "manuscript")]
    [InlineData("booklet", "pamphlet")]
    [InlineData("inreference", "entry-encyclopedia")]
    public void Entry_types_map_to_CSL_types(string entryType, string cslType) =>
        Assert.Equal(cslType, Single($"@{entryType}{{k, title = {{T}}}}").Type);

    [Fact]
    public void A_newspaper_article_by_its_subtype()
    {
        Assert.Equal("article-newspaper", Single("@article{k, entrysubtype = {newspaper}}").Type);
    }

    [Fact]
    public void Thesis_types_give_a_genre()
    {
        Assert.Equal("PhD thesis", Single("@phdthesis{k, school = {MIT}}").Variable("genre"));
        Assert.Equal("Master’s thesis", Single("@thesis{k, type = {mathesis}, institution = {MIT}}").Variable("genre"));
        Assert.Equal("MIT", Single("@phdthesis{k, school = {MIT}}").Variable("publisher"));
    }

    [Fact]
    public void Pages_with_two_hyphens_become_an_en_dash_range()
    {
        Assert.Equal("12–15", Field("pages", "{12--15}", "article"));
    }

    [Fact]
    public void Title_subtitle_and_titleaddon_join_as_BibLaTeX_prints_them()
    {
        Assert.Equal("Main: Sub. Addon", Single("@book{k, title = {Main}, subtitle = {Sub}, titleaddon = {Addon}}").Variable("title"));
        Assert.Equal("Why? Because", Single("@book{k, title = {Why?}, subtitle = {Because}}").Variable("title"));
    }

    [Fact]
    public void Article_fields_map_to_container_volume_issue()
    {
        var item = Single("@article{k, journaltitle = {Turkish Studies}, volume = 6, number = 4, issn = {1468-3849}, shortjournal = {TS}}");
        Assert.Equal(("Turkish Studies", "6", "4"), (item.Variable("container-title"), item.Variable("volume"), item.Variable("issue")));
        Assert.Equal(("1468-3849", "TS"), (item.Variable("ISSN"), item.Variable("container-title-short")));
    }

    [Fact]
    public void Book_fields_map_to_publisher_place_series_edition_isbn()
    {
        var item = Single("@book{k, publisher = {Y}, location = {London and New York}, series = {Studies}, number = 12, edition = 2, isbn = {978-0-00-000000-2}}");
        Assert.Equal(("Y", "London; New York", "Studies"), (item.Variable("publisher"), item.Variable("publisher-place"), item.Variable("collection-title")));
        Assert.Equal(("12", "2", "978-0-00-000000-2"), (item.Variable("collection-number"), item.Variable("edition"), item.Variable("ISBN")));
    }

    [Theory]
    [InlineData("turkish", "tr")]
    [InlineData("english", "en")]
    [InlineData("british", "en-GB")]
    [InlineData("ngerman", "de")]
    [InlineData("en-US", "en-US")]
    public void Langid_gives_the_item_language(string langid, string language) =>
        Assert.Equal(language, Single($"@book{{k, langid = {{{langid}}}}}").Language);

    [Fact]
    public void Crossref_to_a_book_makes_its_title_the_chapter_container_title()
    {
        var result = Read("@inbook{ch, title = {Chapter}, crossref = {bk}, pages = {1--10}}\n@book{bk, title = {The Book}, subtitle = {Sub}, author = {Doe, Jane}, publisher = {P}, year = 2001}");
        Assert.Empty(result.Diagnostics);
        var chapter = result.Items.Single(i => i.Id == "ch");
        Assert.Equal(("Chapter", "The Book: Sub", "P"), (chapter.Variable("title"), chapter.Variable("container-title"), chapter.Variable("publisher")));
        Assert.Equal("Doe", Assert.Single(chapter.Names["author"]).Family);
        Assert.Equal("Doe", Assert.Single(chapter.Names["container-author"]).Family);
        Assert.Equal([(2001, 0, 0)], chapter.Dates["issued"].Parts);
    }

    [Fact]
    public void Crossref_from_a_collection_and_proceedings_and_own_fields_win()
    {
        var result = Read("@collection{c, title = {Essays}, editor = {Roe, R.}, year = 2000}\n@incollection{a, title = {A}, crossref = {c}, year = 2005}\n@proceedings{p, title = {Proc}}\n@inproceedings{b, title = {B}, crossref = {p}}");
        var a = result.Items.Single(i => i.Id == "a");
        Assert.Equal(("A", "Essays"), (a.Variable("title"), a.Variable("container-title")));
        Assert.Equal("Roe", Assert.Single(a.Names["editor"]).Family);
        Assert.Equal([(2005, 0, 0)], a.Dates["issued"].Parts);
        Assert.Equal("Proc", result.Items.Single(i => i.Id == "b").Variable("container-title"));
    }

    [Fact]
    public void Crossref_from_a_multivolume_work_gives_the_main_title()
    {
        var result = Read("@mvbook{mv, title = {Collected Works}, volumes = 5}\n@book{v2, title = {Letters}, crossref = {mv}, volume = 2}");
        var volume = result.Items.Single(i => i.Id == "v2");
        Assert.Equal(("Collected Works", "Letters", "5"), (volume.Variable("title"), volume.Variable("volume-title"), volume.Variable("number-of-volumes")));
    }

    [Fact]
    public void Crossref_chains_and_periodicals()
    {
        var result = Read("@periodical{j, title = {Journal}, issn = {1}}\n@article{a, title = {A}, crossref = {j}}");
        Assert.Equal(("Journal", "1"), (result.Items.Single(i => i.Id == "a").Variable("container-title"), result.Items.Single(i => i.Id == "a").Variable("ISSN")));
    }

    [Fact]
    public void Xdata_lends_fields_as_they_are_and_is_not_an_item()
    {
        var result = Read("@xdata{pub, publisher = {Princeton University Press}, location = {Princeton}}\n@book{k, title = {T}, xdata = {pub}}");
        var item = Assert.Single(result.Items);
        Assert.Equal(("Princeton University Press", "Princeton"), (item.Variable("publisher"), item.Variable("publisher-place")));
    }

    [Fact]
    public void A_missing_crossref_target_is_a_warning_at_the_field()
    {
        var result = Read("@inbook{ch,\n  crossref = {nowhere}}");
        var warning = SingleDiagnostic(result, BibliographyDiagnosticCodes.MissingParent);
        Assert.Equal((2, 14), (warning.Span.Line, warning.Span.Column));
        Assert.Single(result.Items);
    }

    [Fact]
    public void A_crossref_cycle_is_cut_with_a_warning()
    {
        var result = Read("@book{a, crossref = {b}, title = {A}}\n@book{b, crossref = {a}, title = {B}}");
        Assert.Contains(result.Diagnostics, d => d.Code == BibliographyDiagnosticCodes.MissingParent);
        Assert.Equal(2, result.Items.Count);
    }

    [Fact]
    public void Notes_abstract_keywords_and_eprint()
    {
        var item = Single("@misc{k, note = {A note}, addendum = {More}, abstract = {Abs}, keywords = {x, y}, eprint = {2101.00001}, eprinttype = {arxiv}}");
        Assert.Equal(("A note. More", "Abs", "x, y"), (item.Variable("note"), item.Variable("abstract"), item.Variable("keyword")));
        Assert.Equal("https://arxiv.org/abs/2101.00001", item.Variable("URL"));
    }
}
