using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Publish.Engine.Tests.Conformance;

/// <summary>One structure element (ISO 32000-1 14.7.2) as the checks need it: its type before and after role mapping, kids, content references.</summary>
internal sealed class StructureElement(DictionaryToken dictionary, IndirectReference? reference, string type, string standardType, StructureElement? parent)
{
    public DictionaryToken Dictionary { get; } = dictionary;

    public IndirectReference? Reference { get; } = reference;

    /// <summary>The /S value as written.</summary>
    public string Type { get; } = type;

    /// <summary>The type after following the role map to a standard type (or the written type when it never gets there).</summary>
    public string StandardType { get; } = standardType;

    public StructureElement? Parent { get; } = parent;

    public List<StructureElement> Kids { get; } = [];

    /// <summary>Marked-content references: (page index, MCID).</summary>
    public List<(int Page, int Mcid)> MarkedContent { get; } = [];

    /// <summary>Objects referenced through OBJR (annotations, XObjects).</summary>
    public List<IndirectReference> Objects { get; } = [];

    public string? Id { get; set; }

    public IEnumerable<StructureElement> SelfAndDescendants() => Kids.SelectMany(k => k.SelfAndDescendants()).Prepend(this);

    public override string ToString() => Reference is { } r ? $"{Type} (object {r.ObjectNumber})" : Type;
}
