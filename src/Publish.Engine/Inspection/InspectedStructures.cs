using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Inlines;

namespace Publish.Engine.Inspection;

/// <summary>
/// The structures issue 17 added, gathered for <c>publish inspect</c> from every place blocks live (front matter,
/// body, about-the-author, notes; nested in quotes, lists, tables, definitions and divs), in reading order: tables,
/// definition lists, fenced divs, cross-references, citations, and the ids a cross-reference can point at.
/// </summary>
internal sealed class InspectedStructures
{
    private InspectedStructures(List<Block> blocks, List<Inline> inlines)
    {
        Tables = [.. blocks.OfType<TableBlock>()];
        DefinitionLists = [.. blocks.OfType<DefinitionListBlock>()];
        Divs = [.. blocks.OfType<DivBlock>()];
        CrossReferences = [.. inlines.OfType<CrossReferenceInline>()];
        // An in-text citation of a note style is set twice, the author's names in the sentence and the citation in the
        // note after them: one citation as written, listed once with the note's (the whole) text.
        Citations = [.. inlines.OfType<CitationInline>().GroupBy(c => c.Span).Select(g => g.Last()).OrderBy(c => c.Span.Line).ThenBy(c => c.Span.Column)];
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in blocks.Select(AnchorOf).Concat(inlines.OfType<SpanInline>().Select(span => span.Id)))
        {
            if (!string.IsNullOrEmpty(id))
            {
                anchors.Add(id);
            }
        }

        Anchors = anchors;
    }

    public IReadOnlyList<TableBlock> Tables { get; }

    public IReadOnlyList<DefinitionListBlock> DefinitionLists { get; }

    public IReadOnlyList<DivBlock> Divs { get; }

    public IReadOnlyList<CrossReferenceInline> CrossReferences { get; }

    /// <summary>
    /// The citations (issue 22), in the running text or in notes, in the order they stand in the manuscript (a note's
    /// where its definition is written), with what the processor rendered for them.
    /// </summary>
    public IReadOnlyList<CitationInline> Citations { get; }

    /// <summary>Every id a reference can resolve to: headings, figures, tables, divs and spans.</summary>
    public IReadOnlySet<string> Anchors { get; }

    public static InspectedStructures Of(Document document)
    {
        var blocks = new List<Block>();
        Collect(document.FrontMatter, blocks);
        Collect(document.Body, blocks);
        Collect(document.AboutAuthor, blocks);
        foreach (var note in document.Notes)
        {
            Collect(note.Content, blocks);
        }

        var inlines = blocks.SelectMany(OwnInlines).ToList();
        inlines.AddRange(document.Bibliography.SelectMany(entry => DocumentWalker.Flatten(entry.Content)));
        inlines.AddRange(DocumentWalker.Flatten(document.Citation));
        return new InspectedStructures(blocks, inlines);
    }

    /// <summary>Blocks in pre-order: a container before what it holds.</summary>
    private static void Collect(IEnumerable<Block> blocks, List<Block> into)
    {
        foreach (var block in blocks)
        {
            into.Add(block);
            switch (block)
            {
                case BlockQuoteBlock quote:
                    Collect(quote.Children, into);
                    break;
                case ListBlock list:
                    Collect(list.Items.SelectMany(item => item.Children), into);
                    break;
                case TableBlock table:
                    Collect(table.Rows.SelectMany(row => row.Cells).SelectMany(cell => cell.Content), into);
                    break;
                case DefinitionListBlock definitions:
                    Collect(definitions.Items.SelectMany(item => item.Definitions).SelectMany(definition => definition), into);
                    break;
                case DivBlock div:
                    Collect(div.Children, into);
                    break;
                case HeadingBlock or ParagraphBlock or FigureBlock or CodeBlock or ThematicBreakBlock or MathBlock:
                    break;
                default:
                    throw new InvalidOperationException($"Unknown block kind {block.GetType().Name}.");
            }
        }
    }

    /// <summary>The inlines a block holds itself (its nested blocks are collected on their own).</summary>
    private static IEnumerable<Inline> OwnInlines(Block block) => block switch
    {
        HeadingBlock heading => DocumentWalker.Flatten(heading.Content),
        ParagraphBlock paragraph => DocumentWalker.Flatten(paragraph.Content),
        FigureBlock figure => DocumentWalker.Flatten(figure.Caption),
        TableBlock table => DocumentWalker.Flatten(table.Caption),
        DefinitionListBlock definitions => definitions.Items.SelectMany(item => item.Terms).SelectMany(term => DocumentWalker.Flatten(term)),
        _ => [],
    };

    private static string? AnchorOf(Block block) => block switch
    {
        HeadingBlock heading => heading.Id,
        FigureBlock figure => figure.Id,
        TableBlock table => table.Id,
        DivBlock div => div.Id,
        _ => null,
    };
}
