namespace Publish.Engine.Tests.Tagging;

/// <summary>
/// A structure element read back from a PDF: its type, /ID, /Alt, and its kids in /K order — other elements,
/// marked-content references (their text read from the page) and object references (a link annotation's dictionary
/// entries as text).
/// </summary>
internal sealed record TaggedNode(string Type, string? Id, string? Alt, string? Lang, IReadOnlyList<TaggedKid> Kids)
{
    public IEnumerable<TaggedNode> Elements => Kids.Where(k => k.Element is not null).Select(k => k.Element!);

    /// <summary>The element and every element below it, depth first.</summary>
    public IEnumerable<TaggedNode> Descendants() => [this, .. Elements.SelectMany(e => e.Descendants())];

    /// <summary>The text of every marked-content sequence below the element, in /K order.</summary>
    public string Text => string.Concat(Kids.Select(k => k.Element?.Text ?? k.MarkedText ?? string.Empty));
}

/// <summary>One kid: exactly one of an element, a marked-content sequence's text, an annotation.</summary>
internal sealed record TaggedKid(TaggedNode? Element, string? MarkedText, IReadOnlyDictionary<string, string>? Annotation)
{
    /// <summary>For a marked-content kid: its page index (from 0) and MCID.</summary>
    public (int Page, int Mcid)? Content { get; init; }
}
