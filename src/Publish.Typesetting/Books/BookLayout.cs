using System.Collections.Immutable;
using System.Globalization;
using Publish.Model;
using Publish.Model.Books;
using Publish.Model.Diagnostics;
using Publish.Model.Input;
using Publish.Model.Pages;
using Publish.Styles;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Layout;
using Publish.Typesetting.Layout.Finish;
using Publish.Typesetting.Layout.SetLines;
using Publish.Typesetting.Paragraphs;

namespace Publish.Typesetting.Books;

/// <summary>
/// The print edition of a <see cref="Book"/> (issue 20): front matter (half-title, title page, imprint, contents with
/// each article's first page), then each article laid out by the article pipeline on a right-hand page, folios
/// continuous (roman in the front matter, arabic from the first article), running titles, notes restarting per article.
/// </summary>
/// <remarks>
/// Each article is laid out alone by <see cref="PrintLayout"/> — so its notes are numbered from 1 and set at the foot of
/// their marker's page, its bibliography closes it — told the folio it starts on; the book then merges the pages. The
/// body is laid out first: its arabic folios do not depend on the front matter, so the contents print the final page
/// numbers in one pass however many pages the contents take (the roman numbering absorbs them), which is what a second
/// layout pass would otherwise have to converge to. An article's pages do depend on its first folio when it refers to
/// its own pages ("Table 2 on p. 14"), and it is laid out with the folio it will have.
/// </remarks>
public sealed class BookLayout
{
    /// <summary>3 mm, the bleed print shops ask for (as the article pipeline's press profile).</summary>
    private const double PressBleed = 3 * 72 / 25.4;

    private readonly HouseStyle _style;
    private readonly PrintTarget _profile;

    public BookLayout(HouseStyle style, PrintTarget profile = PrintTarget.Default)
    {
        _style = style;
        _profile = profile;
    }

    /// <summary>The build's font files, shared with the EPUB; null reads them through a store of the layout's own.</summary>
    public FontFileStore? FontFiles { get; init; }

    /// <summary>A proof copy: a missing photo gets a ruled placeholder frame.</summary>
    public bool Draft { get; init; }

    /// <summary>The idle cores the articles' paragraph-setting helpers come from; share one among layouts run at once. By default the layout's own.</summary>
    public HelperBudget? IdleCores { get; init; }

    /// <summary>Articles laid out by an earlier build, taken instead of setting them again when their inputs are unchanged; null: none.</summary>
    public IArticleLayoutCache? ArticleCache { get; init; }

    /// <summary>
    /// What the book prefixes to the destination names of its article number <paramref name="articleIndex"/> (0-based, in
    /// <see cref="Book.Articles"/>): the article's <c>title</c> is the book's <c>a1-title</c>, its <c>fn1</c> <c>a1-fn1</c>.
    /// </summary>
    public static string DestinationPrefix(int articleIndex) => ArticleDestination.Prefix(articleIndex);

