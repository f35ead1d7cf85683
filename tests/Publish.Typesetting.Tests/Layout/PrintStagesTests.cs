using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;
using Publish.Styles;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Layout;
using Publish.Typesetting.Layout.Assemble;
using Publish.Typesetting.Layout.Realize;
using Publish.Typesetting.Layout.SetLines;

namespace Publish.Typesetting.Tests.Layout;

/// <summary>The print layout's stages one by one: realize (pure), set (the same with or without helper threads), assemble.</summary>
public sealed class PrintStagesTests
{
    private static readonly HouseStyle Style = HouseStyleLoader.LoadDefault(RepositoryPaths.Root).Style
        ?? throw new InvalidOperationException("The default style does not load.");

    private const string Source = "/nonexistent/publish-stages/book.md";

    private static SourceSpan Span(int line) => new(Source, line, 1);

    private static ImmutableArray<Inline> Words(string text, int line) => [new TextInline(text, Span(line))];

    private static Document Small()
    {
        var note = new Note(1, "1", [new ParagraphBlock(Words("A note.", 20), Span(20))], Span(20));
        return new Document
        {
            SourcePath = Source,
            Dialect = ManuscriptDialect.Markdown,
            Metadata = new Metadata { Title = "Stages", Language = "en" },
            Body =
            [
                new HeadingBlock(1, Words("Part", 2), Span(2)),
                new ParagraphBlock([.. Words("Text with a note.", 3), new NoteReferenceInline(note, Span(3))], Span(3)),
                new FigureBlock(Words("A harbour", 5), new ImageSource("/nonexistent/publish-stages/photo.png", null) { Facts = new ImageFacts(ImageFormat.Png, 300, 400, Orientation: 6) }, Span(5)),
                new BlockQuoteBlock([new ParagraphBlock(Words("Quoted.", 7), Span(7))], Span(7)),
                new ListBlock(true, 1, [new ListItem([new ParagraphBlock(Words("Item.", 9), Span(9))], Span(9))], Span(9)),
                new CodeBlock("a\nb", Span(11)),
                new ThematicBreakBlock(Span(14)),
            ],
            Notes = [note],
            Bibliography = [new BibliographyEntry(Words("An entry.", 16), Span(16))],
        };
    }

    private static string Kind(RealizedBlock block) => block switch
    {
        RealizedParagraph p => $"paragraph {p.Role?.ToString() ?? "artifact"} in {p.Parent?.ToString() ?? "doc"}" + (p.LabelGroup is { } label ? $" label in {label}" : ""),
        RealizedGroup g => $"group {g.Group} {g.Role} in {g.Parent?.ToString() ?? "doc"}",
        RealizedSpace => "space",
        RealizedCode c => $"code {c.Lines.Length} lines",
        RealizedFigure f => $"figure {f.Width:0}x{f.Height:0}",
        _ => block.GetType().Name,
    };

    [Fact]
    public void Realize_lists_everything_to_set_in_reading_order_with_roles_and_groups()
    {
        var realized = Realizer.Realize(Small(), Style);

        Assert.Equal(
            [
                "paragraph Heading1 in doc", "paragraph Heading2 in doc", "paragraph Paragraph in doc", "figure 420x315",
                "group 0 BlockQuote in doc", "space", "paragraph Paragraph in 0", "space",
                "group 1 List in doc", "group 2 ListItem in 1", "group 3 ListLabel in 2", "group 4 ListBody in 2", "paragraph Paragraph in 4 label in 3",
                "space", "code 2 lines", "space",
                "space", "paragraph artifact in doc", "space",
                "paragraph Heading2 in doc", "paragraph BibliographyEntry in doc",
            ],
            realized.Blocks.Select(Kind));
        Assert.Equal(["title", "sec-2", "bibliography"], realized.Outline.Select(o => o.Destination));

        // The note's requests (its number, set apart in its box, then its text) follow the paragraph that first refers
        // to it: the order the flow takes them in.
        var paragraph = realized.Blocks.OfType<RealizedParagraph>().ElementAt(2);
        Assert.Equal([(paragraph.Request + 2, (int?)paragraph.Request + 1)], realized.Notes[1].Pieces.Select(p => (p.Request, p.Label)));
        Assert.Equal(13, realized.Requests.Length);
        Assert.Equal(Enumerable.Range(0, 13), realized.Blocks.SelectMany(Requests).Concat(realized.Notes[1].Pieces.SelectMany(p => new[] { p.Request, p.Label!.Value })).Order());
    }

    private static IEnumerable<int> Requests(RealizedBlock block) => block switch
    {
        RealizedParagraph p => [p.Request],
        RealizedCode c => c.Lines,
        RealizedFigure f => [f.Caption],
        _ => [],
    };

