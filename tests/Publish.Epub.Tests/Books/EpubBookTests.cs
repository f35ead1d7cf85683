using System.Xml.Linq;
using Publish.Model.Blocks;
using Publish.Model.Books;
using Publish.Model.Pages;

namespace Publish.Epub.Tests.Books;

/// <summary>
/// The book's EPUB (issue 20) end to end: five manuscripts of both dialects read as the engine reads them, written as
/// one package, checked by EPUBCheck and read back: the nav lists the articles in order under their parts with each
/// article's headings under it, every note marker reaches its own article's aside, ids are unique in the package,
/// every link resolves, the page list follows the book's folios.
/// </summary>
public sealed class EpubBookTests
{
    private static readonly XNamespace X = WrittenEpub.Xhtml;
    private static readonly XNamespace Opf = WrittenEpub.Opf;
    private static readonly XName EpubType = WrittenEpub.Ops + "type";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    [Fact]
    public void The_book_passes_epubcheck_without_errors_or_warnings()
    {
        var book = EpubBookFixture.Book();
        var written = EpubBookFixture.Write(book, EpubBookFixture.Pages(book));
        var folder = WrittenEpub.NewFolder();
        try
        {
            var (exitCode, report) = Epubcheck.Run(written.SaveTo(folder));
            Assert.True(exitCode == 0, report);
            Assert.Contains("No errors or warnings detected", report, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_nav_lists_every_article_in_order_under_its_part_with_its_own_headings_nested()
    {
        var book = EpubBookFixture.Book();
        var written = EpubBookFixture.Write(book, []);
        var toc = written.Xml("EPUB/nav.xhtml").Descendants(X + "nav").Single(n => n.Attribute(EpubType)?.Value == "toc");
        var top = Items(toc.Element(X + "ol")!).ToList();
        var titles = book.Articles.Select(a => a.Document.Metadata.Title).ToList();

        // Title page, contents, the two articles before the part, the part, the colophon.
        Assert.True(top.Count == 6, string.Join(" | ", top.Select(t => Label(t) + " → " + Href(t))));
        Assert.Equal("title.xhtml", Href(top[0]));
        Assert.Equal("contents.xhtml", Href(top[1]));
        Assert.Equal([titles[0], titles[1]], top.Skip(2).Take(2).Select(Label));
        Assert.Equal(EpubBookFixture.PartTitle, Label(top[4]));
        Assert.StartsWith("colophon.xhtml", Href(top[5]), StringComparison.Ordinal);

        var inPart = Items(top[4].Element(X + "ol")!).ToList();
        Assert.Equal(titles.Skip(2), inPart.Select(Label));

        // Each article's entry links to its own first document, and what is nested under it stays in its files.
        var articleItems = top.Skip(2).Take(2).Concat(inPart).ToList();
        for (var i = 0; i < articleItems.Count; i++)
        {
            var prefix = $"a{i + 1:D2}-";
            Assert.Equal(prefix + "text-001.xhtml", Href(articleItems[i]));
            var nested = articleItems[i].Element(X + "ol")?.Descendants(X + "a").Select(a => a.Attribute("href")!.Value).ToList() ?? [];
            Assert.All(nested, href => Assert.StartsWith(prefix, href, StringComparison.Ordinal));
        }

        // An article's own headings: structured-notes.md's sections sit under its entry, not at top level.
        var headings = book.Articles[2].Document.Body.OfType<HeadingBlock>().Where(h => h.Level <= 3).ToList();
        Assert.NotEmpty(headings);
        var nestedLabels = articleItems[2].Element(X + "ol")!.Descendants(X + "a").Select(a => a.Value).ToList();
        Assert.Contains(nestedLabels, l => l.Length > 0 && !titles.Contains(l));
        Assert.True(nestedLabels.Count >= headings.Count, string.Join(" | ", nestedLabels));
    }

    [Fact]
    public void Each_article_s_note_markers_reach_their_own_asides_and_ids_are_unique_in_the_package()
    {
        var book = EpubBookFixture.Book();
        var written = EpubBookFixture.Write(book, EpubBookFixture.Pages(book));
        var spine = written.Spine();
        var notesPerArticle = new int[book.Articles.Length];
        foreach (var (name, document) in spine)
        {
            var ids = document.Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
            foreach (var marker in document.Descendants(X + "a").Where(a => a.Attribute(EpubType)?.Value == "noteref"))
            {
                var target = marker.Attribute("href")!.Value;
                Assert.StartsWith("#", target, StringComparison.Ordinal);
                var aside = document.Descendants(X + "aside").Single(a => a.Attribute("id")?.Value == target[1..]);
                Assert.Equal("footnote", aside.Attribute(EpubType)?.Value);

                // The aside is this article's (its id carries the article's prefix, as the file name does) and its
                // number is the marker's: two articles both have a note 1, each pops up its own.
                var article = int.Parse(name[1..3], System.Globalization.CultureInfo.InvariantCulture);
                Assert.StartsWith($"a{article}-fn", aside.Attribute("id")!.Value, StringComparison.Ordinal);
                var backLink = aside.Descendants(X + "a").First(a => a.Attribute("role")?.Value == "doc-backlink");
                Assert.Equal(marker.Value, backLink.Value);
                Assert.Contains(backLink.Attribute("href")!.Value[1..], ids);
                notesPerArticle[article - 1]++;
            }
        }

        Assert.All(notesPerArticle, count => Assert.True(count > 0, "every article of the test book has notes"));
        var note1Articles = book.Articles.Count(a => a.Document.Notes.Any(n => n.Number == 1));
        Assert.True(note1Articles >= 2, "the test needs two articles with a note 1");

        var all = spine.SelectMany(s => s.Document.Descendants().Select(e => (s.Name, Id: e.Attribute("id")?.Value))).Where(p => p.Id is not null).ToList();
        var duplicates = all.GroupBy(p => p.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key + " in " + string.Join(", ", g.Select(p => p.Name))).ToList();
        Assert.True(duplicates.Count == 0, string.Join("; ", duplicates));
    }

    [Fact]
    public void Every_link_in_the_package_resolves_to_a_file_and_an_id_in_it()
    {
        // cross-references.md as the second article: its references to its own table, figure and sections.
        var book = EpubBookFixture.Book([.. EpubBookFixture.Manuscripts.Take(1), "markdown/cross-references.md", .. EpubBookFixture.Manuscripts.Skip(1)]);
        var written = EpubBookFixture.Write(book, EpubBookFixture.Pages(book));
        var documents = written.Spine().Append(("nav.xhtml", written.Xml("EPUB/nav.xhtml"))).ToDictionary(d => d.Item1, d => d.Item2);
        var idsByFile = documents.ToDictionary(d => d.Key, d => d.Value.Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal));
        var checkedLinks = 0;
        foreach (var (name, document) in documents)
        {
            foreach (var href in document.Descendants(X + "a").Select(a => a.Attribute("href")?.Value).OfType<string>())
            {
                if (href.StartsWith("http", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                var hash = href.IndexOf('#', StringComparison.Ordinal);
                var file = hash < 0 ? href : hash == 0 ? name : href[..hash];
                Assert.True(idsByFile.ContainsKey(file), $"{name}: {href} names no content document");
                if (hash >= 0)
                {
                    Assert.True(idsByFile[file].Contains(href[(hash + 1)..]), $"{name}: {href} names no element");
                }

                checkedLinks++;
            }
        }

        // The cross-references of cross-references.md resolve inside its own files.
        var crossReferences = documents.Where(d => d.Key.StartsWith("a02-", StringComparison.Ordinal))
            .SelectMany(d => d.Value.Descendants(X + "a").Where(a => a.Attribute("class")?.Value == "xref")).ToList();
        Assert.NotEmpty(crossReferences);
        Assert.All(crossReferences, a => Assert.Matches("^(a02-[^#]+)?#", a.Attribute("href")!.Value));
        Assert.True(checkedLinks > 50, checkedLinks.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_page_list_follows_the_book_s_folios_in_reading_order_and_is_absent_without_maps()
    {
        var book = EpubBookFixture.Book();
        var pages = EpubBookFixture.Pages(book);
        var written = EpubBookFixture.Write(book, pages);
        var nav = written.Xml("EPUB/nav.xhtml").Descendants(X + "nav").Single(n => n.Attribute(EpubType)?.Value == "page-list");
        var entries = nav.Descendants(X + "a").ToList();
        Assert.Equal(pages.SelectMany(p => p.Pages).Select(p => p.Label), entries.Select(a => a.Value));
        foreach (var entry in entries)
        {
            var href = entry.Attribute("href")!.Value.Split('#');
            var marker = written.Xml("EPUB/" + href[0]).Descendants(X + "span").Single(s => s.Attribute("id")?.Value == href[1]);
            Assert.Equal("pagebreak", marker.Attribute(EpubType)?.Value);
            Assert.Equal(entry.Value, marker.Attribute("aria-label")?.Value);
        }

        Assert.Contains("pageBreakMarkers", written.Xml("EPUB/content.opf").Descendants(Opf + "meta").Select(m => m.Value));
        Assert.DoesNotContain(written.Diagnostics, d => d.Code == EpubDiagnosticCodes.PageAnchorOutsideContent);

        var without = EpubBookFixture.Write(book, []);
        Assert.DoesNotContain(without.Xml("EPUB/nav.xhtml").Descendants(X + "nav"), n => n.Attribute(EpubType)?.Value == "page-list");
        Assert.DoesNotContain(without.Spine().SelectMany(s => s.Document.Descendants(X + "span")), s => s.Attribute(EpubType)?.Value == "pagebreak");
    }

    [Fact]
    public void The_package_describes_the_book_its_editors_and_each_article_s_authors()
    {
        var book = EpubBookFixture.Book();
        var written = EpubBookFixture.Write(book, []);
        var opf = written.Xml("EPUB/content.opf");
        var metadata = opf.Root!.Element(Opf + "metadata")!;
        var refines = metadata.Elements(Opf + "meta").Where(m => m.Attribute("refines") is not null).ToList();

        Assert.Equal("urn:issn:2146-5665", metadata.Element(Dc + "identifier")!.Value);
        Assert.Equal(["Review of Eurasian Studies", "Issue 48 — Autumn 2026"], metadata.Elements(Dc + "title").Select(t => t.Value));
        Assert.Equal("en", metadata.Element(Dc + "language")!.Value);
        Assert.Equal("Example Institute", metadata.Element(Dc + "publisher")!.Value);
        Assert.Equal("2026-10-01T12:00:00Z", metadata.Elements(Opf + "meta").Single(m => m.Attribute("property")?.Value == "dcterms:modified").Value);

        var contributors = metadata.Elements(Dc + "contributor").ToList();
        Assert.Equal(book.Metadata.Editors, contributors.Select(c => c.Value));
        Assert.All(contributors, c => Assert.Contains(refines, m => m.Attribute("refines")!.Value == "#" + c.Attribute("id")!.Value
            && m.Attribute("property")!.Value == "role" && m.Value == "edt"));

        var authors = book.Articles.SelectMany(a => a.Document.Metadata.Authors).Distinct().ToList();
        Assert.Equal(authors, metadata.Elements(Dc + "creator").Select(c => c.Value));

        // Which article each wrote: the item opening the article, refined with its title and creators.
        var items = opf.Descendants(Opf + "item").ToDictionary(i => i.Attribute("id")!.Value, i => i.Attribute("href")!.Value);
        for (var i = 0; i < book.Articles.Length; i++)
        {
            var article = book.Articles[i].Document.Metadata;
            var item = $"a{i + 1:D2}-text-001";
            Assert.Equal(item + ".xhtml", items[item]);
            var about = refines.Where(m => m.Attribute("refines")!.Value == "#" + item).ToList();
            Assert.Equal(article.Title, about.Single(m => m.Attribute("property")!.Value == "dcterms:title").Value);
            Assert.Equal(article.Authors, about.Where(m => m.Attribute("property")!.Value == "dcterms:creator").Select(m => m.Value));
        }
    }

    [Fact]
    public void The_title_page_contents_page_and_an_article_opening_read_as_a_book()
    {
        var book = EpubBookFixture.Book();
        var written = EpubBookFixture.Write(book, []);

        var title = written.Xml("EPUB/title.xhtml").Descendants(X + "section").Single();
        Assert.Equal("titlepage", title.Attribute(EpubType)?.Value);
        Assert.Equal("Review of Eurasian Studies", string.Concat(title.Element(X + "h1")!.DescendantNodes().OfType<XText>().Select(t => t.Value)));
        Assert.Contains(title.Elements(X + "p"), p => p.Value == "Edited by Ayşe Editor and John Editor");

        var contents = written.Xml("EPUB/contents.xhtml").Descendants(X + "nav").Single();
        Assert.Equal("doc-toc", contents.Attribute("role")?.Value);
        var articles = contents.Descendants(X + "li").Where(l => l.Attribute("class")?.Value == "contents-article").ToList();
        Assert.Equal(book.Articles.Select(a => a.Document.Metadata.Title), articles.Select(a => a.Descendants(X + "a").Single().Value));
        Assert.Equal(book.Articles.Select(a => string.Join(", ", a.Document.Metadata.Authors)),
            articles.Select(a => a.Elements(X + "p").SingleOrDefault(p => p.Attribute("class")?.Value == "contents-authors")?.Value ?? string.Empty));
        var part = contents.Descendants(X + "li").Single(l => l.Attribute("class")?.Value == "contents-part");
        Assert.Equal(3, part.Element(X + "ol")!.Elements(X + "li").Count());

        // An article opens with its title and authors, in its own language, before its text.
        var legacy = written.Xml("EPUB/a04-text-001.xhtml");
        var header = legacy.Descendants(X + "header").Single();
        var metadata = book.Articles[3].Document.Metadata;
        Assert.Equal(metadata.Title, string.Concat(header.Element(X + "h1")!.DescendantNodes().OfType<XText>().Select(t => t.Value)));
        Assert.Equal(string.Join(", ", metadata.Authors), string.Concat(header.Elements(X + "p").Single(p => p.Attribute("class")?.Value == "author").DescendantNodes().OfType<XText>().Select(t => t.Value)));
        Assert.Equal(metadata.Language, legacy.Root!.Attribute("lang")?.Value);

        // The institution's lines once, in the book's colophon; an article keeps only its citation.
        var withInstitution = written.Spine().Where(s => s.Document.Descendants(X + "div").Any(d => d.Attribute("class")?.Value == "institution")).Select(s => s.Name).ToList();
        Assert.Equal(["colophon.xhtml"], withInstitution);
    }

    [Fact]
    public void Photos_of_every_article_are_in_the_package_under_unique_names_and_equal_input_gives_equal_bytes()
    {
        var book = EpubBookFixture.Book();
        var pages = EpubBookFixture.Pages(book);
        var first = EpubBookFixture.Write(book, pages);
        var second = EpubBookFixture.Write(EpubBookFixture.Book(), pages);
        Assert.Equal(first.Bytes, second.Bytes);

        var figures = book.Articles.SelectMany(a => a.Document.Body.OfType<FigureBlock>()).Where(f => f.Image is not null).ToList();
        Assert.True(figures.Count >= 2, "the legacy export's photo and a Markdown figure");
        var images = first.Spine().SelectMany(s => s.Document.Descendants(X + "img")).Select(i => i.Attribute("src")!.Value).ToList();
        Assert.Equal(figures.Count, images.Count);
        Assert.Equal(images.Count, images.Distinct().Count());
        Assert.All(images, src => Assert.True(first.Contents.ContainsKey("EPUB/" + src), src));
    }

    [Fact]
    public void An_article_without_a_title_is_listed_and_opened_under_its_file_s_name()
    {
        var book = EpubBookFixture.Book();
        var untitled = (BookArticle)book.Parts[0];
        book = book with { Parts = book.Parts.SetItem(0, untitled with { Document = untitled.Document with { Metadata = untitled.Document.Metadata with { Title = " " } } }) };
        var written = EpubBookFixture.Write(book, []);

        var toc = written.Xml("EPUB/nav.xhtml").Descendants(X + "nav").Single(n => n.Attribute(EpubType)?.Value == "toc");
        Assert.Contains(toc.Descendants(X + "a"), a => a.Attribute("href")!.Value == "a01-text-001.xhtml" && a.Value == "full-features");
        var opening = written.Xml("EPUB/a01-text-001.xhtml").Descendants(X + "header").Single().Element(X + "h1")!;
        Assert.Equal("full-features", opening.Value);
    }

    [Fact]
    public void Page_maps_that_are_not_one_per_article_are_refused()
    {
        var book = EpubBookFixture.Book();
        using var output = new MemoryStream();
        Assert.Throws<ArgumentException>(() => new Publish.Epub.Books.EpubBookWriter().Write(book, EpubBookFixture.Options(), [PrintPageMap.Empty], output));
    }

    private static IEnumerable<XElement> Items(XElement list) => list.Elements(X + "li");

    private static string Href(XElement item) => item.Element(X + "a")!.Attribute("href")!.Value;

    private static string Label(XElement item) => item.Element(X + "a")!.Value;
}
