using Publish.Styles.Yaml;

namespace Publish.Styles.Reading;

/// <summary>
/// The known keys of one mapping, after unknown and duplicate keys were reported. A key written with an
/// empty or null value counts as absent, so the default applies.
/// </summary>
internal sealed class MappingFields(IReadOnlyDictionary<string, MappingEntry> entries)
{
    public static MappingFields Empty { get; } = new(new Dictionary<string, MappingEntry>(StringComparer.Ordinal));

    public StyleNode? Get(string key) =>
        entries.TryGetValue(key, out var entry) && entry.Value is not ScalarNode { IsNull: true } ? entry.Value : null;
}
