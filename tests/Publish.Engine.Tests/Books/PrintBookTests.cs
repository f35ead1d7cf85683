using System.Globalization;
using Publish.Engine.Tests.Conformance;
using Publish.Manuscript;
using Publish.Model;
using Publish.Model.Books;
using Publish.Pdf;
using Publish.Model.Diagnostics;
using Publish.Typesetting.Books;
using Publish.Typesetting.Frames;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Publish.Engine.Tests.Books;

/// <summary>
/// The book's print edition read back from its PDF (issue 20, "Done when"): the contents give the folio each article's
/// title stands on, every article opens on a right-hand page, the front matter is numbered in roman and the page
/// labels say what the pages print, running titles alternate, notes restart per article on their marker's page, the
/// outline holds the parts and articles, and the file keeps the claims an article's PDF makes.
/// </summary>
public sealed class PrintBookTests
{
    private static PrintBookEdition Book => PrintBookEdition.Instance;

    [Fact]
    public void The_book_is_laid_out_without_errors()
    {
        Assert.DoesNotContain(Book.Diagnostics.ToImmutableSorted(), d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(Book.Book.Articles.Length, Book.Edition.ArticlePageMaps.Length);
    }

    [Fact]
    public void The_contents_give_the_folio_each_article_title_stands_on_and_every_article_opens_on_a_right_hand_page()
    {
        using var pdf = PdfDocument.Open(Book.Pdf);
        var labels = PageLabels();
        var pages = pdf.GetPages().ToList();
        var opening = Openings(pages);

        var listed = ContentsFolios(pages);
        Assert.Equal(Book.Book.Articles.Length, listed.Count);
        Assert.Equal(opening.Select(i => PrintedFolio(pages[i])), listed);
        Assert.All(opening, i => Assert.True(i % 2 == 0, $"an article opens on page index {i}, a left-hand page"));
        Assert.Equal(opening.Select(i => labels[i]), listed);
        Assert.Equal("1", listed[0]);
    }

    [Fact]
    public void The_front_matter_is_numbered_in_roman_and_every_page_label_is_its_printed_folio()
    {
        using var pdf = PdfDocument.Open(Book.Pdf);
        var labels = PageLabels();
        var pages = pdf.GetPages().ToList();
        var first = Openings(pages)[0];

        Assert.Equal(first, labels.TakeWhile(l => l.All(c => "ivxlcdm".Contains(c, StringComparison.Ordinal))).Count());
        Assert.Equal(Enumerable.Range(1, first).Select(Roman), labels.Take(first));
        Assert.Equal(Enumerable.Range(1, labels.Count - first).Select(n => n.ToString(CultureInfo.InvariantCulture)), labels.Skip(first));
        Assert.True(first % 2 == 0, "the front matter ends on a left-hand page");
        var printed = 0;
        for (var i = 0; i < pages.Count; i++)
        {
            if (PrintedFolio(pages[i]) is { } folio)
            {
                Assert.Equal(labels[i], folio);
                printed++;
            }
        }

        Assert.True(printed > pages.Count / 2, $"only {printed} of {pages.Count} pages print a folio");
    }

    [Fact]
    public void A_blank_page_before_an_opening_is_a_left_hand_page_without_header_or_footer()
    {
        using var pdf = PdfDocument.Open(Book.Pdf);
        var pages = pdf.GetPages().ToList();
        var openings = Openings(pages);
        var blanks = Enumerable.Range(0, pages.Count).Where(i => !pages[i].Letters.Any() && i >= openings[0]).ToList();

        Assert.NotEmpty(blanks);
        Assert.All(blanks, i => Assert.True(i % 2 == 1, $"blank page index {i} is a right-hand page"));
        Assert.All(blanks, i => Assert.Empty(Book.Edition.Document.Pages[i].Items));
    }

    [Fact]
    public void Running_titles_alternate_the_book_title_on_the_left_and_the_article_title_on_the_right_and_skip_openings()
    {
        using var pdf = PdfDocument.Open(Book.Pdf);
        var pages = pdf.GetPages().ToList();
        var openings = Openings(pages);
        var checkedPages = 0;
        for (var article = 0; article < openings.Count; article++)
        {
            var title = Book.Book.Articles[article].Document.Metadata.Title;
            Assert.Null(RunningTitle(pages[openings[article]]));
            var end = article + 1 < openings.Count ? openings[article + 1] : pages.Count;
            for (var i = openings[article] + 1; i < end; i++)
            {
                if (!pages[i].Letters.Any() || pages[i].Text.Contains(PrintBookEdition.PartTitle, StringComparison.Ordinal) && pages[i].GetWords().Count() <= 3)
                {
                    continue;
                }

                var running = RunningTitle(pages[i]);
                Assert.Equal(i % 2 == 1 ? PrintBookEdition.BookTitle : title, running);
                checkedPages++;
            }
        }

        Assert.True(checkedPages >= 4, $"only {checkedPages} pages with a running title");
    }

    [Fact]
    public void Notes_restart_in_each_article_and_each_note_starts_on_its_markers_page()
    {
        var pages = Book.Edition.Document.Pages;
        var where = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Length; i++)
        {
            foreach (var destination in pages[i].Items.OfType<DestinationItem>())
            {
                // A note referred to twice has its marker's destination twice; the first is where the note is.
                where.TryAdd(destination.Name, i);
            }
        }

        var withNotes = 0;
        for (var article = 0; article < Book.Book.Articles.Length; article++)
        {
            var prefix = BookLayout.DestinationPrefix(article);
            var notes = Book.Book.Articles[article].Document.Notes;
            foreach (var note in notes)
            {
                var number = note.Number.ToString(CultureInfo.InvariantCulture);
                Assert.True(where.TryGetValue(prefix + "fn" + number, out var notePage), $"article {article + 1} has no note {number}");
                Assert.Equal(where[prefix + "fnref" + number], notePage);
            }

            withNotes += notes.Length > 0 && notes.Min(n => n.Number) == 1 ? 1 : 0;
        }

        Assert.True(withNotes >= 4, $"only {withNotes} articles number their notes from 1");
        Assert.All(where.Keys, name => Assert.Matches("^(a[0-9]+-|part-[0-9]+$|contents$)", name));
        Assert.All(pages.SelectMany(p => p.Items.OfType<LinkItem>()).Where(l => l.Destination is not null), l => Assert.True(where.ContainsKey(l.Destination!), $"a link goes to the undefined {l.Destination}"));
    }

