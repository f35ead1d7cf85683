namespace Publish.Engine.Reporting;

/// <summary>
/// How the report writes a path: relative to one root, the folder the build ran in (its working folder), with
/// <c>/</c> between the parts, whatever form the path was given in (relative, absolute, with <c>..</c>). A report is
/// thereby the same on every runner of a CI matrix whatever its checkout folder, and shards' reports can be merged.
/// A path outside the root is written with <c>../</c>; it is never absolute.
/// </summary>
public sealed class ReportPaths
{
    private readonly string _root;

    /// <summary>Paths are written relative to <paramref name="root"/> (made absolute against the working folder).</summary>
    public ReportPaths(string root) => _root = Path.GetFullPath(root);

    /// <summary>Relative to the working folder of this process: the root a build's report states.</summary>
    public static ReportPaths FromWorkingFolder() => new(Directory.GetCurrentDirectory());

    /// <summary><paramref name="path"/> relative to the root with <c>/</c> separators; an empty path stays empty.</summary>
    public string Relative(string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return path;
        }

        var relative = Path.GetRelativePath(_root, Path.GetFullPath(path, _root));
        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
