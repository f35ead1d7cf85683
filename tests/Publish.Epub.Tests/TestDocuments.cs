using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Inlines;
using Publish.Model.Pages;

namespace Publish.Epub.Tests;

/// <summary>Documents built by hand, shaped like the institute's articles: notes (one referenced twice), figures, bibliography, citation, institution.</summary>
internal static class TestDocuments
{
    public static readonly SourceSpan Here = new("test.md", 1, 1);

    public static readonly DateTimeOffset BuildDate = new(2026, 2, 23, 10, 30, 0, TimeSpan.Zero);

    public static Note NoteOne { get; } = new(1, "1", [Para("Ibid., pp. 191–192, a note long enough to pop up.")], Here);

    public static Note NoteTwo { get; } = new(2, "2", [Para("See the archive of the Institute, file 12.")], Here);

    /// <summary>A figure's caption carries a note marker, so alt text must drop it.</summary>
    public static Document Sample(string folder, string language = "en", bool secondFigureHasAlt = true)
    {
        var jpeg = Path.Combine(folder, "photo.jpg");
        File.WriteAllBytes(jpeg, TestImages.JpegWithOrientation(400, 200, 6));
        var png = Path.Combine(folder, "map.png");
        File.WriteAllBytes(png, TestImages.Png(2400, 1200));

        return new Document
        {
            SourcePath = Path.Combine(folder, "article.md"),
            Dialect = ManuscriptDialect.Markdown,
            Metadata = new Metadata
            {
                Title = "The Khojaly Massacre: 23rd Anniversary",
                Subtitle = "A Commentary",
                Authors = ["Hazel Çakır"],
                Language = language,
                Date = "2015-02-24",
                Publisher = "Center for Eurasian Studies",
                Series = "Commentary",
                Number = "12",
                Source = "https://example.org/commentary/12",
            },
            FrontMatter = [Para("An abstract of the article.")],
            Body =
            [
                new HeadingBlock(1, [Text("Background")], Here),
                new ParagraphBlock([Text("The events of the night were reported widely."), Ref(NoteOne), Text(" Later accounts differ.")], Here),
                new ParagraphBlock([Text("Türkçe metin: İstanbul’da ılık ağaç şöyle dedi "), new EmphasisInline([Text("“Günaydın”")], Here), Text("."), Ref(NoteTwo)], Here),
                new FigureBlock([Text("Photo: the memorial in the city"), Ref(NoteTwo)], new ImageSource(jpeg, null), Here),
                new HeadingBlock(2, [Text("Sources")], Here),
                new ParagraphBlock([Text("As noted before"), Ref(NoteOne), Text(", see "), new LinkInline("https://example.org/a?b=1&c=2", [Text("the report")], Here), Text(" and "), new LinkInline("javascript:alert(1)", [Text("this")], Here), Text(".")], Here),
                new BlockQuoteBlock([Para("A quoted passage.")], Here),
                new ListBlock(true, 3, [new ListItem([Para("Third")], Here), new ListItem([Para("Fourth")], Here)], Here),
                new FigureBlock([], new ImageSource(png, secondFigureHasAlt ? "A map of the region" : null), Here),
            ],
            Notes = [NoteOne, NoteTwo],
            Bibliography =
            [
                new BibliographyEntry([Text("Smith, J. (2010). A History. London.")], Here),
                new BibliographyEntry([Text("Doe, A. (2012). Online source "), new LinkInline("http://example.org/doe", [Text("http://example.org/doe")], Here)], Here),
            ],
            Citation = [Text("Hazel Çakır, “The Khojaly Massacre”, Commentary No. 12, 24 February 2015.")],
            Institution = Institution(),
        };
    }

    /// <summary>The document with each top-level figure's image given the facts <paramref name="factsOf"/> has for its path, as the reader gives them.</summary>
    public static Document WithFacts(Document document, Func<string, ImageFacts?> factsOf) => document with
    {
        Body = [.. document.Body.Select(block => block is FigureBlock { Image: { } image } figure
            ? figure with { Image = image with { Facts = factsOf(image.Path) } }
            : block)],
    };

    public static Institution Institution() => new(
    [
        new InstitutionLine(InstitutionLineKind.Address, "Süleyman Bey Sokak 12, Ankara", null, Here),
        new InstitutionLine(InstitutionLineKind.Telephone, "Tel: +90 312 000 00 00 • Fax: +90 312 000 00 01", null, Here),
        new InstitutionLine(InstitutionLineKind.Email, "info@example.org", "mailto:info@example.org", Here),
        new InstitutionLine(InstitutionLineKind.Web, "www.example.org", "https://www.example.org", Here),
        new InstitutionLine(InstitutionLineKind.Copyright, "© 2015 Center for Eurasian Studies. All Rights Reserved", null, Here),
    ]);

    /// <summary>Page 1 before the first heading, page 2 in the middle of the first paragraph, page 3 at the second bibliography entry.</summary>
    public static PrintPageMap Pages() => new(
    [
        new PageStart("1", new ContentAnchor(ContentRegion.Body, 0, 0)),
        new PageStart("2", new ContentAnchor(ContentRegion.Body, 1, 20)),
        new PageStart("3", new ContentAnchor(ContentRegion.Bibliography, 1, 0)),
    ]);

    public static EpubWriterOptions Options(NotePlacement placement = NotePlacement.SectionEnd) => new()
    {
        BuildDate = BuildDate,
        NotePlacement = placement,
        CoverFonts = new EpubCoverFonts(Path.Combine(RepositoryFonts(), "NotoSerif-Regular.ttf"), Path.Combine(RepositoryFonts(), "NotoSerif-Bold.ttf")),
    };

    public static string RepositoryFonts()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Publish.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Repository root not found."), "styles", "fonts");
    }

    public static ParagraphBlock Para(string text) => new([Text(text)], Here);

    public static TextInline Text(string text) => new(text, Here);

    public static NoteReferenceInline Ref(Note note) => new(note, Here);

    public static ImmutableArray<Block> Blocks(params Block[] blocks) => [.. blocks];
}
