using System.Collections.Immutable;
using Publish.Model.Blocks;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Citing;

/// <summary>
/// Rebuilds blocks in reading order: every inline that holds no other inlines goes through <paramref name="leaf"/>
/// (which may replace it by several, or by none), in the order a reader meets it; then each rebuilt inline list
/// (of a paragraph, heading, caption, cell, term, or inside emphasis, links and spans) goes through
/// <paramref name="finish"/>, which must not depend on order.
/// </summary>
internal sealed class InlineListMapper(Func<Inline, IEnumerable<Inline>> leaf, Func<ImmutableArray<Inline>, ImmutableArray<Inline>> finish)
{
    public ImmutableArray<Block> Blocks(ImmutableArray<Block> blocks)
    {
        var builder = ImmutableArray.CreateBuilder<Block>(blocks.Length);
        foreach (var block in blocks)
        {
            builder.Add(Block(block));
        }

        return builder.MoveToImmutable();
    }

    public Block Block(Block block) => block switch
    {
        ParagraphBlock p => p with { Content = Inlines(p.Content) },
        HeadingBlock h => h with { Content = Inlines(h.Content) },
        FigureBlock f => f with { Caption = Inlines(f.Caption) },
        BlockQuoteBlock q => q with { Children = Blocks(q.Children) },
        ListBlock l => l with { Items = [.. l.Items.Select(item => item with { Children = Blocks(item.Children) })] },
        DivBlock d => d with { Children = Blocks(d.Children) },
        DefinitionListBlock d => d with
        {
            Items = [.. d.Items.Select(item => item with { Terms = [.. item.Terms.Select(Inlines)], Definitions = [.. item.Definitions.Select(Blocks)] })],
        },
        TableBlock t => t with
        {
            Caption = Inlines(t.Caption),
            Rows = [.. t.Rows.Select(row => row with { Cells = [.. row.Cells.Select(cell => cell with { Content = Blocks(cell.Content) })] })],
        },
        CodeBlock or MathBlock or ThematicBreakBlock => block,
        _ => throw new InvalidOperationException($"Unknown block kind {block.GetType().Name}."),
    };

    public ImmutableArray<Inline> Inlines(ImmutableArray<Inline> inlines)
    {
        if (inlines.IsDefaultOrEmpty)
        {
            return inlines;
        }

        var mapped = ImmutableArray.CreateBuilder<Inline>(inlines.Length);
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case EmphasisInline e: mapped.Add(e with { Children = Inlines(e.Children) }); break;
                case StrongInline s: mapped.Add(s with { Children = Inlines(s.Children) }); break;
                case LinkInline l: mapped.Add(l with { Children = Inlines(l.Children) }); break;
                case FormattedInline f: mapped.Add(f with { Children = Inlines(f.Children) }); break;
                case SpanInline s: mapped.Add(s with { Children = Inlines(s.Children) }); break;
                case CrossReferenceInline x: mapped.Add(x with { Children = Inlines(x.Children) }); break;
                case ManuscriptLinkInline m: mapped.Add(m with { Children = Inlines(m.Children) }); break;
                default: mapped.AddRange(leaf(inline)); break;
            }
        }

        return finish(mapped.ToImmutable());
    }
}
