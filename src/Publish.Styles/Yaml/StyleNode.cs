namespace Publish.Styles.Yaml;

/// <summary>A node of a style file with the 1-based line and column where it starts, for diagnostics.</summary>
internal abstract record StyleNode(int Line, int Column)
{
    /// <summary>What the node is, in the words an error message uses ("a mapping", "a list", "a value").</summary>
    public abstract string KindName { get; }

    /// <summary>
    /// The style file this node was written in. A style that <c>extends:</c> another holds nodes of several files;
    /// each error is reported, and each relative path resolved, against the file that wrote the node. Null for a node
    /// of the style being read (see <see cref="Reading.StyleReadContext.FileOf"/>).
    /// </summary>
    public string? File { get; init; }
}
