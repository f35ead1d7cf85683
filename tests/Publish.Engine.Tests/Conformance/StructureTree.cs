using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Publish.Engine.Tests.Conformance;

/// <summary>
/// The logical structure read once per file: elements in document order from StructTreeRoot /K, role map, the
/// ParentTree (number tree of StructParent(s) keys) and the IDTree (name tree of /ID values), ISO 32000-1 14.7.
/// </summary>
internal sealed class StructureTree
{
    /// <summary>ISO 32000-1 14.8.4's standard structure types, the ones PDF/UA-1 7.1 lets a role map end in.</summary>
    public static readonly HashSet<string> StandardTypes = new(StringComparer.Ordinal)
    {
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private", "P", "H",
        "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot", "Span",
        "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP", "Figure",
        "Formula", "Form",
    };

    private StructureTree(DictionaryToken? root) => Root = root;

    public DictionaryToken? Root { get; }

    public IReadOnlyDictionary<string, string> RoleMap { get; private set; } = new Dictionary<string, string>();

    public List<StructureElement> Elements { get; } = [];

    /// <summary>ParentTree entries: key → elements (an array for a page's MCIDs, one element for an annotation's StructParent).</summary>
    public Dictionary<int, IToken> ParentTree { get; } = [];

    /// <summary>IDTree entries: ID string → element reference; null when there is no IDTree.</summary>
    public Dictionary<string, IToken>? IdTree { get; private set; }

    public static StructureTree Read(PdfFile pdf)
    {
        var root = pdf.Dictionary(pdf.Catalog, "StructTreeRoot");
        var tree = new StructureTree(root);
        if (root is null)
        {
            return tree;
        }

        var roles = pdf.Dictionary(root, "RoleMap");
        tree.RoleMap = roles?.Data.ToDictionary(p => p.Key, p => (pdf.Resolve(p.Value) as NameToken)?.Data ?? string.Empty, StringComparer.Ordinal)
                       ?? new Dictionary<string, string>();
        var pages = pdf.Pages.Select((p, i) => (p.Reference, i)).ToDictionary(p => p.Reference, p => p.i);
        var visited = new HashSet<IndirectReference>();
        foreach (var kid in Kids(pdf, root))
        {
            tree.ReadElement(pdf, kid, null, pages, visited, null, 0);
        }

        if (pdf.Get(root, "ParentTree") is DictionaryToken parentTree)
        {
            ReadNumberTree(pdf, parentTree, tree.ParentTree, 0);
        }

        if (pdf.Get(root, "IDTree") is DictionaryToken idTree)
        {
            tree.IdTree = new Dictionary<string, IToken>(StringComparer.Ordinal);
            ReadNameTree(pdf, idTree, tree.IdTree, 0);
        }

        return tree;
    }

    /// <summary>Follows the role map; null when the chain loops (Matterhorn 02-003), the last name otherwise.</summary>
    public string? MapRole(string type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = type;
        while (!StandardTypes.Contains(current) && RoleMap.TryGetValue(current, out var next))
        {
            if (!seen.Add(current))
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    private static IEnumerable<IToken> Kids(PdfFile pdf, DictionaryToken element) =>
        element.Data.TryGetValue("K", out var k) ? (pdf.Resolve(k) is ArrayToken array ? array.Data : [k]) : [];

    private void ReadElement(PdfFile pdf, IToken token, StructureElement? parent, Dictionary<IndirectReference, int> pages, HashSet<IndirectReference> visited, int? page, int depth)
    {
        var reference = (token as IndirectReferenceToken)?.Data;
        if (depth > 256 || (reference is { } r && !visited.Add(r)) || pdf.Resolve(token) is not DictionaryToken dictionary)
        {
            return;
        }

        if (dictionary.Data.TryGetValue("Pg", out var pg) && pg is IndirectReferenceToken pageReference && pages.TryGetValue(pageReference.Data, out var index))
        {
            page = index;
        }

        var type = pdf.Name(dictionary, "S") ?? string.Empty;
        var element = new StructureElement(dictionary, reference, type, MapRole(type) ?? type, parent) { Id = pdf.Text(dictionary, "ID") };
        Elements.Add(element);
        parent?.Kids.Add(element);
        foreach (var kid in Kids(pdf, dictionary))
        {
            switch (pdf.Resolve(kid))
            {
                case NumericToken mcid when page is { } p:
                    element.MarkedContent.Add((p, mcid.Int));
                    break;
                case DictionaryToken { } d when pdf.Name(d, "Type") == "MCR":
                    var mcrPage = d.Data.TryGetValue("Pg", out var mp) && mp is IndirectReferenceToken mr && pages.TryGetValue(mr.Data, out var mi) ? mi : page;
                    if (mcrPage is { } pageIndex && pdf.Number(d, "MCID") is { } number)
                    {
                        element.MarkedContent.Add((pageIndex, (int)number));
                    }

                    break;
                case DictionaryToken { } d when pdf.Name(d, "Type") == "OBJR":
                    if (d.Data.TryGetValue("Obj", out var obj) && obj is IndirectReferenceToken objReference)
                    {
                        element.Objects.Add(objReference.Data);
                    }

                    break;
                case DictionaryToken:
                    ReadElement(pdf, kid, element, pages, visited, page, depth + 1);
                    break;
            }
        }
    }

    private static void ReadNumberTree(PdfFile pdf, DictionaryToken node, Dictionary<int, IToken> into, int depth)
    {
        var nums = pdf.Array(node, "Nums");
        for (var i = 0; i + 1 < nums.Count; i += 2)
        {
            if (nums[i] is NumericToken key)
            {
                into[key.Int] = ((pdf.Get(node, "Nums") as ArrayToken)?.Data[i + 1]) ?? nums[i + 1];
            }
        }

        foreach (var kid in depth < 32 ? pdf.Array(node, "Kids").OfType<DictionaryToken>() : [])
        {
            ReadNumberTree(pdf, kid, into, depth + 1);
        }
    }

    private static void ReadNameTree(PdfFile pdf, DictionaryToken node, Dictionary<string, IToken> into, int depth)
    {
        var names = (pdf.Get(node, "Names") as ArrayToken)?.Data ?? [];
        for (var i = 0; i + 1 < names.Count; i += 2)
        {
            if (pdf.Resolve(names[i]) switch { StringToken s => s.Data, HexToken h => h.Data, _ => null } is { } key)
            {
                into[key] = names[i + 1];
            }
        }

        foreach (var kid in depth < 32 ? pdf.Array(node, "Kids").OfType<DictionaryToken>() : [])
        {
            ReadNameTree(pdf, kid, into, depth + 1);
        }
    }
}
