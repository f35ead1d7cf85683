using Publish.Model;
using Publish.Model.Blocks;

namespace Publish.Epub.Content;

/// <summary>Every figure of the document in reading order (notes after the text), so image names follow reading order.</summary>
internal static class FigureCollector
{
    public static IEnumerable<FigureBlock> InReadingOrder(Document document) => DocumentWalker.FiguresInReadingOrder(document);
}
