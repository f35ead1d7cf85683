using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Publish.Engine.Tests.TextLayer;

/// <summary>
/// The structure tree's ParentTree and RoleMap, read with PdfPig's tokens: for each page, the region of the structure
/// element each MCID belongs to (inside a <c>Note</c>: note text; inside a <c>Caption</c> or <c>Figure</c>: a
/// caption; anything else the running text).
/// </summary>
internal sealed class ParentTreeRegions
{
    private readonly PdfDocument _pdf;
    private readonly Dictionary<int, IToken> _parentTree = [];
    private readonly Dictionary<string, string> _roleMap = new(StringComparer.Ordinal);

    public ParentTreeRegions(PdfDocument pdf)
    {
        _pdf = pdf;
        if (!pdf.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Create("StructTreeRoot"), out var rootToken) || Resolve(rootToken) is not DictionaryToken root)
        {
            return;
        }

        if (root.TryGet(NameToken.Create("RoleMap"), out var roleMapToken) && Resolve(roleMapToken) is DictionaryToken roleMap)
        {
            foreach (var (name, value) in roleMap.Data)
            {
                if (Resolve(value) is NameToken standard)
                {
                    _roleMap[name] = standard.Data;
                }
            }
        }

        if (root.TryGet(NameToken.Create("ParentTree"), out var parentTree))
        {
            ReadNumberTree(parentTree);
        }
    }

    /// <summary>The region of each MCID of the page, indexed by MCID.</summary>
    public IReadOnlyList<TextRegion> PageElements(Page page)
    {
        if (!page.Dictionary.TryGet(NameToken.Create("StructParents"), out var key) || Resolve(key) is not NumericToken number
            || !_parentTree.TryGetValue(number.Int, out var value) || Resolve(value) is not ArrayToken elements)
        {
            return [];
        }

        return [.. elements.Data.Select(e => Resolve(e) is DictionaryToken element ? RegionOf(element) : TextRegion.Flow)];
    }

    /// <summary>Note text inside a <c>Note</c>, a caption inside a <c>Caption</c> or <c>Figure</c>, else the running text.</summary>
    private TextRegion RegionOf(DictionaryToken element)
    {
        for (var depth = 0; depth < 64; depth++)
        {
            if (element.TryGet(NameToken.Create("S"), out var typeToken) && Resolve(typeToken) is NameToken type)
            {
                switch (_roleMap.GetValueOrDefault(type.Data, type.Data))
                {
                    case "Note":
                        return TextRegion.Note;
                    case "Caption" or "Figure":
                        return TextRegion.Caption;
                }
            }

            if (!element.TryGet(NameToken.Create("P"), out var parentToken) || Resolve(parentToken) is not DictionaryToken parent)
            {
                return TextRegion.Flow;
            }

            element = parent;
        }

        return TextRegion.Flow;
    }

    private void ReadNumberTree(IToken token)
    {
        if (Resolve(token) is not DictionaryToken node)
        {
            return;
        }

        if (node.TryGet(NameToken.Create("Nums"), out var numsToken) && Resolve(numsToken) is ArrayToken nums)
        {
            for (var i = 0; i + 1 < nums.Data.Count; i += 2)
            {
                if (Resolve(nums.Data[i]) is NumericToken key)
                {
                    _parentTree[key.Int] = nums.Data[i + 1];
                }
            }
        }

        if (node.TryGet(NameToken.Create("Kids"), out var kidsToken) && Resolve(kidsToken) is ArrayToken kids)
        {
            foreach (var kid in kids.Data)
            {
                ReadNumberTree(kid);
            }
        }
    }

    private IToken Resolve(IToken token) =>
        token is IndirectReferenceToken reference ? _pdf.Structure.GetObject(reference.Data).Data : token;
}
