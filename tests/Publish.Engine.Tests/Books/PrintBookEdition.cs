using System.Collections.Immutable;
using Publish.Manuscript;
using Publish.Model;
using Publish.Model.Books;
using Publish.Model.Diagnostics;
using Publish.Pdf;
using Publish.Styles;
using Publish.Typesetting.Books;

namespace Publish.Engine.Tests.Books;

/// <summary>
/// A five-article book built in code from the test manuscripts — both dialects, a photo, many notes, a part title
/// before the last two — laid out by <see cref="BookLayout"/> in the default style and written by the PDF writer as
/// the build writes it (PDF/A-2b + PDF/UA-1), once per test run.
/// </summary>
internal sealed class PrintBookEdition
{
    public const string BookTitle = "Review of Eurasian Studies";

    public const string PartTitle = "Book reviews";

    private static readonly Lazy<PrintBookEdition> Built = new(() => new PrintBookEdition());

    private static readonly string[] Manuscripts =
    [
        "tests/manuscripts/legacy/ports-of-the-caspian.txt",
        "tests/manuscripts/markdown/long-notes.md",
        "tests/manuscripts/legacy/black-sea-fisheries.txt",
        "tests/manuscripts/markdown/full-features.md",
        "tests/manuscripts/markdown/turkish-kaynakca.md",
    ];

    private PrintBookEdition()
    {
        var style = StyleResolver.Load(Repo.DefaultStyle, Diagnostics) ?? throw new InvalidOperationException(string.Join("\n", Diagnostics.ToImmutableSorted()));
        var articles = Manuscripts
            .Select((m, i) => new BookArticle(ManuscriptReader.Read(Path.Combine(Repo.Root, m), ReadOptions.Default).Document!, new SourceSpan("publish.yaml", 5 + i, 9)))
            .ToList();
        Book = Make(articles, style);
        Edition = new BookLayout(style).Layout(Book, Editions.BuildDate, "PrintBookTests", Diagnostics);
        Pdf = new PdfWriter { Conformance = PdfConformance.Archive }.WriteToArray(Edition.Document);
        Style = style;
    }

    public static PrintBookEdition Instance => Built.Value;

    public Book Book { get; }

    public HouseStyle Style { get; }

    public BookPrintEdition Edition { get; }

    public byte[] Pdf { get; }

    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>The book: the first three articles, a part title, the last two.</summary>
    public static Book Make(IReadOnlyList<BookArticle> articles, HouseStyle style)
    {
        var metadata = new BookMetadata("review-48", BookTitle)
        {
            Subtitle = "Issue 48 — Autumn 2026",
            Editors = ["Deniz Aksoy", "Mara Lind"],
            Identifier = "ISSN 2146-5665",
            Publisher = "Center for Eurasian Studies",
            Edition = "First edition",
            Institution = style.Footer.InstitutionFor(articles[0].Document, Editions.BuildDate),
        };
        ImmutableArray<BookPart> parts = [.. articles.Take(3), new BookSection(PartTitle, new SourceSpan("publish.yaml", 20, 9)), .. articles.Skip(3)];
        return new Book(metadata, parts);
    }
}
