using System.Text;
using System.Xml.Linq;
using Publish.Model.Pages;

namespace Publish.Epub.Tests;

/// <summary>The constructs of issue 17 as XHTML a reader and a screen reader understand, read back from a written EPUB.</summary>
public sealed class ConstructMarkupTests
{
    private static readonly XNamespace X = WrittenEpub.Xhtml;
    private static readonly XName EpubType = WrittenEpub.Ops + "type";
    private static readonly XName XmlLang = XNamespace.Xml + "lang";

    [Fact]
    public void A_table_has_a_labelled_caption_column_widths_header_cells_with_scope_spans_and_alignment_by_class()
    {
        using var epub = Write();
        var table = Single(epub, "table", t => t.Attribute("id")?.Value == "tbl-results");

        Assert.Equal("Table\u00A02: Votes by region", table.Element(X + "caption")!.Value);
        Assert.Equal("Table\u00A02:", table.Element(X + "caption")!.Element(X + "span")!.Value);
        Assert.Equal(["w50pc", "w25pc", "w25pc"], table.Element(X + "colgroup")!.Elements(X + "col").Select(c => c.Attribute("class")?.Value));
        Assert.Equal(["caption", "colgroup", "thead", "tbody"], table.Elements().Select(e => e.Name.LocalName));

        var headers = table.Element(X + "thead")!.Descendants(X + "th").ToList();
        Assert.Equal(["Region", "Year", "Votes"], headers.Select(h => h.Value));
        Assert.All(headers, h => Assert.Equal("col", h.Attribute("scope")?.Value));
        Assert.Empty(table.Element(X + "tbody")!.Descendants(X + "th"));

        var rows = table.Element(X + "tbody")!.Elements(X + "tr").ToList();
        Assert.Equal("2", rows[0].Elements(X + "td").First().Attribute("rowspan")?.Value);

        // The second body row starts under the row-spanning cell: its cells are columns 2 and 3, centred and right-aligned.
        Assert.Equal(["align-center", "align-right"], rows[1].Elements(X + "td").Select(c => c.Attribute("class")?.Value));
        Assert.Equal("2", rows[2].Elements(X + "td").First().Attribute("colspan")?.Value);
        Assert.Equal(["align-left", "align-right"], rows[2].Elements(X + "td").Select(c => c.Attribute("class")?.Value));

        var css = Css(epub);
        Assert.Contains("col.w50pc { width: 50%; }", css, StringComparison.Ordinal);
        Assert.Contains("td.align-right { text-align: right; }", css.Replace("th.align-right, ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_without_id_or_caption_label_still_shows_its_caption_and_number()
    {
        using var epub = Write();
        var table = Single(epub, "table", t => t.Element(X + "caption")?.Value.Contains("unreferenced", StringComparison.Ordinal) == true);

        Assert.Equal("Table\u00A01: A first, unreferenced table", table.Element(X + "caption")!.Value);
        Assert.Null(table.Attribute("id"));
        Assert.Null(table.Element(X + "colgroup"));
    }

    [Fact]
    public void A_note_marker_inside_a_table_cell_links_to_its_note_in_the_same_file()
    {
        using var epub = Write();
        var (entry, document) = epub.XhtmlDocuments.Single(d => d.Document.Descendants(X + "table").Any());
        var marker = document.Descendants(X + "td").SelectMany(td => td.Descendants(X + "a")).Single(a => a.Attribute(EpubType)?.Value == "noteref");

        var note = document.Descendants().Single(e => e.Attribute("id")?.Value == marker.Attribute("href")!.Value.TrimStart('#'));
        Assert.Equal("aside", note.Name.LocalName);
        Assert.Contains("from inside a table cell", note.Value, StringComparison.Ordinal);
        Assert.StartsWith("EPUB/text-", entry, StringComparison.Ordinal);
    }

    [Fact]
    public void Definition_lists_are_dl_with_a_dt_per_term_and_a_dd_per_definition()
    {
        using var epub = Write();
        var list = Single(epub, "dl", _ => true);

        Assert.Equal(["dt", "dt", "dd", "dd"], list.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(["Term", "Synonym"], list.Elements(X + "dt").Select(e => e.Value));
        Assert.Equal(2, list.Elements(X + "dd").Last().Elements(X + "p").Count());
        Assert.Contains("dd p { text-indent: 0; }", Css(epub), StringComparison.Ordinal);
    }

    [Fact]
    public void Fenced_divs_become_named_callouts_an_epigraph_and_a_div_with_the_authors_classes_and_language()
    {
        using var epub = Write();
        var asides = All(epub, "aside").Where(a => a.Attribute("role")?.Value == "note").ToList();
        Assert.Equal(2, asides.Count);

        var warning = asides.Single(a => a.Attribute("class")?.Value == "callout warning");
        var heading = warning.Element(X + "h2")!;
        Assert.Equal(heading.Attribute("id")!.Value, warning.Attribute("aria-labelledby")?.Value);
        Assert.Equal("gap", heading.Attribute("id")!.Value);

        var note = asides.Single(a => a.Attribute("class")?.Value == "callout note");
        Assert.Equal("Note", note.Attribute("aria-label")?.Value);

        // The author's id "h1" has the shape of the writer's own heading ids: it is renamed, not shared.
        Assert.Equal("id-h1", note.Attribute("id")?.Value);

        var epigraph = Single(epub, "blockquote", b => b.Attribute("class")?.Value == "epigraph");
        Assert.Equal("epigraph", epigraph.Attribute(EpubType)?.Value);
        Assert.Equal("doc-epigraph", epigraph.Attribute("role")?.Value);

        var german = Single(epub, "div", d => d.Attribute("class")?.Value == "aside-de boxed");
        Assert.Equal("de", german.Attribute("lang")?.Value);
        Assert.Equal("de", german.Attribute(XmlLang)?.Value);
    }

    [Fact]
    public void Formats_and_spans_are_del_sub_sup_small_caps_and_lang_spans()
    {
        using var epub = Write();

        Assert.Equal("2", Single(epub, "sub", _ => true).Value);
        Assert.Equal("2", Single(epub, "sup", _ => true).Value);
        Assert.Equal("wrong", Single(epub, "del", _ => true).Value);
        Assert.Equal("Small Caps", Single(epub, "span", s => s.Attribute("class")?.Value == "smallcaps").Value);

        var turkish = Single(epub, "span", s => s.Attribute("lang")?.Value == "tr");
        Assert.Equal("Günaydın", turkish.Value);
        Assert.Equal("tr", turkish.Attribute(XmlLang)?.Value);
        Assert.Null(turkish.Attribute("dir"));

        // Hebrew in an English book runs the other way: the span says so.
        Assert.Equal("rtl", Single(epub, "span", s => s.Attribute("lang")?.Value == "he").Attribute("dir")?.Value);

        var marked = Single(epub, "span", s => s.Attribute("class")?.Value == "mark");
        Assert.Equal("key-point", marked.Attribute("id")?.Value);

        Assert.Equal("e = mc^2", Single(epub, "span", s => s.Attribute("class")?.Value == "math").Value);
        Assert.Equal("\\int_0^1 x\\,dx = \\tfrac12", Single(epub, "p", p => p.Attribute("class")?.Value == "math").Value);

        var css = Css(epub);
        Assert.Contains(".smallcaps { font-variant: small-caps; }", css, StringComparison.Ordinal);
        Assert.Contains(".math { font-style: italic; }", css, StringComparison.Ordinal);
    }

    [Fact]
    public void Task_items_show_a_box_glyph_and_no_form_control()
    {
        using var epub = Write();
        var items = All(epub, "li").Where(li => li.Attribute("class")?.Value == "task").ToList();

        Assert.Equal(["\u2611 done item", "\u2610 open item"], items.Select(i => i.Value));
        Assert.Empty(All(epub, "input"));
        Assert.Contains("li.task { list-style: none; }", Css(epub), StringComparison.Ordinal);
    }

    [Fact]
    public void Cross_references_link_into_the_file_that_holds_their_target_and_read_as_its_label()
    {
        using var epub = Write();
        var (entry, document) = epub.XhtmlDocuments.Single(d => d.Document.Descendants(X + "h1").Any(h => h.Value == "Introduction"));
        var references = document.Descendants(X + "a").Where(a => a.Attribute("class")?.Value == "xref").ToList();

        Assert.Equal(["Table\u00A02", "Figure\u00A01", "Methods", "the methods"], references.Select(r => r.Value));
        Assert.Equal(["text-002.xhtml#tbl-results", "text-003.xhtml#fig-map", "text-002.xhtml#methods", "text-002.xhtml#methods"],
            references.Select(r => r.Attribute("href")?.Value));
        Assert.Equal("EPUB/text-001.xhtml", entry);
    }

    [Fact]
    public void Every_fragment_link_in_the_book_resolves_to_an_element_with_that_id_in_that_file()
    {
        using var epub = Write();
        var idsByFile = epub.XhtmlDocuments.ToDictionary(
            d => d.Entry["EPUB/".Length..],
            d => d.Document.Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal));
        var links = epub.XhtmlDocuments
            .SelectMany(d => d.Document.Descendants(X + "a").Select(a => (File: d.Entry["EPUB/".Length..], Href: a.Attribute("href")?.Value ?? string.Empty)))
            .Where(l => l.Href.Contains('#', StringComparison.Ordinal))
            .ToList();

        Assert.True(links.Count > 10);
        foreach (var (file, href) in links)
        {
            var target = href.StartsWith('#') ? file : href[..href.IndexOf('#', StringComparison.Ordinal)];
            Assert.True(idsByFile.TryGetValue(target, out var ids) && ids.Contains(href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..]), $"{file}: {href}");
        }
    }

    [Fact]
    public void Author_ids_are_valid_xml_ids_unique_in_the_package()
    {
        using var epub = Write();
        var ids = epub.XhtmlDocuments.SelectMany(d => d.Document.Descendants().Select(e => e.Attribute("id")?.Value)).OfType<string>().ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Equal(id, System.Xml.XmlConvert.VerifyNCName(id)));

        // Two headings with the author id "methods": the first keeps it, the second is told apart; "1st" cannot start an id.
        Assert.Equal(["methods", "methods-2", "id-1st"], All(epub, "h1").Concat(All(epub, "h2")).Where(h => h.Value is "Methods" or "Numbers")
            .Select(h => h.Attribute("id")?.Value));
        Assert.Equal("fig-map", Single(epub, "figure", f => f.Attribute("id") is not null).Attribute("id")?.Value);
    }

    [Fact]
    public void Figure_widths_are_classes_with_rules_in_the_stylesheet_and_no_element_has_a_style_attribute()
    {
        using var epub = Write();
        var figures = All(epub, "figure").ToList();

        Assert.Equal(["wide w50pc", "w170pt"], figures.Select(f => f.Attribute("class")?.Value));
        Assert.Equal("Figure\u00A01: A map", figures[0].Element(X + "figcaption")!.Value);
        Assert.Equal("The same map, 170 points wide", figures[1].Element(X + "figcaption")!.Value);
        var css = Css(epub);
        Assert.Contains("figure.w50pc img { width: 50%; }", css, StringComparison.Ordinal);
        Assert.Contains("figure.w170pt img { width: 170pt; }", css, StringComparison.Ordinal);
        Assert.DoesNotContain(epub.XhtmlDocuments.SelectMany(d => d.Document.Descendants()), e => e.Attribute("style") is not null);
    }

    [Theory]
    [InlineData(NotePlacement.SectionEnd)]
    [InlineData(NotePlacement.AfterParagraph)]
    public void A_note_holding_paragraphs_a_list_a_quote_and_code_keeps_them_as_structure(NotePlacement placement)
    {
        using var epub = Write(placement);
        var note = All(epub, "aside").Single(a => a.Attribute(EpubType)?.Value == "footnote" && a.Value.Contains("long note", StringComparison.Ordinal));

        Assert.Equal(["p", "p", "ul", "blockquote", "pre"], note.Elements().Select(e => e.Name.LocalName));
        Assert.StartsWith("1. The first paragraph", note.Elements().First().Value, StringComparison.Ordinal);
        Assert.Equal(["one point", "another point"], note.Element(X + "ul")!.Elements(X + "li").Select(li => li.Value));
    }

    [Fact]
    public void A_book_without_the_new_constructs_keeps_its_stylesheet()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(), PrintPageMap.Empty, folder);
        var css = Css(epub);

