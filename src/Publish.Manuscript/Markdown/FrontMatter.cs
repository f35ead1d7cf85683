using System.Collections.Immutable;
using Publish.Model;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// The YAML front matter as read, before Markdown fields are parsed. <see cref="Title"/> is null when the key is
/// absent (the reader then falls back to the first level-1 heading). <see cref="Citation"/>,
/// <see cref="AboutAuthor"/> and <see cref="Abstract"/> hold Markdown source text with the line they start on.
/// <see cref="BodyStart"/> is the character offset where the Markdown body begins (0 without front matter).
/// </summary>
internal sealed record FrontMatter
{
    public static FrontMatter Empty { get; } = new();

    public string? Title { get; init; }

    public string? ShortTitle { get; init; }

    public string? Subtitle { get; init; }

    public ImmutableArray<string> Authors { get; init; } = [];

    public string? Language { get; init; }

    public string? Date { get; init; }

    public string? Publisher { get; init; }

    public string? Series { get; init; }

    public string? Number { get; init; }

    public string? Identifier { get; init; }

    public string? Source { get; init; }

    public FrontMatterText? Citation { get; init; }

    public FrontMatterText? AboutAuthor { get; init; }

    public FrontMatterText? Abstract { get; init; }

    public ImmutableArray<InstitutionLine> Institution { get; init; } = [];

    /// <summary>The citation keys (bibliography, references, csl, …).</summary>
    public Citing.CitationSettings Citations { get; init; } = Citing.CitationSettings.None;

    public int BodyStart { get; init; }

    /// <summary>True when an error was already reported for the front matter (so a missing title is not reported again).</summary>
    public bool Invalid { get; init; }
}
