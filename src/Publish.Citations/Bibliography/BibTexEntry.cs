using Publish.Model;

namespace Publish.Citations.Bibliography;

/// <summary>One field of a .bib entry: its lowercased name and its value with <c>@string</c> macros expanded and <c>#</c> parts joined, still in LaTeX.</summary>
internal sealed record BibTexField(string Name, string Value, SourceSpan Span);

/// <summary>One <c>@type{key, field = value, …}</c> entry of a .bib file, as written (before crossref/xdata inheritance).</summary>
internal sealed class BibTexEntry(string type, string key, SourceSpan span)
{
    /// <summary>The entry type, lowercased ("article", "incollection", "xdata", …).</summary>
    public string Type { get; } = type;

    public string Key { get; } = key;

    public SourceSpan Span { get; } = span;

    /// <summary>The fields by lowercased name, in the order written.</summary>
    public Dictionary<string, BibTexField> Fields { get; } = new(StringComparer.Ordinal);

    public string? Get(string name) => Fields.TryGetValue(name, out var field) ? field.Value : null;
}