        Assert.DoesNotContain("table", css, StringComparison.Ordinal);
        Assert.DoesNotContain("dl {", css, StringComparison.Ordinal);
        Assert.DoesNotContain("smallcaps", css, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NotePlacement.SectionEnd)]
    [InlineData(NotePlacement.AfterParagraph)]
    public void Epubcheck_reports_no_errors_and_no_warnings_for_every_construct(NotePlacement placement)
    {
        using var epub = Write(placement);

        var (exitCode, report) = Epubcheck.Run(epub.Path);

        Assert.True(exitCode == 0, report);
        Assert.Contains("No errors or warnings detected", report, StringComparison.Ordinal);
        Assert.Empty(epub.Diagnostics);
    }

    private static WrittenEpub Write(NotePlacement placement = NotePlacement.SectionEnd)
    {
        var folder = WrittenEpub.NewFolder();
        return WrittenEpub.Of(ConstructDocuments.Book(folder), TestDocuments.Options(placement) with { CoverFonts = null }, PrintPageMap.Empty, folder);
    }

    private static IEnumerable<XElement> All(WrittenEpub epub, string name) =>
        epub.XhtmlDocuments.Where(d => d.Entry != "EPUB/nav.xhtml").SelectMany(d => d.Document.Descendants(X + name));

    private static XElement Single(WrittenEpub epub, string name, Func<XElement, bool> predicate) => All(epub, name).Single(predicate);

    private static string Css(WrittenEpub epub) => Encoding.UTF8.GetString(epub.Contents["EPUB/css/book.css"]);
}
