using Publish.Model;

namespace Publish.Manuscript;

/// <summary>
/// How to read a manuscript: <see cref="Dialect"/> null means "by extension" (<c>.md</c>/<c>.markdown</c> →
/// Markdown, anything else → legacy export); <see cref="Encoding"/> null means strict UTF-8.
/// </summary>
public sealed record ReadOptions(ManuscriptDialect? Dialect = null, string? Encoding = null)
{
    public static ReadOptions Default { get; } = new();

    /// <summary>
    /// Checked between the reading steps and between a Markdown manuscript's blocks: a build's time limit stops a huge
    /// manuscript while it is read, instead of a watchdog having to end the whole process (Markdig's parse itself
    /// cannot be interrupted). Throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>The command line's and the house style's say on citations (a Markdown manuscript's).</summary>
    public CitationOptions Citations { get; init; } = CitationOptions.None;
}
