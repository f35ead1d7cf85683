using System.Collections.Immutable;
using Publish.Epub.Content;
using Publish.Epub.Packaging;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Books;
using Publish.Model.Diagnostics;
using Publish.Model.Pages;
using Publish.Model.Threading;

namespace Publish.Epub.Books;

/// <summary>
/// Writes one EPUB 3 package of a <see cref="Book"/> (issue 20): a nav of parts and articles, a contents page, each
/// article's text, notes and bibliography in its own file(s), the articles' creators as collection metadata, and the
/// page list from the book's PDF (one map per article, in <see cref="Book.Articles"/>'
/// order, or empty when no PDF is built).
/// </summary>
/// <remarks>
/// The same pipeline as one article's (<see cref="EpubWriter"/>): the package's shared stages (<see cref="EpubAssembly"/>)
/// around the book's own pages and each article's content documents, written by the article's writer in the article's
/// <see cref="ArticleScope"/> — its files and generated ids prefixed (<c>a02-text-001.xhtml</c>, <c>a2-fn1</c>), its
/// cross-references resolved inside it, its page markers in the one page list. Spine: cover, title page, contents,
/// then per part its title page and its articles, then the colophon with the institution's lines, once.
/// </remarks>
public sealed class EpubBookWriter
{
    /// <summary>Writes the book's EPUB to <paramref name="output"/> and returns what the writer noticed.</summary>
    /// <exception cref="ArgumentException"><paramref name="articlePages"/> is neither empty nor one map per article.</exception>
    public ImmutableArray<Diagnostic> Write(Book book, EpubWriterOptions options, ImmutableArray<PrintPageMap> articlePages, Stream output)
    {
        var articles = book.Articles.Select(Titled).ToImmutableArray();
        if (!articlePages.IsDefaultOrEmpty && articlePages.Length != articles.Length)
        {
            throw new ArgumentException($"{articlePages.Length} page maps for {articles.Length} articles: give one per article, or none.", nameof(articlePages));
        }

        var diagnostics = new DiagnosticBag();
        var labels = EpubWriter.LabelsFor(book.Metadata.Language, options);
        var package = new EpubAssembly(options, diagnostics) { AuthorIds = new AuthorIds(reserveArticlePrefixes: true) };
        var identifierTask = BackgroundWork.Start(() => BookIdentifier.For(book));
        var bookDocument = BookDocument(book, options.FallbackInstitution);

        // The cover names the book's editors where an article's names its authors.
        var cover = package.ProcessCover(bookDocument.Metadata with { Authors = book.Metadata.Editors });
        var images = package.ProcessFigures(articles.Select(a => a.Document));
        package.DeclareFonts();

        // Plan every article first: the contents page, written before them, links to where each opens.
        var plans = articles.Select((a, i) => ContentPlanner.Plan(a.Document, hasCover: false, hasColophon: false, options.MaxCharactersPerDocument, ArticleScope.InBookAt(i + 1))).ToList();
        var anchors = articles.Select((a, i) => AnchorMap.Of(a.Document, plans[i], package.AuthorIds)).ToList();
        var articleLinks = new ArticleHrefs(book.Links, [.. plans.Select(p => p[0].FileName)], anchors);
        var bookIds = new BookIds();
        var bookWriter = new ContentDocumentWriter(bookDocument, labels, bookDocument.Institution, cover, images, options.NotePlacement,
            new PageBreakIndex(PrintPageMap.Empty, package.Pages), AnchorMap.Of(bookDocument, [], package.AuthorIds), package.Needs, package.Toc, diagnostics,
            ids: bookIds);
        var contentFiles = new List<(string FileName, byte[] Data)>();
        var landmarks = new List<(string, string, string)>();
        if (cover is not null)
        {
            landmarks.Add(("cover", labels.Cover, "cover.xhtml"));
            contentFiles.Add(("cover.xhtml", bookWriter.Write(new ContentPart("cover.xhtml", PartKind.Cover, []))));
        }

        landmarks.Add(("titlepage", labels.TitlePage, "title.xhtml"));
        package.Toc.Add(new TocEntry(labels.TitlePage, "title.xhtml", 1));
        contentFiles.Add(("title.xhtml", XhtmlDocument.Write(book.Metadata.Language, book.Metadata.Title, "frontmatter",
            xhtml => BookPageTemplates.TitlePage(xhtml, book.Metadata, package.Needs))));

        var lines = ContentsLines(book, articles, plans);
        landmarks.Add(("toc", labels.Contents, "contents.xhtml"));
        package.Toc.Add(new TocEntry(labels.Contents, "contents.xhtml", 1));
        var contentsId = bookIds.NextHeading();
        contentFiles.Add(("contents.xhtml", XhtmlDocument.Write(book.Metadata.Language, labels.Contents, "frontmatter",
            xhtml => BookPageTemplates.Contents(xhtml, labels.Contents, contentsId, lines, package.Needs))));

        var articleItems = ImmutableArray.CreateBuilder<ArticleItemMetadata>();
        var articleLevel = 1;
        var sections = 0;
        var article = 0;
        foreach (var part in book.Parts)
        {
            var firstFile = string.Empty;
            switch (part)
            {
                case BookSection section:
                    firstFile = PartFileName(++sections);
                    var headingId = bookIds.NextHeading();
                    package.Toc.Add(new TocEntry(section.Title, firstFile, 1));
                    contentFiles.Add((firstFile, XhtmlDocument.Write(book.Metadata.Language, section.Title, "bodymatter",
                        xhtml => BookPageTemplates.PartTitle(xhtml, section.Title, headingId, package.Needs))));
                    articleLevel = 2;
                    break;
                case BookArticle:
                    var index = article++;
                    var document = articles[index].Document;
                    var files = WriteArticle(document, plans[index], ArticleScope.InBookAt(index + 1), anchors[index], articleLinks,
                        articlePages.IsDefaultOrEmpty ? PrintPageMap.Empty : articlePages[index], articleLevel, images, package, options);
                    firstFile = files[0].FileName;
                    contentFiles.AddRange(files);
                    var metadata = document.Metadata;
                    articleItems.Add(new ArticleItemMetadata(Path.GetFileNameWithoutExtension(firstFile), metadata.Title, metadata.Authors));
                    break;
                default:
                    throw new InvalidOperationException($"Unknown book part {part.GetType().Name}.");
            }

            if (!landmarks.Any(l => l.Item1 == "bodymatter"))
            {
                landmarks.Add(("bodymatter", labels.Text, firstFile));
            }
        }

        if (bookDocument.Institution is { Lines.Length: > 0 })
        {
            contentFiles.Add(("colophon.xhtml", bookWriter.Write(new ContentPart("colophon.xhtml", PartKind.Colophon, []))));
        }

        var figuresWithImage = articles.SelectMany(a => FigureCollector.InReadingOrder(a.Document)).Where(images.ContainsKey).ToList();
        var accessibility = package.Accessibility(figuresWithImage, articles.Sum(a => a.Document.Notes.Length), book.Metadata.Publisher);
        var identifier = identifierTask.GetAwaiter().GetResult();
        var rights = bookDocument.Institution?.Lines.FirstOrDefault(l => l.Kind == InstitutionLineKind.Copyright)?.Text;
        var pageBreakSource = package.Pages.Written.Count > 0 ? book.Metadata.Title : null;
        var bookPackage = new BookPackageMetadata([.. book.Metadata.Editors.Where(e => !string.IsNullOrWhiteSpace(e))], articleItems.ToImmutable());
        package.Finish(output, bookDocument.Metadata, labels, landmarks, contentFiles, manifest =>
            PackageDocumentWriter.Write(bookDocument.Metadata, identifier, options.BuildDate, rights, accessibility, pageBreakSource, options.PageBreakSourceProperty, manifest,
                coverPage: cover is null ? null : ("cover.xhtml", labels.Cover), book: bookPackage));
        return diagnostics.ToImmutableSorted();
    }

