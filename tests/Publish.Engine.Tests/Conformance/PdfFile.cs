using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Publish.Engine.Tests.Conformance;

/// <summary>
/// A PDF opened for the checker: PdfPig's object level (catalog, objects by reference, decoded streams) plus the raw
/// bytes the file-structure clauses need. Every lookup resolves indirect references, so checks read values, not refs.
/// </summary>
internal sealed class PdfFile : IDisposable
{
    private PdfFile(byte[] bytes, PdfDocument document)
    {
        Bytes = bytes;
        Document = document;
        Raw = Encoding.Latin1.GetString(bytes);
        Catalog = document.Structure.Catalog.CatalogDictionary;
        Pages = PageTree(Get(Catalog, "Pages") as DictionaryToken).ToArray();
    }

    public byte[] Bytes { get; }

    /// <summary>The bytes as Latin-1 text: one char per byte, so an index here is a byte offset.</summary>
    public string Raw { get; }

    public PdfDocument Document { get; }

    public DictionaryToken Catalog { get; }

    /// <summary>Page dictionaries in page order, each with the reference it was reached by.</summary>
    public IReadOnlyList<(IndirectReference Reference, DictionaryToken Page)> Pages { get; }

    private StructureTree? _structure;
    private IReadOnlyList<ContentWalker.Step>? _steps;

    /// <summary>Every content operation of every page and the forms it draws, lexed once for all checks.</summary>
    public IReadOnlyList<ContentWalker.Step> ContentSteps => _steps ??= ContentWalker.Steps(this).ToArray();

    /// <summary>The logical structure, read on first use and shared by the tagging and annotation checks.</summary>
    public StructureTree Structure => _structure ??= StructureTree.Read(this);

    public static PdfFile Open(byte[] bytes) => new(bytes, PdfDocument.Open(bytes));

    public void Dispose() => Document.Dispose();

    public IToken? Resolve(IToken? token)
    {
        for (var hops = 0; token is IndirectReferenceToken reference && hops < 32; hops++)
        {
            token = Object(reference.Data);
        }

        return token;
    }

    public IToken? Object(IndirectReference reference)
    {
        try
        {
            return Document.Structure.GetObject(reference)?.Data;
        }
        catch (Exception e) when (e is InvalidOperationException or PdfDocumentFormatException or ArgumentException or KeyNotFoundException)
        {
            return null;
        }
    }

    public IToken? Get(DictionaryToken? dictionary, string key) =>
        dictionary is not null && dictionary.Data.TryGetValue(key, out var value) ? Resolve(value) : null;

    public DictionaryToken? Dictionary(DictionaryToken? dictionary, string key) => Get(dictionary, key) switch
    {
        DictionaryToken d => d,
        StreamToken s => s.StreamDictionary,
        _ => null,
    };

    public string? Name(DictionaryToken? dictionary, string key) => (Get(dictionary, key) as NameToken)?.Data;

    public double? Number(DictionaryToken? dictionary, string key) => (Get(dictionary, key) as NumericToken)?.Double;

    public string? Text(DictionaryToken? dictionary, string key) => Get(dictionary, key) switch
    {
        StringToken s => s.Data,
        HexToken h => h.Data,
        _ => null,
    };

    public IReadOnlyList<IToken> Array(DictionaryToken? dictionary, string key) => Get(dictionary, key) switch
    {
        ArrayToken a => a.Data.Select(t => Resolve(t) ?? t).ToArray(),
        null => [],
        var single => [single],
    };

    public DictionaryToken? Info => Resolve(Document.Structure.Trailer.Info) as DictionaryToken;

    /// <summary>Every object the cross-reference table lists, resolved, with its reference.</summary>
    public IEnumerable<(IndirectReference Reference, IToken Value)> Objects()
    {
        foreach (var reference in Document.Structure.CrossReferenceTable.ObjectOffsets.Keys.OrderBy(r => r.ObjectNumber))
        {
            if (Object(reference) is { } value)
            {
                yield return (reference, value);
            }
        }
    }

    /// <summary>The byte offset the cross-reference table gives for an object, or -1.</summary>
    public long Offset(long number, int generation) =>
        Document.Structure.CrossReferenceTable.ObjectOffsets.TryGetValue(new IndirectReference(number, generation), out var location) &&
        location.Type == XrefEntryType.File ? location.Value1 : -1;

    public byte[] Decode(StreamToken stream)
    {
        try
        {
            return stream.Decode(DefaultFilterProvider.Instance).ToArray();
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or InvalidDataException or IOException or ArgumentException)
        {
            return [];
        }
    }

    /// <summary>The decoded content of a page (its /Contents stream or array of streams, joined by a newline).</summary>
    public byte[] PageContent(DictionaryToken page)
    {
        var parts = Array(page, "Contents").OfType<StreamToken>().Select(Decode);
        return parts.SelectMany(p => p.Append((byte)'\n')).ToArray();
    }

    private IEnumerable<(IndirectReference, DictionaryToken)> PageTree(DictionaryToken? node, int depth = 0)
    {
        if (node is null || depth > 64)
        {
            yield break;
        }

        foreach (var kid in node.Data.TryGetValue("Kids", out var kids) && Resolve(kids) is ArrayToken array ? array.Data : [])
        {
            if (kid is not IndirectReferenceToken reference || Resolve(kid) is not DictionaryToken child)
            {
                continue;
            }

            if (Name(child, "Type") == "Pages" || child.Data.ContainsKey("Kids"))
            {
                foreach (var page in PageTree(child, depth + 1))
                {
                    yield return page;
                }
            }
            else
            {
                yield return (reference.Data, child);
            }
        }
    }
}
