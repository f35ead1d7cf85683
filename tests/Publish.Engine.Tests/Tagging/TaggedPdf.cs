using System.Globalization;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Publish.Engine.Tests.Tagging;

/// <summary>
/// Reads a tagged PDF's logical structure with PdfPig's tokens: the StructTreeRoot's element tree (MCRs resolved to the
/// text of their page's marked content, OBJRs to their annotation) and its IDTree.
/// </summary>
internal sealed class TaggedPdf
{
    private readonly PdfDocument _document;
    private readonly Dictionary<IndirectReference, int> _pageIndex = [];
    private readonly Dictionary<(int Page, int Mcid), string> _marked = [];
    private readonly Dictionary<string, Dictionary<(int Page, int Mcid), TaggedNode>> _holders = new(StringComparer.Ordinal);

    private TaggedPdf(PdfDocument document)
    {
        _document = document;
        var pages = Dictionary(document.Structure.Catalog.CatalogDictionary.Data["Pages"]);
        var kids = (ArrayToken)Resolve(pages.Data["Kids"]);
        for (var i = 0; i < kids.Length; i++)
        {
            _pageIndex[((IndirectReferenceToken)kids[i]).Data] = i;
            foreach (var element in document.GetPage(i + 1).GetMarkedContents().SelectMany(Flatten))
            {
                if (element.MarkedContentIdentifier >= 0)
                {
                    _marked[(i, element.MarkedContentIdentifier)] = string.Concat(element.Letters.Select(l => l.Value));
                }
            }
        }

        var root = Dictionary(document.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]);
        Root = Element(root.Data["K"] is ArrayToken array ? array[0] : root.Data["K"]);
        RootDictionary = root;
    }

    /// <summary>The Document element.</summary>
    public TaggedNode Root { get; }

    public DictionaryToken RootDictionary { get; }

    public static TaggedPdf Read(PdfDocument document) => new(document);

    /// <summary>
    /// The nearest element of <paramref name="type"/> that holds marked content <paramref name="mcid"/> of page
    /// <paramref name="page"/> (from 0), itself or an ancestor; null when none does.
    /// </summary>
    public TaggedNode? Holder(int page, int mcid, string type)
    {
        if (!_holders.TryGetValue(type, out var holders))
        {
            _holders[type] = holders = [];
            void Walk(TaggedNode node, TaggedNode? nearest)
            {
                nearest = node.Type == type ? node : nearest;
                foreach (var kid in node.Kids)
                {
                    if (kid.Element is { } element)
                    {
                        Walk(element, nearest);
                    }
                    else if (kid.Content is { } content && nearest is not null)
                    {
                        holders[content] = nearest;
                    }
                }
            }

            Walk(Root, null);
        }

        return holders.GetValueOrDefault((page, mcid));
    }

    /// <summary>The IDTree's keys, in tree order, each with the /ID of the element it resolves to.</summary>
    public List<(string Key, string? ElementId)> IdTree()
    {
        var entries = new List<(string, string?)>();
        void Walk(DictionaryToken node)
        {
            if (node.Data.TryGetValue("Kids", out var kids))
            {
                foreach (var kid in ((ArrayToken)Resolve(kids)).Data)
                {
                    Walk(Dictionary(kid));
                }
            }

            if (node.Data.TryGetValue("Names", out var names))
            {
                var array = (ArrayToken)Resolve(names);
                for (var i = 0; i + 1 < array.Length; i += 2)
                {
                    var element = Dictionary(array[i + 1]);
                    entries.Add((StringOf(array[i])!, element.Data.TryGetValue("ID", out var id) ? StringOf(id) : null));
                }
            }
        }

        if (RootDictionary.Data.TryGetValue("IDTree", out var tree))
        {
            Walk(Dictionary(tree));
        }

        return entries;
    }

    private TaggedNode Element(IToken token)
    {
        var dictionary = Dictionary(token);
        var kids = new List<TaggedKid>();
        if (dictionary.Data.TryGetValue("K", out var k))
        {
            foreach (var kid in Resolve(k) is ArrayToken array ? array.Data : [k])
            {
                kids.Add(Kid(kid, dictionary));
            }
        }

        string? Text(string key) => dictionary.Data.TryGetValue(key, out var value) ? StringOf(value) : null;
        return new TaggedNode(((NameToken)Resolve(dictionary.Data["S"])).Data, Text("ID"), Text("Alt"), Text("Lang"), kids);
    }

    private TaggedKid Kid(IToken token, DictionaryToken parent)
    {
        if (Resolve(token) is NumericToken mcid)
        {
            var page = _pageIndex[((IndirectReferenceToken)parent.Data["Pg"]).Data];
            return new TaggedKid(null, _marked.GetValueOrDefault((page, mcid.Int), string.Empty), null) { Content = (page, mcid.Int) };
        }

        var dictionary = Dictionary(token);
        var type = dictionary.Data.TryGetValue("Type", out var t) ? ((NameToken)Resolve(t)).Data : "StructElem";
        switch (type)
        {
            case "MCR":
                var page = _pageIndex[((IndirectReferenceToken)dictionary.Data["Pg"]).Data];
                var number = ((NumericToken)Resolve(dictionary.Data["MCID"])).Int;
                return new TaggedKid(null, _marked.GetValueOrDefault((page, number), string.Empty), null) { Content = (page, number) };
            case "OBJR":
                var annotation = Dictionary(dictionary.Data["Obj"]);
                return new TaggedKid(null, null, annotation.Data.ToDictionary(e => e.Key, e => StringOf(e.Value) ?? Resolve(e.Value).ToString() ?? string.Empty, StringComparer.Ordinal));
            default:
                return new TaggedKid(Element(token), null, null);
        }
    }

    private IToken Resolve(IToken token) => token is IndirectReferenceToken reference ? _document.Structure.GetObject(reference.Data).Data : token;

    private DictionaryToken Dictionary(IToken token) => (DictionaryToken)Resolve(token);

    private string? StringOf(IToken token) => Resolve(token) switch
    {
        StringToken s => s.Data,
        HexToken h => h.Data,
        NumericToken n => n.Data.ToString(CultureInfo.InvariantCulture),
        NameToken name => name.Data,
        _ => null,
    };

    private static IEnumerable<MarkedContentElement> Flatten(MarkedContentElement element) =>
        element.Children is { Count: > 0 } children ? [element, .. children.SelectMany(Flatten)] : [element];
}
