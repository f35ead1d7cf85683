namespace Publish.Engine.InMemory;

/// <summary>
/// The private folder an in-memory build stands its manuscript in: empty but for the figures the caller gave, so the
/// reader's image lookup (which resolves a reference inside the manuscript's folder) finds exactly those and nothing
/// of anyone else's. Made with owner-only access by <see cref="Directory.CreateTempSubdirectory"/>, and removed,
/// with only what it put there, when disposed.
/// </summary>
internal sealed class FigureFolder : IDisposable
{
    private readonly List<string> _written = [];

    private FigureFolder(string path) => Path = path;

    /// <summary>The folder's absolute path.</summary>
    public string Path { get; }

    /// <summary>
    /// A new folder holding <paramref name="figures"/>, each at its relative path. A path that is absolute, climbs out
    /// (<c>..</c>) or is empty is the caller's mistake: <see cref="ArgumentException"/>, before anything is written.
    /// </summary>
    public static FigureFolder Create(IReadOnlyDictionary<string, ReadOnlyMemory<byte>> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        foreach (var name in figures.Keys)
        {
            if (!IsPlainRelative(name))
            {
                throw new ArgumentException($"a figure's path must be relative to the manuscript, inside its folder: '{name}'", nameof(figures));
            }
        }

        var folder = new FigureFolder(Directory.CreateTempSubdirectory("publish-memory-").FullName);
        try
        {
            foreach (var (name, bytes) in figures.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                var target = System.IO.Path.Combine(folder.Path, name.Replace('\\', '/'));
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
                using (var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write))
                {
                    file.Write(bytes.Span);
                }

                folder._written.Add(target);
            }

            return folder;
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    /// <summary>Removes the figures written and the folders made for them, then the folder itself.</summary>
    public void Dispose()
    {
        try
        {
            foreach (var file in _written)
            {
                File.Delete(file);
            }

            foreach (var directory in Directory.EnumerateDirectories(Path, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
            {
                Directory.Delete(directory);
            }

            Directory.Delete(Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary folder that cannot be removed (read-only /tmp) leaves no edition wrong; the system's cleaning takes it.
        }
    }

    private static bool IsPlainRelative(string name)
    {
        if (name.Length == 0 || name.Contains('\0', StringComparison.Ordinal) || System.IO.Path.IsPathRooted(name) || name.StartsWith('\\'))
        {
            return false;
        }

        var parts = name.Replace('\\', '/').Split('/');
        return parts.All(p => p.Length > 0 && p is not "." and not "..");
    }
}
