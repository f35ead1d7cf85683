using Publish.Model.Blocks;
using Publish.Model.Inlines;

namespace Publish.Model;

/// <summary>Enumerates a document's nodes depth-first in reading order, for counting and checks.</summary>
public static class DocumentWalker
{
    /// <summary>Every inline of the document outside the notes themselves, nested ones included, in reading order.</summary>
    public static IEnumerable<Inline> InlinesOutsideNotes(Document document)
    {
        foreach (var block in document.FrontMatter.Concat(document.Body))
        {
            foreach (var inline in Inlines(block))
            {
                yield return inline;
            }
        }

        foreach (var entry in document.Bibliography)
        {
            foreach (var inline in Flatten(entry.Content))
            {
                yield return inline;
            }
        }

        foreach (var inline in Flatten(document.Citation))
        {
            yield return inline;
        }

        foreach (var inline in document.AboutAuthor.SelectMany(Inlines))
        {
            yield return inline;
        }
    }

    /// <summary>Every inline of a block and its children, nested inlines included.</summary>
    public static IEnumerable<Inline> Inlines(Block block) => block switch
    {
        HeadingBlock h => Flatten(h.Content),
        ParagraphBlock p => Flatten(p.Content),
        FigureBlock f => Flatten(f.Caption),
        BlockQuoteBlock q => q.Children.SelectMany(Inlines),
        ListBlock l => l.Items.SelectMany(item => item.Children).SelectMany(Inlines),
        TableBlock t => Flatten(t.Caption).Concat(t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Content).SelectMany(Inlines)),
        DefinitionListBlock d => d.Items.SelectMany(item => item.Terms.SelectMany(term => Flatten(term)).Concat(item.Definitions.SelectMany(def => def).SelectMany(Inlines))),
        DivBlock d => d.Children.SelectMany(Inlines),
        ThematicBreakBlock or CodeBlock or MathBlock => [],
        _ => throw new InvalidOperationException($"Unknown block kind {block.GetType().Name}."),
    };

    /// <summary>The inlines and, after each container, its children (pre-order).</summary>
    public static IEnumerable<Inline> Flatten(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            yield return inline;
            var children = inline switch
            {
                EmphasisInline e => e.Children,
                StrongInline s => s.Children,
                LinkInline l => l.Children,
                FormattedInline f => f.Children,
                SpanInline s => s.Children,
                CitationInline c => c.Children,
                CrossReferenceInline x => x.Children,
                ManuscriptLinkInline m => m.Children,
                _ => default,
            };
            if (!children.IsDefaultOrEmpty)
            {
                foreach (var child in Flatten(children))
                {
                    yield return child;
                }
            }
        }
    }

    /// <summary>The figures among <paramref name="blocks"/>, those inside quotes and lists included, in reading order.</summary>
    public static IEnumerable<FigureBlock> Figures(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case FigureBlock figure:
                    yield return figure;
                    break;
                case BlockQuoteBlock quote:
                    foreach (var inner in Figures(quote.Children))
                    {
                        yield return inner;
                    }

                    break;
                case ListBlock list:
                    foreach (var inner in Figures(list.Items.SelectMany(i => i.Children)))
                    {
                        yield return inner;
                    }

                    break;
                case TableBlock table:
                    foreach (var inner in Figures(table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Content)))
                    {
                        yield return inner;
                    }

                    break;
                case DefinitionListBlock definitions:
                    foreach (var inner in Figures(definitions.Items.SelectMany(i => i.Definitions).SelectMany(d => d)))
                    {
                        yield return inner;
                    }

                    break;
                case DivBlock div:
                    foreach (var inner in Figures(div.Children))
                    {
                        yield return inner;
                    }

                    break;
                case HeadingBlock or ParagraphBlock or CodeBlock or ThematicBreakBlock or MathBlock:
                    break;
                default:
                    throw new InvalidOperationException($"Unknown block kind {block.GetType().Name}.");
            }
        }
    }

    /// <summary>Every figure of the document in reading order, those in notes after the text.</summary>
    public static IEnumerable<FigureBlock> FiguresInReadingOrder(Document document) =>
        Figures(document.FrontMatter)
            .Concat(Figures(document.Body))
            .Concat(Figures(document.AboutAuthor))
            .Concat(document.Notes.SelectMany(n => Figures(n.Content)));

    /// <summary>How many markers point at each note, by note number.</summary>
    public static IReadOnlyDictionary<int, int> NoteReferenceCounts(Document document)
    {
        var counts = document.Notes.ToDictionary(note => note.Number, _ => 0);
        foreach (var reference in InlinesOutsideNotes(document).OfType<NoteReferenceInline>())
        {
            counts[reference.Note.Number] = counts.GetValueOrDefault(reference.Note.Number) + 1;
        }

        return counts;
    }
}