    /// <summary>Lays the book out. <paramref name="progress"/> is a check point for the build's budget (share of the articles set).</summary>
    public BookPrintEdition Layout(Book book, DateTimeOffset date, string producer, DiagnosticBag diagnostics, Action<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(diagnostics);
        using var fonts = new FontLibrary(FontFiles ?? new FontFileStore());
        ArticleCache?.Prepare(fonts);
        using var typesetters = new TypesetterPool(_style, fonts, TypesetterPool.HyphenationFor(_style), new MissingGlyphLedger());
        var language = book.Metadata.Language;
        var own = new DiagnosticBag();
        var setter = new BookTextSetter(typesetters, language, own);
        var bands = PageBands.Make(_style, book.Metadata.Institution, typesetters, language, own);

        // The articles' own layouts set the book's footer lines too: a warning about them is given once, not per article.
        var articles = new DiagnosticBag();
        var body = Body(book, date, producer, fonts, setter, bands, articles, progress);
        diagnostics.AddRange(articles.ToImmutableSorted().Distinct());

        var front = new BookPageComposer(bands.TextArea, new StructureBuilder());
        var (contentsPage, contentsPages) = new FrontMatterComposer(_style, setter).Compose(front, book.Metadata, date, Contents(body, book));
        var frontPages = front.Pages
            .Select((items, i) => Pages.FacingPages.Place(Page(BookFolios.Roman(i + 1), [.. items]), i + 1, _style.Page.Margins))
            .ToList();
        var contentsOutline = frontPages[contentsPage].Items.OfType<DestinationItem>().Where(d => d.Name == ContentsComposer.Destination)
            .Select(d => new OutlineEntry(EditionLabels.ForLanguage(language).Contents, 1, contentsPage, d.Y));

        var titles = new RunningTitles(_style, setter, bands.TextArea);
        var (pages, structure, outline, maps) = new BookAssembler(_style, bands.Footer, titles, setter, book.Metadata.Title)
            .Assemble(frontPages, front.Structure.Elements, contentsOutline, contentsPage, contentsPages, body);

        // The book's own pages set the same footer and words again and again: each warning once.
        diagnostics.AddRange(own.ToImmutableSorted().Distinct());
        progress?.Invoke(1);

        var metadata = book.Metadata;
        var info = new DocumentInfo(
            metadata.Title,
            metadata.Editors.IsDefault ? [] : metadata.Editors,
            string.Join(", ", new[] { metadata.Publisher, metadata.Identifier }.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } subject ? subject : null,
            [],
            language,
            date,
            producer);
        var document = new PagedDocument(pages, info, outline)
        {
            Structure = structure,
            Marks = _profile == PrintTarget.Press ? PrintMarks.Crop : PrintMarks.None,
        };
        return new BookPrintEdition(document, maps);
    }

    /// <summary>
    /// The body: each part title and article in order, each opening on a right-hand (odd) folio after a blank verso
    /// where the one before ended on a right-hand page.
    /// </summary>
    private List<BookUnit> Body(Book book, DateTimeOffset date, string producer, FontLibrary fonts, BookTextSetter setter, PageBands bands, DiagnosticBag diagnostics, Action<double>? progress)
    {
        var units = new List<BookUnit>();
        var folio = 1;
        var articles = book.Articles.Length;
        var article = 0;
        var part = 0;
        var idle = IdleCores ?? new HelperBudget();
        var titles = new RunningTitles(_style, setter, bands.TextArea);
        foreach (var entry in book.Parts)
        {
            if (folio % 2 == 0)
            {
                units.Add(new BookUnit([Page(BookFolios.Arabic(folio), [])], [], [], folio));
                folio++;
            }

            BookUnit unit;
            switch (entry)
            {
                case BookSection section:
                    unit = PartTitle(section, ++part, folio, setter, bands);
                    break;
                case BookArticle piece:
                    var index = article;
                    unit = Article(piece, book.Links, book.Metadata.Institution, book.Metadata.Language, index, folio, date, producer, fonts, idle, titles, diagnostics, share => progress?.Invoke((index + Math.Clamp(share, 0, 1)) / Math.Max(1, articles)));
                    article++;
                    progress?.Invoke(article / (double)Math.Max(1, articles));
                    break;
                default:
                    throw new InvalidOperationException($"Unknown book part {entry.GetType().Name}.");
            }

            units.Add(unit);
            folio += unit.Pages.Length;
        }

        return units;
    }