    [Fact]
    public void The_outline_lists_the_contents_the_articles_and_the_part_with_its_articles_under_it()
    {
        using var pdf = PdfDocument.Open(Book.Pdf);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var top = bookmarks.Roots.Select(n => n.Title).ToList();
        var articles = Book.Book.Articles.Select(a => a.Document.Metadata.Title).ToList();

        Assert.Equal(["Contents", .. articles.Take(3), PrintBookEdition.PartTitle], top);
        Assert.Equal(articles.Skip(3), bookmarks.Roots[^1].Children.Select(n => n.Title));
        Assert.Contains(bookmarks.Roots[2].Children, n => n.Title == "Bibliography" || n.Children.Count >= 0);
        Assert.NotEmpty(bookmarks.Roots[2].Children);
    }

    [Fact]
    public void A_title_too_long_for_the_running_title_gives_way_to_its_short_title_or_is_cut_with_a_warning()
    {
        var style = Book.Style;
        var read = ManuscriptReader.Read(Path.Combine(Repo.Root, "tests/manuscripts/markdown/long-notes.md"), ReadOptions.Default).Document!;
        var title = "A Commentary on the Customs Ledgers, the Merchants' Letters and the Consular Reports of the Eastern Harbour, Read Side by Side, Season by Season, Wherever the Three Kinds of Source Overlap";
        var shortened = read with { Metadata = read.Metadata with { Title = title, ShortTitle = "Three Sources" } };
        var uncut = read with { Metadata = read.Metadata with { Title = title } };
        var second = new SourceSpan("publish.yaml", 6, 9);
        var book = PrintBookEdition.Make([new BookArticle(shortened, new SourceSpan("publish.yaml", 5, 9)), new BookArticle(uncut, second), new BookArticle(uncut, second)], style);
        var diagnostics = new DiagnosticBag();
        var edition = new BookLayout(style).Layout(book, Editions.BuildDate, "PrintBookTests", diagnostics);
        using var pdf = PdfDocument.Open(new PdfWriter { Conformance = PdfConformance.Archive }.WriteToArray(edition.Document));

        var recto = pdf.GetPages().Where(p => p.Number % 2 == 1).Select(RunningTitle).OfType<string>().Distinct().ToList();
        Assert.Contains("Three Sources", recto);
        var cut = Assert.Single(recto, t => t.EndsWith('\u2026'));
        Assert.StartsWith("A Commentary on the Customs Ledgers", cut, StringComparison.Ordinal);
        var warnings = diagnostics.ToImmutableSorted().Where(d => d.Code == BookDiagnosticCodes.RunningTitleCut).ToList();
        Assert.Equal(second, Assert.Single(warnings.Distinct()).Span);
    }

    [Fact]
    public void The_book_keeps_the_claims_of_an_article_pdf()
    {
        Assert.Empty(ConformanceChecker.Check(Book.Pdf, ConformanceClaims.PdfA2b | ConformanceClaims.PdfUa1));
    }

