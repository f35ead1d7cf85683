using System.IO.Compression;
using System.Xml.Linq;

namespace Publish.Engine.Tests;

/// <summary>
/// What authors write (issue 17) in the EPUB, end to end: the test manuscripts of tables, definition lists and divs,
/// inline formats, cross-references and structured notes built by the real <c>publish</c> process (both editions,
/// so page markers are in place too), each XHTML document parsed back. EPUBCheck and Ace run on these books with
/// every other manuscript (<see cref="EpubEditionTests"/>, <see cref="Readers.AceTests"/>).
/// </summary>
public sealed class EpubConstructEditionTests
{
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";
    private static readonly XName EpubType = XName.Get("type", "http://www.idpf.org/2007/ops");
    private static readonly XName XmlLang = XNamespace.Xml + "lang";

    private static readonly string[] Manuscripts = ["tables", "definitions-and-divs", "inline-formats", "cross-references", "structured-notes"];

    /// <summary>The five books, built once per test run by one <c>publish build</c>: name → content documents by file name.</summary>
    private static readonly Lazy<Dictionary<string, Dictionary<string, XDocument>>> Books = new(Build);

    [Fact]
    public void Tables_are_tables_with_a_labelled_caption_header_cells_with_scope_and_aligned_columns()
    {
        var tables = Elements("tables", "table").ToList();

        Assert.Equal(4, tables.Count);
        Assert.Equal(["Table\u00A01:", "Table\u00A02:", "Table\u00A03:", "Table\u00A04:"],
            tables.Select(t => t.Element(X + "caption")?.Element(X + "span")?.Value));
        Assert.Equal("Table\u00A01: Calls and cargo at the three busiest harbours, 2020", tables[0].Element(X + "caption")!.Value);
        Assert.All(tables, t => Assert.NotEmpty(t.Element(X + "thead")!.Descendants(X + "th")));
        Assert.All(tables.SelectMany(t => t.Descendants(X + "th")), th => Assert.Equal("col", th.Attribute("scope")?.Value));
        Assert.All(tables, t => Assert.Empty(t.Element(X + "tbody")!.Descendants(X + "th")));

        // "| Harbour | Calls |…" over "|:---|---:|…": the harbour's cells are left-aligned, the calls right-aligned.
        var firstRow = tables[0].Element(X + "tbody")!.Elements(X + "tr").First().Elements(X + "td").ToList();
        Assert.Equal(["Samsun", "2140", "812.4"], firstRow.Take(3).Select(td => td.Value));
        Assert.Equal(["align-left", "align-right", "align-right", "align-left"], firstRow.Select(td => td.Attribute("class")?.Value));
        Assert.Equal(60, tables[2].Element(X + "tbody")!.Elements(X + "tr").Count());

        // The grid table keeps a list and two paragraphs inside its cells.
        var grid = tables[1].Element(X + "tbody")!.Elements(X + "tr").ToList();
        Assert.Equal(2, grid[0].Elements(X + "td").Last().Element(X + "ul")!.Elements(X + "li").Count());
        Assert.Equal(2, grid[1].Elements(X + "td").Last().Elements(X + "p").Count());
        Assert.Equal("tbl-busiest", tables[0].Attribute("id")?.Value);
    }

    [Fact]
    public void Note_markers_inside_table_cells_pop_up_their_notes_from_the_same_file()
    {
        var (file, document) = Books.Value["tables"].Single(d => d.Value.Descendants(X + "table").Any(t => t.Attribute("id")?.Value == "tbl-busiest"));
        var markers = document.Descendants(X + "td").SelectMany(td => td.Descendants(X + "a")).Where(a => a.Attribute(EpubType)?.Value == "noteref").ToList();

        Assert.Equal(2, markers.Count);
        var notes = markers.Select(m => document.Descendants(X + "aside").Single(a => "#" + a.Attribute("id")?.Value == m.Attribute("href")?.Value).Value).ToList();
        Assert.Contains("eleven months", notes[0], StringComparison.Ordinal);
        Assert.Contains("Mostly to Iran.", notes[1], StringComparison.Ordinal);
        Assert.StartsWith("text-", file, StringComparison.Ordinal);
    }