    private BookUnit Article(BookArticle article, BookLinks links, Institution? institution, string bookLanguage, int index, int folio, DateTimeOffset date, string producer, FontLibrary fonts, HelperBudget idle, RunningTitles titles, DiagnosticBag diagnostics, Action<double> progress)
    {
        // The book's institution lines for every article: the footer is the book's, and the text area it leaves must
        // be the same on every page of the book.
        var document = article.Document with { Institution = institution };
        var linksKey = links.KeyOf(index, document.SourcePath);
        var laid = ArticleCache?.Find(index, folio, linksKey, fonts);
        if (laid is null)
        {
            var bag = new DiagnosticBag();
            var edition = new PrintLayout(_style, _profile)
            {
                Fonts = fonts,
                FontFiles = FontFiles,
                Draft = Draft,
                IdleCores = idle,
                FirstFolio = folio,
                Links = links,
                LinkedFromOtherArticles = links.HeadingsLinkedIn(index),
            }.Layout(document, date, producer, bag, progress);
            var runningTitle = new ArticleRunningTitle(titles.ForArticle(article, bag), bookLanguage);
            laid = new ArticleLayout(edition.Document.Pages, edition.Document.Structure, edition.Document.Outline, edition.PageMap, bag.ToImmutableSorted()) { RunningTitle = runningTitle };
            ArticleCache?.Keep(index, folio, linksKey, laid, fonts);
        }

        diagnostics.AddRange(laid.Diagnostics);

        // A recorded article brings the running title chosen with its layout (the style and the article's title are in
        // its key; the book's language, which the title is set in to see whether it fits, is compared here).
        var title = laid.RunningTitle is { } recorded && string.Equals(recorded.Language, bookLanguage, StringComparison.Ordinal)
            ? recorded.Text
            : titles.ForArticle(article, diagnostics);
        var language = document.Metadata.Language;
        return new BookUnit(laid.Pages, laid.Structure, laid.Outline, folio)
        {
            // An article in another language than the book's says so on its Sect, which its text inherits (ISO 32000-1 §14.9.2).
            Language = string.Equals(language, bookLanguage, StringComparison.OrdinalIgnoreCase) ? null : language,
            Article = index,
            DestinationPrefix = DestinationPrefix(index),
            RunningTitle = title,
            PageMap = laid.PageMap,
        };
    }

    /// <summary>
    /// A part's title page: the title a third of the way down, centred, in the size of the book's and the articles'
    /// titles (a part ranks above the articles it gathers, so a body-size heading alone on a page reads as a stray
    /// line), its heading the part's first element.
    /// </summary>
    private BookUnit PartTitle(BookSection section, int number, int folio, BookTextSetter setter, PageBands bands)
    {
        var pages = new BookPageComposer(bands.TextArea, new StructureBuilder());
        var heading = _style.Text.Title;
        pages.MoveTo(bands.TextArea.Top + (bands.TextArea.Height / 3));
        var destination = PartDestination(number);
        pages.Add(new DestinationItem(destination, bands.TextArea.Left, pages.Top));
        pages.Place(setter.Set(section.Title, heading, bands.TextArea.Measure), heading, BookBlockAlignment.Centered, pages.Structure.Add(pages.Structure.Root, StructureRole.Heading1));
        return new BookUnit(
            [Page(BookFolios.Arabic(folio), [.. pages.Pages[0]])],
            pages.Structure.Elements,
            [new OutlineEntry(section.Title, 1, 0, bands.TextArea.Top + (bands.TextArea.Height / 3))],
            folio);
    }

    private static string PartDestination(int number) => string.Create(CultureInfo.InvariantCulture, $"part-{number}");

    private static List<ContentsEntry> Contents(List<BookUnit> body, Book book)
    {
        var entries = new List<ContentsEntry>();
        var part = 0;
        var sections = book.Parts.OfType<BookSection>().ToList();
        foreach (var unit in body.Where(u => !u.IsBlank))
        {
            if (unit.Article is { } index)
            {
                var metadata = book.Articles[index].Document.Metadata;
                entries.Add(new ContentsEntry(metadata.Title, metadata.Authors.IsDefault ? [] : metadata.Authors, BookFolios.Arabic(unit.FirstFolio), DestinationPrefix(index) + "title"));
            }
            else
            {
                entries.Add(new ContentsEntry(sections[part].Title, [], null, PartDestination(part + 1)));
                part++;
            }
        }

        return entries;
    }

    private PageFrame Page(string label, ImmutableArray<FrameItem> items) =>
        new(_style.Page.TrimWidth, _style.Page.TrimHeight, _profile == PrintTarget.Press ? Math.Max(_style.Page.Bleed, PressBleed) : 0, label, items);
}

/// <summary>
/// The book's typeset print edition: the pages for the PDF writer, and each article's page map (in the order of
/// <see cref="Book.Articles"/>, its page labels the book's folios) for the EPUB's page list.
/// </summary>
public sealed record BookPrintEdition(PagedDocument Document, ImmutableArray<PrintPageMap> ArticlePageMaps);
