using Publish.Model;
using Publish.Model.Blocks;

namespace Publish.Epub.Content;

/// <summary>Every figure of the document in reading order (notes after the text), so image names follow reading order.</summary>
internal static class FigureCollector
{
    public static IEnumerable<FigureBlock> InReadingOrder(Document document) =>
        Walk(document.FrontMatter)
            .Concat(Walk(document.Body))
            .Concat(Walk(document.AboutAuthor))
            .Concat(document.Notes.SelectMany(n => Walk(n.Content)));

    private static IEnumerable<FigureBlock> Walk(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case FigureBlock figure:
                    yield return figure;
                    break;
                case BlockQuoteBlock quote:
                    foreach (var inner in Walk(quote.Children))
                    {
                        yield return inner;
                    }

                    break;
                case ListBlock list:
                    foreach (var inner in Walk(list.Items.SelectMany(i => i.Children)))
                    {
                        yield return inner;
                    }

                    break;
                case HeadingBlock or ParagraphBlock or CodeBlock or ThematicBreakBlock:
                    break;
                default:
                    throw new InvalidOperationException($"Unknown block kind {block.GetType().Name}.");
            }
        }
    }
}
