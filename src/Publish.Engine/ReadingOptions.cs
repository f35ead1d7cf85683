using System.Collections.Immutable;
using Publish.Manuscript;
using Publish.Model;

namespace Publish.Engine;

/// <summary>
/// How to read a manuscript, as a host asks for it: its dialect (null = by extension: <c>.md</c> Markdown, <c>.txt</c>
/// the legacy export) and its text encoding (null = UTF-8). The engine's own type, mapped to the reader's options
/// inside the engine, so a host never names a Manuscript type.
/// </summary>
public sealed record ReadingOptions(ManuscriptDialect? Dialect = null, string? Encoding = null)
{
    public static ReadingOptions Default { get; } = new();

    /// <summary>
    /// <c>--bibliography</c>: the full paths of bibliography files the user named (anywhere; regular files), which
    /// replace a Markdown manuscript's front matter list, as Pandoc's option does.
    /// </summary>
    public ImmutableArray<string> Bibliographies { get; init; } = [];

    /// <summary><c>--csl</c>: a shipped CSL style's name or the full path of a <c>.csl</c> file; it replaces the front matter's.</summary>
    public string? Csl { get; init; }

    /// <summary>
    /// The reader's options, stopped by <paramref name="cancellation"/> at its check points, with the house style's
    /// citation <paramref name="defaults"/> under the manuscript's front matter.
    /// </summary>
    internal ReadOptions ForReader(CitationDefaults? defaults = null, CancellationToken cancellation = default) => new(Dialect, Encoding)
    {
        Cancellation = cancellation,
        Citations = CitationsWith(defaults),
    };

    internal CitationOptions CitationsWith(CitationDefaults? defaults) => new()
    {
        Bibliographies = Bibliographies,
        Csl = Csl,
        Defaults = defaults ?? new(),
    };
}
