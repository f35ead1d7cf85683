namespace Publish.Model;

/// <summary>
/// The house style's <c>citations:</c> defaults (read by Publish.Styles, applied by the manuscript reader's
/// <c>CitationOptions</c>, hence here, below both) for a Markdown manuscript's citations (issue 22): what applies where
/// the manuscript's front matter says nothing (the front matter wins, the command line wins over both). Null: the
/// style says nothing either (Chicago notes-bibliography, no links, marks after the punctuation, the edition's word).
/// </summary>
public sealed record CitationDefaults
{
    /// <summary>A shipped CSL style's name, or the full path of a <c>.csl</c> file named relative to the style.</summary>
    public string? Csl { get; init; }

    public bool? LinkCitations { get; init; }

    public bool? NotesAfterPunctuation { get; init; }

    public string? ReferenceSectionTitle { get; init; }
}
