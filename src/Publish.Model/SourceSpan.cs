namespace Publish.Model;

/// <summary>
/// Where a node or diagnostic comes from: a file and a 1-based line and column.
/// Line 0 means "the file as a whole" (for example a missing file).
/// </summary>
public sealed record SourceSpan(string File, int Line, int Column)
{
    public static SourceSpan None { get; } = new(string.Empty, 0, 0);

    public static SourceSpan WholeFile(string file) => new(file, 0, 0);

    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
