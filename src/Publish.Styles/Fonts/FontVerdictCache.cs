using System.Collections.Concurrent;

namespace Publish.Styles.Fonts;

/// <summary>
/// Remembers <see cref="FontFileChecker"/>'s verdicts for the life of the process, keyed by path, size and
/// modification time, so loading a style again (watch mode, tests, several styles naming the shipped
/// fonts) does not read every font file again, while an edited or replaced file is checked afresh.
/// Thread-safe. A file that cannot be stat'ed is checked without caching.
/// </summary>
internal static class FontVerdictCache
{
    private static readonly ConcurrentDictionary<(string Path, long Length, long Modified), FontFileVerdict> Verdicts = new();

    public static FontFileVerdict Check(string path)
    {
        (string, long, long) key;
        try
        {
            var info = new FileInfo(path);
            key = (info.FullName, info.Length, info.LastWriteTimeUtc.Ticks);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return FontFileChecker.Check(path);
        }

        return Verdicts.GetOrAdd(key, static k => FontFileChecker.Check(k.Path));
    }
}
