using System.Collections.Immutable;
using Publish.Model;

namespace Publish.Engine.Manifests;

/// <summary>
/// Metadata a manifest sets for one manuscript, replacing what the manuscript says (e.g. a series number the
/// archive export lacks, or the <c>short-title</c> a legacy export has no place for). Only the fields in <see cref="Keys"/> exist; <c>author</c> takes authors separated by <c>;</c>.
/// </summary>
public sealed record MetadataOverride(ImmutableSortedDictionary<string, string> Fields)
{
    public static ImmutableArray<string> Keys { get; } =
        ["author", "date", "identifier", "lang", "number", "publisher", "series", "short-title", "source", "subtitle", "title"];

    public Metadata Apply(Metadata metadata)
    {
        var result = metadata;
        foreach (var (key, value) in Fields)
        {
            result = key switch
            {
                "author" => result with { Authors = [.. value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] },
                "date" => result with { Date = value },
                "identifier" => result with { Identifier = value },
                "lang" => result with { Language = value },
                "number" => result with { Number = value },
                "publisher" => result with { Publisher = value },
                "series" => result with { Series = value },
                "source" => result with { Source = value },
                "short-title" => result with { ShortTitle = value },
                "subtitle" => result with { Subtitle = value },
                "title" => result with { Title = value },
                _ => throw new InvalidOperationException($"Unknown metadata key {key}; the manifest loader admits only {string.Join(", ", Keys)}."),
            };
        }

        return result;
    }

    /// <summary>A stable text for the cache key: a changed override rebuilds the manuscript.</summary>
    public string Fingerprint() => string.Join('\n', Fields.Select(f => f.Key + "=" + f.Value));
}
