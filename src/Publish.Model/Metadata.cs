using System.Collections.Immutable;

namespace Publish.Model;

/// <summary>
/// Bibliographic facts about the manuscript. <see cref="Date"/> is ISO 8601 (<c>yyyy-MM-dd</c>, or
/// <c>yyyy-MM</c>/<c>yyyy</c> when only that much is known). <see cref="Language"/> is a BCP 47 tag;
/// readers default it to <c>en</c>. <see cref="Source"/> is the URL the article was published at.
/// </summary>
public sealed record Metadata
{
    public required string Title { get; init; }

    /// <summary>A shorter title for a book's running heads when <see cref="Title"/> does not fit (front matter <c>short-title</c>).</summary>
    public string? ShortTitle { get; init; }

    public string? Subtitle { get; init; }

    public ImmutableArray<string> Authors { get; init; } = [];

    public string Language { get; init; } = "en";

    public string? Date { get; init; }

    public string? Publisher { get; init; }

    public string? Series { get; init; }

    public string? Number { get; init; }

    public string? Identifier { get; init; }

    public string? Source { get; init; }
}
