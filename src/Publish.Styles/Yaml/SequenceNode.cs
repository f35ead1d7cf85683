using System.Collections.Immutable;

namespace Publish.Styles.Yaml;

internal sealed record SequenceNode(ImmutableArray<StyleNode> Items, int Line, int Column) : StyleNode(Line, Column)
{
    public override string KindName => "a list";
}
