using Publish.Model;

namespace Publish.Manuscript;

/// <summary>
/// How to read a manuscript: <see cref="Dialect"/> null means "by extension" (<c>.md</c>/<c>.markdown</c> →
/// Markdown, anything else → legacy export); <see cref="Encoding"/> null means strict UTF-8.
/// </summary>
public sealed record ReadOptions(ManuscriptDialect? Dialect = null, string? Encoding = null)
{
    public static ReadOptions Default { get; } = new();
}