    /// <summary>
    /// One article's content documents, written by the article's own writer in its scope, in its own language's words,
    /// its links to other articles going to their files (<paramref name="articleLinks"/>).
    /// Its contents entries go under the article's entry in the book's nav, one level down (under its part's, when it has one).
    /// </summary>
    private static List<(string FileName, byte[] Data)> WriteArticle(Document document, ImmutableArray<ContentPart> parts, ArticleScope scope, AnchorMap anchors,
        ArticleHrefs articleLinks, PrintPageMap pages, int level, Dictionary<FigureBlock, ImageAsset> images, EpubAssembly package, EpubWriterOptions options)
    {
        var labels = EpubWriter.LabelsFor(document.Metadata.Language, options);
        var pageIndex = new PageBreakIndex(pages, package.Pages);
        var toc = new List<TocEntry>();
        var writer = new ContentDocumentWriter(document, labels, institution: null, cover: null, images, options.NotePlacement, pageIndex, anchors,
            package.Needs, toc, package.Diagnostics, scope, articleLinks: articleLinks);
        var files = parts.Select(p => (p.FileName, writer.Write(p))).ToList();
        pageIndex.ReportUnwritten(package.Diagnostics, document.SourcePath);

        package.Toc.Add(new TocEntry(document.Metadata.Title, files[0].FileName, level));
        package.Toc.AddRange(UnderArticle(toc, level));
        return files;
    }