    [ToolFact("qpdf", "apt-get install qpdf")]
    public void Qpdf_finds_the_book_clean()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.File("book.pdf");
        File.WriteAllBytes(path, Book.Pdf);
        var (_, output) = ExternalTool.Run("qpdf", "--check", path);
        Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING", output, StringComparison.Ordinal);
    }

    /// <summary>The page indices where each article's title stands: a page whose topmost text is the title, set large.</summary>
    private static List<int> Openings(List<Page> pages)
    {
        var openings = new List<int>();
        var from = 0;
        foreach (var article in Book.Book.Articles)
        {
            var first = FirstWord(article.Document.Metadata.Title);
            var found = Enumerable.Range(from, pages.Count - from).First(i =>
                TopLine(pages[i]) is [var top, ..] && top.Text == first && top.Letters[0].PointSize > Book.Style.Text.Body.Size * 1.3);
            openings.Add(found);
            from = found + 1;
        }

        return openings;
    }

    /// <summary>The words on the page's highest baseline, left to right.</summary>
    private static List<Word> TopLine(Page page)
    {
        var words = page.GetWords().ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var baseline = words.Max(w => w.Letters[0].StartBaseLine.Y);
        return [.. words.Where(w => Math.Abs(w.Letters[0].StartBaseLine.Y - baseline) < 1).OrderBy(w => w.BoundingBox.Left)];
    }

    private static string FirstWord(string title) => title.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];

    /// <summary>The numbers set flush right on the contents pages (the folio column), in reading order.</summary>
    private static List<string> ContentsFolios(List<Page> pages)
    {
        var right = Book.Style.Page.Margins.Inner + Book.Style.Page.TextWidth;
        var folios = new List<string>();
        var front = PageLabels().TakeWhile(l => !char.IsDigit(l[0])).Count();
        foreach (var page in pages.Take(front).SkipWhile(p => !p.Text.Contains("Contents", StringComparison.Ordinal)))
        {
            var shift = page.Number % 2 == 0 ? Book.Style.Page.Margins.Outer - Book.Style.Page.Margins.Inner : 0;
            folios.AddRange(page.GetWords()
                .Where(w => w.BoundingBox.Bottom > Book.Style.Page.Margins.Bottom && w.Text.All(char.IsDigit) && Math.Abs(w.BoundingBox.Right - (right + shift)) < 1.5)
                .OrderByDescending(w => w.BoundingBox.Bottom)
                .Select(w => w.Text));
        }

        return folios;
    }

    /// <summary>
    /// The folio the footer prints ("7" of "7 / 20", "v" of "v / vi"), or null on a page without a footer. The institution's
    /// lines may hold a slash too ("ADANA / TÜRKİYE"): the folio's is the one between two numbers.
    /// </summary>
    private static string? PrintedFolio(Page page)
    {
        var footer = page.GetWords().Where(w => w.BoundingBox.Top < Book.Style.Page.Margins.Bottom).ToList();
        foreach (var slash in footer.Where(w => w.Text == "/"))
        {
            var line = footer.Where(w => Math.Abs(w.BoundingBox.Bottom - slash.BoundingBox.Bottom) < 1).OrderBy(w => w.BoundingBox.Left).ToList();
            var at = line.IndexOf(slash);
            if (at > 0 && at + 1 < line.Count && IsNumber(line[at - 1].Text) && IsNumber(line[at + 1].Text))
            {
                return line[at - 1].Text;
            }
        }

        return null;
    }

    private static bool IsNumber(string text) => text.Length > 0 && (text.All(char.IsDigit) || text.All(c => "ivxlcdm".Contains(c, StringComparison.Ordinal)));

    /// <summary>The running title: the words above the text area, or null when there are none.</summary>
    private static string? RunningTitle(Page page)
    {
        var words = page.GetWords().Where(w => w.BoundingBox.Bottom > page.Height - Book.Style.Page.Margins.Top).OrderBy(w => w.BoundingBox.Left).ToList();
        return words.Count == 0 ? null : string.Join(' ', words.Select(w => w.Text));
    }

    /// <summary>The /PageLabels the file gives each page, read from its catalog.</summary>
    private static List<string> PageLabels()
    {
        using var file = PdfFile.Open(Book.Pdf);
        var nums = file.Array(file.Dictionary(file.Catalog, "PageLabels"), "Nums");
        var labels = new List<string>();
        for (var i = 1; i < nums.Count; i += 2)
        {
            labels.Add(file.Text(file.Resolve(nums[i]) as DictionaryToken, "P") ?? string.Empty);
        }

        return labels;
    }

    private static string Roman(int number) => number switch
    {
        1 => "i", 2 => "ii", 3 => "iii", 4 => "iv", 5 => "v", 6 => "vi", 7 => "vii", 8 => "viii", 9 => "ix", 10 => "x",
        _ => throw new ArgumentOutOfRangeException(nameof(number)),
    };
}
