using System.Collections.Immutable;
using System.IO.Compression;
using System.Xml.Linq;
using Publish.Epub.Books;
using Publish.Manuscript;
using Publish.Model;
using Publish.Model.Books;
using Publish.Model.Pages;

namespace Publish.Epub.Tests.Books;

/// <summary>
/// A journal issue of five of the repository's test manuscripts, both dialects, read as the engine reads them: two
/// Markdown articles (one in Turkish), a part title, then a Markdown article and two legacy exports (one with its
/// photo). Every article has notes; note 1 exists in several of them.
/// </summary>
internal static class EpubBookFixture
{
    public static readonly string[] Manuscripts =
    [
        "markdown/full-features.md",
        "markdown/turkish-kaynakca.md",
        "markdown/structured-notes.md",
        "legacy/ports-of-the-caspian.txt",
        "legacy/black-sea-fisheries.txt",
    ];

    public const string PartTitle = "Analyses";

    public static string ManuscriptFolder { get; } = FindManuscripts();

    /// <summary>The book of <paramref name="manuscripts"/> (the five above by default), the part title before the third.</summary>
    public static Book Book(IReadOnlyList<string>? manuscripts = null)
    {
        var articles = (manuscripts ?? Manuscripts).Select(m => Read(Path.Combine(ManuscriptFolder, m))).ToList();
        var manifest = new SourceSpan("publish.yaml", 3, 5);
        var institution = new Institution([new InstitutionLine(InstitutionLineKind.Copyright, "© 2026 Example Institute. All Rights Reserved", null, SourceSpan.None)]);
        return new Book(
            new BookMetadata("review-48", "Review of Eurasian Studies")
            {
                Subtitle = "Issue 48 — Autumn 2026",
                Editors = ["Ayşe Editor", "John Editor"],
                Identifier = "ISSN 2146-5665",
                Publisher = "Example Institute",
                Language = "en",
                Institution = institution,
            },
            [.. articles.Take(2).Select(a => (BookPart)new BookArticle(a, manifest)), new BookSection(PartTitle, manifest),
                .. articles.Skip(2).Select(a => new BookArticle(a, manifest))]);
    }

    /// <summary>
    /// Page maps as the book's PDF would give them: continuous folios across the articles (the book's, not each
    /// article's own), a page starting at the first block of each article and one more at a later block.
    /// </summary>
    public static ImmutableArray<PrintPageMap> Pages(Book book)
    {
        var folio = 1;
        return [.. book.Articles.Select(article =>
        {
            var pages = ImmutableArray.CreateBuilder<PageStart>();
            pages.Add(new PageStart(Folio(ref folio), new ContentAnchor(ContentRegion.Body, 0, 0)));
            if (article.Document.Body.Length > 2)
            {
                pages.Add(new PageStart(Folio(ref folio), new ContentAnchor(ContentRegion.Body, article.Document.Body.Length - 1, 0)));
            }

            return new PrintPageMap(pages.ToImmutable());
        })];
    }

    public static EpubWriterOptions Options() => new() { BuildDate = new DateTimeOffset(2026, 10, 1, 12, 0, 0, TimeSpan.Zero) };

    public static Written Write(Book book, ImmutableArray<PrintPageMap> pages)
    {
        using var output = new MemoryStream();
        var diagnostics = new EpubBookWriter().Write(book, Options(), pages, output);
        return new Written(output.ToArray(), diagnostics);
    }

    private static string Folio(ref int folio) => (folio++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Document Read(string path)
    {
        var result = ManuscriptReader.Read(path, ReadOptions.Default);
        return result.Document ?? throw new InvalidOperationException($"{path} was not read: {string.Join("; ", result.Diagnostics)}");
    }

    private static string FindManuscripts()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "manuscripts");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/manuscripts not found above the test assembly.");
    }

    /// <summary>A written book: its bytes and entries, parsed on demand.</summary>
    internal sealed class Written
    {
        public Written(byte[] bytes, ImmutableArray<Publish.Model.Diagnostics.Diagnostic> diagnostics)
        {
            Bytes = bytes;
            Diagnostics = diagnostics;
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            Contents = zip.Entries.ToDictionary(e => e.FullName, e =>
            {
                using var stream = e.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return copy.ToArray();
            });
        }

        public byte[] Bytes { get; }

        public ImmutableArray<Publish.Model.Diagnostics.Diagnostic> Diagnostics { get; }

        public IReadOnlyDictionary<string, byte[]> Contents { get; }

        public XDocument Xml(string entry) => XDocument.Load(new MemoryStream(Contents[entry]));

        /// <summary>The content documents in spine order (nav excluded), by their name inside EPUB/.</summary>
        public List<(string Name, XDocument Document)> Spine()
        {
            var opf = Xml("EPUB/content.opf");
            var items = opf.Descendants(WrittenEpub.Opf + "item").ToDictionary(i => i.Attribute("id")!.Value, i => i.Attribute("href")!.Value);
            return [.. opf.Descendants(WrittenEpub.Opf + "itemref").Select(r => items[r.Attribute("idref")!.Value]).Select(h => (h, Xml("EPUB/" + h)))];
        }

        public string SaveTo(string folder)
        {
            var path = Path.Combine(folder, "book.epub");
            File.WriteAllBytes(path, Bytes);
            return path;
        }
    }
}
