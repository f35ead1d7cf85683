using System.Collections.Immutable;

namespace Publish.Styles.Yaml;

/// <summary>A mapping with its entries in file order, duplicates kept so the reader can report them.</summary>
internal sealed record MappingNode(ImmutableArray<MappingEntry> Entries, int Line, int Column) : StyleNode(Line, Column)
{
    public override string KindName => "a mapping";
}