    [Fact]
    public void Realize_takes_a_photos_size_from_the_readers_facts_and_sets_a_caption_alone_without_them()
    {
        // Neither file exists: realize reads none. A quarter-turned 300×400 photo is 400 wide as seen.
        var turned = Assert.Single(Realizer.Realize(Small(), Style).Blocks.OfType<RealizedFigure>());
        Assert.Equal(400.0 / 300, turned.Width / turned.Height, 6);
        Assert.True(turned.Width <= Style.Page.TextWidth && turned.Height <= Style.Page.TextHeight * 0.45 + 1e-9);

        var document = Small();
        var figure = (FigureBlock)document.Body[2];
        var bare = document with { Body = document.Body.SetItem(2, figure with { Image = figure.Image! with { Facts = null } }) };
        var alone = Assert.Single(Realizer.Realize(bare, Style).Blocks.OfType<RealizedFigure>());
        Assert.Equal((0.0, 0.0), (alone.Width, alone.Height));
    }

    [Fact]
    public void Realize_warns_of_a_photo_below_the_press_resolution_only_when_asked()
    {
        Assert.Null(Assert.Single(Realizer.Realize(Small(), Style).Blocks.OfType<RealizedFigure>()).LowResolution);

        var warning = Assert.Single(Realizer.Realize(Small(), Style, minimumDpi: 300).Blocks.OfType<RealizedFigure>()).LowResolution;

        Assert.Equal(Typesetting.Flow.FlowDiagnosticCodes.LowResolutionImage, warning?.Code);
        Assert.Equal(Span(5), warning?.Span);
    }

    /// <summary>Enough paragraphs for helpers to start, each with a character no font has, and notes.</summary>
    private static Document Long()
    {
        var notes = Enumerable.Range(1, 30).Select(n => new Note(n, "n", [new ParagraphBlock(Words($"Note {n} with 中 and more words to set.", 100 + n), Span(100 + n))], Span(100 + n))).ToImmutableArray();
        var body = Enumerable.Range(0, 90).Select(i => (Block)new ParagraphBlock(
            [.. Words($"Paragraph {i} has {(i % 7 == 3 ? "字" : "no")} rare characters, and enough words to break into several lines of justified text at this measure, hyphenation included.", i + 1),
             .. i % 3 == 0 ? [new NoteReferenceInline(notes[i / 3], Span(i + 1))] : Array.Empty<Inline>()],
            Span(i + 1))).ToImmutableArray();
        var text = string.Join('\n', Enumerable.Range(0, 140).Select(i => i == 40 ? "字 first written here" : "line"));
        return new Document
        {
            SourcePath = Source,
            Dialect = ManuscriptDialect.Markdown,
            Metadata = new Metadata { Title = "Long", Language = "en" },
            Body = body,
            Notes = notes,
            SourceText = text,
        };
    }

    private static (string[] Lines, string[] Diagnostics, int Structure) SetAndAssemble(Document document, int helpers)
    {
        using var fonts = new FontLibrary();
        var hyphenation = TypesetterPool.HyphenationFor(Style);
        var ledger = MissingGlyphLedger.For(document, Style);
        using var pool = new TypesetterPool(Style, fonts, hyphenation, ledger);
        var diagnostics = new DiagnosticBag();
        var realized = Realizer.Realize(document, Style);
        Assert.True(realized.Requests.Length >= LineSetter.MinimumRequests);

        var set = new LineSetter(pool, ledger, document.Metadata.Language)
        {
            HelperPools = () => new TypesetterPool(Style, fonts, hyphenation, ledger),
            HelperCount = helpers,
        }.Set(realized.Requests, diagnostics);
        var flow = new FlowAssembler(Style, realized, set, ledger, diagnostics).Assemble();

        var lines = set.SelectMany(s => s.Layout.Lines).Select(l => $"{l.Text}|{l.Width:0.###}").ToArray();
        var reported = diagnostics.ToImmutableSorted().Select(d => $"{d.Span.Line}:{d.Span.Column} {d.Code} {d.Message}").ToArray();
        return (lines, reported, flow.Structure.Elements.Length);
    }

    [Fact]
    public void Set_and_assemble_give_the_same_lines_and_warnings_with_no_helper_and_with_three()
    {
        var alone = SetAndAssemble(Long(), helpers: 0);
        var helped = SetAndAssemble(Long(), helpers: 3);

        Assert.Equal(alone.Lines, helped.Lines);
        Assert.Equal(alone.Diagnostics, helped.Diagnostics);
        Assert.Equal(alone.Structure, helped.Structure);

        // Each missing character once for the manuscript: 字 where the text first has it, 中 (only in notes) at its first note.
        Assert.Equal(["41:1 PUB3001", "101:1 PUB3001"], alone.Diagnostics.Where(d => d.Contains("PUB3001", StringComparison.Ordinal)).Select(d => d[..(d.IndexOf(' ', StringComparison.Ordinal) + 8)]));
    }
}
