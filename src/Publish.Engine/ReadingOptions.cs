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

    /// <summary>The reader's options, stopped by <paramref name="cancellation"/> at its check points.</summary>
    internal ReadOptions ForReader(CancellationToken cancellation = default) => new(Dialect, Encoding) { Cancellation = cancellation };
}
