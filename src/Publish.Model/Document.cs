using System.Collections.Immutable;
using Publish.Model.Blocks;
using Publish.Model.Inlines;

namespace Publish.Model;

/// <summary>
/// One manuscript, read. Immutable; layout never changes it. Parts:
/// <see cref="FrontMatter"/> (e.g. an abstract, before the body), <see cref="Body"/>,
/// <see cref="Notes"/> (in number order, each also reachable from its markers),
/// <see cref="Bibliography"/>, <see cref="Citation"/> ("To cite this article"),
/// <see cref="AboutAuthor"/> and the <see cref="Institution"/> footer (null when the manuscript has none;
/// the house style may supply one).
/// </summary>
public sealed record Document
{
    public required string SourcePath { get; init; }

    public required ManuscriptDialect Dialect { get; init; }

    public required Metadata Metadata { get; init; }

    public ImmutableArray<Block> FrontMatter { get; init; } = [];

    public ImmutableArray<Block> Body { get; init; } = [];

    public ImmutableArray<Note> Notes { get; init; } = [];

    public ImmutableArray<BibliographyEntry> Bibliography { get; init; } = [];

    /// <summary>The bibliography's heading when the manuscript names it (<c>reference-section-title</c>); null: the edition's word.</summary>
    public string? BibliographyHeading { get; init; }

    /// <summary>
    /// Where the bibliography stands in the text: the index of the <see cref="Body"/> block it is set before (the
    /// body's length: after the last one) when the manuscript placed it with a <c>::: {#refs}</c> div, as Pandoc does;
    /// there it has no heading of its own (the author's heading before the div is its heading). Null: after the body,
    /// under its heading.
    /// </summary>
    public int? BibliographyIndex { get; init; }

    /// <summary>The manuscript's citation keys (bibliography, csl, nocite, …) as YAML, as written, for an export to keep; null when none.</summary>
    public string? CitationKeys { get; init; }

    /// <summary>
    /// The files the citations were rendered from (the manuscript folder's bibliography files and its <c>.csl</c>
    /// style; not the shipped styles and locales, which are the tool's): inputs of the editions as much as the photos
    /// are, so a build cache rebuilds the manuscript when one of them changes.
    /// </summary>
    public ImmutableArray<string> CitationInputs { get; init; } = [];

    /// <summary>The title of the CSL style the citations were rendered with (for the editions' attribution), or null.</summary>
    public string? CitationStyle { get; init; }

    public ImmutableArray<Inline> Citation { get; init; } = [];

    public ImmutableArray<Block> AboutAuthor { get; init; } = [];

    public Institution? Institution { get; init; }

    /// <summary>
    /// The manuscript's text as the reader decoded it (a leading BOM removed), for the line and column of a
    /// diagnostic found after reading — a character no font has, say — without opening the file again.
    /// Null for a document built in code.
    /// </summary>
    public string? SourceText { get; init; }
}