    /// <summary>
    /// The article's contents entries one level under its own entry at <paramref name="articleLevel"/>, each at its
    /// depth among the entries before it rather than at its heading level: an article whose first heading is an h2 (or
    /// that skips from h1 to h3) still nests every heading under the article, the nav's lists never jump a level, and
    /// its bibliography stays inside it.
    /// </summary>
    private static IEnumerable<TocEntry> UnderArticle(IEnumerable<TocEntry> entries, int articleLevel)
    {
        var open = new Stack<int>();
        foreach (var entry in entries)
        {
            while (open.Count > 0 && open.Peek() >= entry.Level)
            {
                open.Pop();
            }

            var depth = open.Count + 1;
            open.Push(entry.Level);
            yield return entry with { Level = articleLevel + depth };
        }
    }

    /// <summary>The contents page's lines: every part title and article in reading order, each linked to the document that opens it.</summary>
    private static List<BookContentsLine> ContentsLines(Book book, ImmutableArray<BookArticle> articles, List<ImmutableArray<ContentPart>> plans)
    {
        var lines = new List<BookContentsLine>();
        var sections = 0;
        var article = 0;
        foreach (var part in book.Parts)
        {
            lines.Add(part switch
            {
                BookSection section => new BookContentsLine(section.Title, PartFileName(++sections), [], IsPart: true),
                BookArticle => new BookContentsLine(articles[article].Document.Metadata.Title, plans[article][0].FileName, articles[article++].Document.Metadata.Authors, IsPart: false),
                _ => throw new InvalidOperationException($"Unknown book part {part.GetType().Name}."),
            });
        }

        return lines;
    }

    /// <summary>
    /// The book as a document of its own, for the pages the article's writer makes for it too (the cover, the colophon):
    /// its metadata, with the articles' authors, each once in reading order, as the package's creators; its institution lines.
    /// </summary>
    private static Document BookDocument(Book book, Institution? fallbackInstitution)
    {
        var m = book.Metadata;
        var authors = book.Articles.SelectMany(a => a.Document.Metadata.Authors).Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal);
        return new Document
        {
            SourcePath = book.Parts.FirstOrDefault()?.Span.File ?? m.Name,
            Dialect = ManuscriptDialect.Markdown,
            Metadata = new Metadata { Title = m.Title, Subtitle = m.Subtitle, Authors = [.. authors], Language = m.Language, Publisher = m.Publisher, Identifier = m.Identifier },
            Institution = m.Institution ?? fallbackInstitution,
        };
    }

    /// <summary>
    /// The article with a title to show: its own, else its file's name — the nav, the contents page and its opening
    /// heading must never be empty (an empty link or heading is an EPUBCheck and Ace failure). The blocks stay the same
    /// records, so the figures' images still find theirs.
    /// </summary>
    private static BookArticle Titled(BookArticle article) =>
        string.IsNullOrWhiteSpace(article.Document.Metadata.Title)
            ? article with { Document = article.Document with { Metadata = article.Document.Metadata with { Title = Path.GetFileNameWithoutExtension(article.Document.SourcePath) } } }
            : article;

    private static string PartFileName(int number) => "part-" + number.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + ".xhtml";
}