    [Fact]
    public void Definition_lists_are_dl_with_their_terms_and_definitions()
    {
        var list = Assert.Single(Elements("definitions-and-divs", "dl"));

        Assert.Equal(["Berth", "Demurrage", "Lighter", "Barge"], list.Elements(X + "dt").Select(dt => dt.Value));
        Assert.Equal(["dt", "dd", "dt", "dd", "dd", "dt", "dt", "dd"], list.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(2, list.Elements(X + "dd").Last().Elements(X + "p").Count());
        Assert.Equal("holds", list.Elements(X + "dd").First().Descendants(X + "em").Single().Value);
    }

    [Fact]
    public void Fenced_divs_are_an_epigraph_named_callouts_an_abstract_in_its_language_and_a_plain_div()
    {
        var epigraph = Assert.Single(Elements("definitions-and-divs", "blockquote"), b => b.Attribute(EpubType)?.Value == "epigraph");
        Assert.Equal("doc-epigraph", epigraph.Attribute("role")?.Value);
        Assert.StartsWith("The sea has many words", epigraph.Value, StringComparison.Ordinal);

        var callouts = Elements("definitions-and-divs", "aside").Where(a => a.Attribute("role")?.Value == "note").ToList();
        Assert.Equal(["callout note", "callout warning"], callouts.Select(a => a.Attribute("class")?.Value));
        Assert.Equal(["Note", "Warning"], callouts.Select(a => a.Attribute("aria-label")?.Value));
        Assert.Equal("reading-note", callouts[0].Attribute("id")?.Value);

        var summary = Assert.Single(Elements("definitions-and-divs", "section"), s => s.Attribute("role")?.Value == "doc-abstract");
        Assert.Equal("tr", summary.Attribute("lang")?.Value);
        Assert.Equal("tr", summary.Attribute(XmlLang)?.Value);
        Assert.Equal("Bu sözlük, liman kayıtlarında geçen terimleri açıklar.", summary.Value);

        Assert.Contains(Elements("definitions-and-divs", "div"), d => d.Attribute("class")?.Value == "sidebar" && d.Value.Contains("composite", StringComparison.Ordinal));
        Assert.DoesNotContain(":::", Text("definitions-and-divs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_formats_are_del_sub_sup_small_caps_math_and_spans_in_their_language()
    {
        const string Book = "inline-formats";

        Assert.Equal("two million", Assert.Single(Elements(Book, "del")).Value);
        Assert.Equal("2", Assert.Single(Elements(Book, "sub")).Value);
        Assert.Equal("2", Assert.Single(Elements(Book, "sup")).Value);
        Assert.Equal("Ottoman Customs Office", Assert.Single(Elements(Book, "span"), s => s.Attribute("class")?.Value == "smallcaps").Value);
        Assert.Equal("a^2 + b^2 = c^2", Assert.Single(Elements(Book, "span"), s => s.Attribute("class")?.Value == "math").Value);
        Assert.Contains("\\sum_{i=1}^{n} t_i = T", Assert.Single(Elements(Book, "p"), p => p.Attribute("class")?.Value == "math").Value, StringComparison.Ordinal);

        var languages = Elements(Book, "span").Where(s => s.Attribute("lang") is not null).ToList();
        Assert.Equal(["tr", "de", "tr", "de"], languages.Select(s => s.Attribute("lang")!.Value));
        Assert.All(languages, s => Assert.Equal(s.Attribute("lang")!.Value, s.Attribute(XmlLang)?.Value));
        Assert.Equal("kahvehane", languages[0].Value);
        Assert.Equal("ledger-span", Assert.Single(Elements(Book, "span"), s => s.Attribute("id") is not null && s.Attribute(EpubType) is null).Attribute("id")!.Value);

        var text = Text(Book);
        foreach (var literal in new[] { "~~", "H~2~O", "x^2^", "]{", "{.smallcaps}", "$a^2" })
        {
            Assert.DoesNotContain(literal, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Task_items_show_their_box_as_a_glyph()
    {
        var items = Elements("inline-formats", "li").Where(li => li.Attribute("class")?.Value == "task").ToList();

        Assert.Equal(["\u2611 Read the customs ledgers", "\u2610 Compare them with the consuls' reports", "\u2610 Check the figures of 1923"],
            items.Select(li => li.Value.Replace('\u2019', '\'')));
        Assert.Empty(Elements("inline-formats", "input"));
    }

    [Fact]
    public void Cross_references_link_to_the_heading_table_or_figure_and_read_as_its_label()
    {
        var references = Elements("cross-references", "a").Where(a => a.Attribute("class")?.Value == "xref").ToList();
        var byText = references.GroupBy(r => r.Value).ToDictionary(g => g.Key, g => g.First().Attribute("href")!.Value, StringComparer.Ordinal);

        Assert.EndsWith("#tbl-records", byText["Table\u00A01"], StringComparison.Ordinal);
        Assert.EndsWith("#fig-harbour", byText["Figure\u00A01"], StringComparison.Ordinal);
        Assert.EndsWith("#method", byText["Method"], StringComparison.Ordinal);
        Assert.EndsWith("#method", byText["the section on method"], StringComparison.Ordinal);

        var figure = Assert.Single(Elements("cross-references", "figure"));
        Assert.Equal("fig-harbour", figure.Attribute("id")?.Value);
        Assert.Contains("w60pc", figure.Attribute("class")?.Value ?? string.Empty, StringComparison.Ordinal);
        Assert.StartsWith("Figure\u00A01: The harbour and its archives", figure.Element(X + "figcaption")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_fragment_link_of_every_book_resolves_to_an_element_with_that_id_in_that_file()
    {
        var checkedLinks = 0;
        foreach (var (book, documents) in Books.Value)
        {
            var ids = documents.ToDictionary(d => d.Key, d => d.Value.Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>().ToList(), StringComparer.Ordinal);
            foreach (var (file, ofFile) in ids)
            {
                Assert.True(ofFile.Count == ofFile.Distinct(StringComparer.Ordinal).Count(), $"{book}/{file} repeats an id");
            }

            foreach (var (file, document) in documents)
            {
                foreach (var href in document.Descendants(X + "a").Select(a => a.Attribute("href")?.Value).OfType<string>().Where(h => h.Contains('#', StringComparison.Ordinal)))
                {
                    var cut = href.IndexOf('#', StringComparison.Ordinal);
                    var target = cut == 0 ? file : href[..cut];
                    Assert.True(ids.TryGetValue(target, out var there) && there.Contains(href[(cut + 1)..]), $"{book}/{file}: {href} leads nowhere");
                    checkedLinks++;
                }
            }
        }

        Assert.True(checkedLinks > 30, $"only {checkedLinks} links");
    }

    [Fact]
    public void A_note_keeps_its_paragraphs_list_quote_and_code_as_structure()
    {
        var notes = Elements("structured-notes", "aside").Where(a => a.Attribute(EpubType)?.Value == "footnote").ToList();

        Assert.Equal(2, notes.Single(n => n.Value.Contains("customs season", StringComparison.Ordinal)).Elements(X + "p").Count());
        var order = notes.Single(n => n.Value.Contains("order of entries", StringComparison.Ordinal));
        Assert.Equal(3, order.Element(X + "ol")!.Elements(X + "li").Count());
        Assert.Equal("Later volumes add the pilot’s name.", order.Elements(X + "p").Last().Value);
        Assert.Contains("Enter every ship", notes.Single(n => n.Value.Contains("margin reads", StringComparison.Ordinal)).Element(X + "blockquote")!.Value, StringComparison.Ordinal);
        Assert.Contains("fee = tonnage * 0.12", notes.Single(n => n.Value.Contains("tariff rule", StringComparison.Ordinal)).Element(X + "pre")!.Value, StringComparison.Ordinal);
        Assert.Contains(notes, n => n.Value.Contains("gaps in 1915", StringComparison.Ordinal));
    }

    [Fact]
    public void No_element_of_any_book_has_a_style_attribute()
    {
        Assert.DoesNotContain(Books.Value.Values.SelectMany(d => d.Values).SelectMany(d => d.Descendants()), e => e.Attribute("style") is not null);
    }

    private static IEnumerable<XElement> Elements(string book, string name) =>
        Books.Value[book].Where(d => d.Key.StartsWith("text-", StringComparison.Ordinal)).SelectMany(d => d.Value.Descendants(X + name));

    private static string Text(string book) =>
        string.Join("\n", Books.Value[book].Where(d => d.Key.StartsWith("text-", StringComparison.Ordinal)).Select(d => d.Value.Root!.Value));

    private static Dictionary<string, Dictionary<string, XDocument>> Build()
    {
        var output = Directory.CreateTempSubdirectory("publish-constructs-").FullName;
        var paths = Manuscripts.Select(m => Path.Combine(Repo.Root, "tests", "manuscripts", "markdown", m + ".md")).ToArray();
        var outcome = PublishProcess.Run(output, new Dictionary<string, string>(StringComparer.Ordinal) { ["SOURCE_DATE_EPOCH"] = "1700000000" },
            ["build", .. paths, "-o", output, "--style", Repo.DefaultStyle]);
        Assert.True(outcome.ExitCode == 0, outcome.StandardError + outcome.StandardOutput);

        return Manuscripts.ToDictionary(m => m, m =>
        {
            using var zip = ZipFile.OpenRead(Path.Combine(output, m + ".epub"));
            return zip.Entries
                .Where(e => e.FullName.StartsWith("EPUB/", StringComparison.Ordinal) && e.FullName.EndsWith(".xhtml", StringComparison.Ordinal))
                .ToDictionary(e => e.FullName["EPUB/".Length..], e =>
                {
                    using var stream = e.Open();
                    return XDocument.Load(stream);
                }, StringComparer.Ordinal);
        }, StringComparer.Ordinal);
    }
}
