using Publish.Manuscript;
using Publish.Model;
using Publish.Model.Books;
using Publish.Model.Diagnostics;
using Publish.Pdf;
using Publish.Typesetting.Books;
using Publish.Typesetting.Fonts;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Publish.Engine.Tests.Books;

/// <summary>
/// Issue 20: an article taken recorded brings the running title chosen with its layout (setting each article's title to
/// see whether it fits was a good part of laying out a book whose articles all come recorded) — unless the book's
/// language, which that choice was made in, has changed since.
/// </summary>
public sealed class RecordedRunningTitleTests
{
    [Fact]
    public void A_recorded_articles_running_title_is_the_one_recorded_unless_the_books_language_changed()
    {
        var style = PrintBookEdition.Instance.Style;
        var article = ManuscriptReader.Read(Path.Combine(Repo.Root, "tests/manuscripts/markdown/long-notes.md"), ReadOptions.Default).Document!;
        var book = PrintBookEdition.Make([new BookArticle(article, new SourceSpan("publish.yaml", 5, 9))], style);
        var cache = new MemoryLayoutCache();
        var first = RectoTitles(Layout(book, cache, style));
        Assert.Contains(article.Metadata.Title, first);
        Assert.Equal(RunningTitle(article.Metadata.Title, book.Metadata.Language), cache.Only.RunningTitle);

        // The recorded choice is what the book prints on the article's right-hand pages.
        cache.Only = cache.Only with { RunningTitle = RunningTitle("Doctored Running Title", book.Metadata.Language) };
        var doctored = RectoTitles(Layout(book, cache, style));
        Assert.Contains("Doctored Running Title", doctored);
        Assert.DoesNotContain(article.Metadata.Title, doctored);

        // Chosen in another language than the book's: chosen again.
        cache.Only = cache.Only with { RunningTitle = RunningTitle("Doctored Running Title", "xx") };
        var again = RectoTitles(Layout(book, cache, style));
        Assert.Contains(article.Metadata.Title, again);
        Assert.DoesNotContain("Doctored Running Title", again);
    }

    private static ArticleRunningTitle RunningTitle(string text, string language) => new(text, language);

    private static byte[] Layout(Book book, MemoryLayoutCache cache, Styles.HouseStyle style)
    {
        var edition = new BookLayout(style) { ArticleCache = cache }.Layout(book, Editions.BuildDate, "RecordedRunningTitleTests", new DiagnosticBag());
        return new PdfWriter().WriteToArray(edition.Document);
    }

    /// <summary>The words above the text area of every right-hand page that has any.</summary>
    private static List<string> RectoTitles(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var top = PrintBookEdition.Instance.Style.Page.Margins.Top;
        return [.. document.GetPages().Where(p => p.Number % 2 == 1).Select(p => Above(p, top)).OfType<string>().Distinct()];
    }

    private static string? Above(Page page, double top)
    {
        var words = page.GetWords().Where(w => w.BoundingBox.Bottom > page.Height - top).OrderBy(w => w.BoundingBox.Left).ToList();
        return words.Count == 0 ? null : string.Join(' ', words.Select(w => w.Text));
    }

    /// <summary>One article's layout kept in memory, whatever folio and links it is asked for.</summary>
    private sealed class MemoryLayoutCache : IArticleLayoutCache
    {
        private ArticleLayout? _kept;

        public ArticleLayout Only
        {
            get => _kept ?? throw new InvalidOperationException("nothing kept yet");
            set => _kept = value;
        }

        public ArticleLayout? Find(int article, int firstFolio, string links, FontLibrary fonts) => _kept;

        public void Keep(int article, int firstFolio, string links, ArticleLayout layout, FontLibrary fonts) => _kept = layout;
    }
}
