using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Tests.Export;

/// <summary>A document built by hand with every block and inline kind and text full of Markdown-significant characters.</summary>
internal static class EveryKindDocument
{
    private static readonly SourceSpan At = SourceSpan.None;

    public static Document Build(string imagePath)
    {
        var shortNote = new Note(1, "a", [Paragraph(T("A note with "), new EmphasisInline([T("emphasis")], At), T("."))], At);
        var longNote = new Note(2, "b", [Paragraph(T("First paragraph.")), Paragraph(T("Second paragraph * with a star.")), new CodeBlock("x = 1", At)], At);
        return new Document
        {
            SourcePath = "every-kind.md",
            Dialect = ManuscriptDialect.Markdown,
            Metadata = new Metadata
            {
                // The reader gives front matter text typographic quotes, so a model it can produce has them.
                Title = "Every “kind”: a test",
                Subtitle = "with # and *",
                Authors = ["A. Author", "B. O’Brien"],
                Language = "en",
                Date = "2015-02",
                Publisher = "Press",
                Series = "Series: one",
                Number = "007",
                Identifier = "urn:isbn:1",
                Source = "https://example.org/a?b=1&c=2",
            },
            FrontMatter = [Paragraph(T("Abstract with "), new StrongInline([T("strong")], At), T(" text."))],
            Body =
            [
                new HeadingBlock(1, [T("Part one")], At),
                Paragraph(
                    T("Stars *a*, under_scores_, [brackets], <b>tags</b>, back\\slash, & amp; \"straight\" 'quotes', a--b, wait..., # hash, !bang, http://not.a.link and www.example.org."),
                    new NoteReferenceInline(shortNote, At)),
                new HeadingBlock(2, [T("Inline "), new CodeInline("code`with`ticks", At)], At),
                Paragraph(T("1984. Not a list item.")),
                Paragraph(T("- not a bullet")),
                Paragraph(
                    new EmphasisInline([T("em "), new StrongInline([T("strong inside")], At)], At),
                    T(" then "),
                    new StrongInline([T("strong "), new EmphasisInline([T("em inside")], At)], At),
                    T(" and "),
                    new LinkInline("https://example.org/x_y?q=1&r=2", [T("a "), new EmphasisInline([T("link")], At)], At),
                    T(", "),
                    new LinkInline("https://example.org/bare--url", [T("https://example.org/bare--url")], At),
                    T(", "),
                    new LinkInline("mailto:me@example.org", [T("me@example.org")], At),
                    T(" line"),
                    new LineBreakInline(At),
                    T("break."),
                    new NoteReferenceInline(longNote, At),
                    T(" Again"),
                    new NoteReferenceInline(shortNote, At)),
                new FigureBlock([T("A "), new EmphasisInline([T("red")], At), T(" square")], new ImageSource(imagePath, "A \"red\" square"), At),
                new FigureBlock([T("Lost photo")], null, At),
                new BlockQuoteBlock(
                [
                    Paragraph(T("Quoted.")),
                    new ListBlock(false, 1, [Item(Paragraph(T("in quote")))], At),
                    new BlockQuoteBlock([Paragraph(T("Deeper."))], At),
                ], At),
                new ListBlock(false, 1, [Item(Paragraph(T("one"))), Item(Paragraph(T("two")), new ListBlock(true, 1, [Item(Paragraph(T("nested")))], At))], At),
                new ListBlock(false, 1, [Item(Paragraph(T("second list")))], At),
                new ListBlock(true, 7, [Item(Paragraph(T("seven"))), Item(Paragraph(T("eight")), Paragraph(T("second paragraph")))], At),
                new ListBlock(true, 1, [Item(Paragraph(T("another ordered list")))], At),
                new ThematicBreakBlock(At),
                new CodeBlock("```\nfenced inside\n```\n  indented *not emphasis*", At),
                new HeadingBlock(3, [T("Last")], At),
            ],
            Notes = [shortNote, longNote],
            Bibliography = [new BibliographyEntry([T("Doe, J. "), new EmphasisInline([T("Title")], At), T(". 2001.")], At), new BibliographyEntry([T("2. Second entry")], At)],
            Citation = [T("Author. Every kind. "), new LinkInline("https://example.org/", [T("https://example.org/")], At)],
            AboutAuthor = [Paragraph(T("About "), new StrongInline([T("me")], At), T(".")), Paragraph(T("More."))],
            Institution = new Institution(
            [
                new InstitutionLine(InstitutionLineKind.Address, "1 Street: \"Town\"", null, At),
                new InstitutionLine(InstitutionLineKind.Email, "info@example.org", "mailto:info@example.org", At),
            ]),
        };
    }

    private static TextInline T(string text) => new(text, At);

    private static ParagraphBlock Paragraph(params Inline[] inlines) => new([.. inlines], At);

    private static ListItem Item(params Block[] blocks) => new([.. blocks], At);
}
