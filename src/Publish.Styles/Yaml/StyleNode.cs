namespace Publish.Styles.Yaml;

/// <summary>A node of a style file with the 1-based line and column where it starts, for diagnostics.</summary>
internal abstract record StyleNode(int Line, int Column)
{
    /// <summary>What the node is, in the words an error message uses ("a mapping", "a list", "a value").</summary>
    public abstract string KindName { get; }
}
