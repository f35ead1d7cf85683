using Publish.Engine.Caching;

namespace Publish.Engine.Output;

/// <summary>
/// Removes the temporary files a killed build left in an output folder and its cache folder, so they do not pile
/// up — and only those: a file is removed when its name has exactly our shape (<see cref="TemporaryName"/>) and the
/// lock file of the owner it names exists and can be locked (<see cref="TemporaryOwner"/>: that owner has ended).
/// A foreign hidden file, a file of a build still running (in this or any other process or container) or of an
/// owner without a lock file is never touched.
/// </summary>
public static class StaleTemporaryFiles
{
    public static int Remove(string folder)
    {
        var locks = TemporaryOwner.LockFolder(folder);
        if (!Directory.Exists(locks))
        {
            return 0;
        }

        var removed = 0;
        try
        {
            foreach (var lockFile in Directory.EnumerateFiles(locks, "*.lock"))
            {
                var owner = Path.GetFileNameWithoutExtension(lockFile);
                if (string.Equals(owner, TemporaryOwner.Id, StringComparison.Ordinal) || TemporaryOwner.TakeAbandoned(lockFile) is not { } abandoned)
                {
                    continue;
                }

                using (abandoned)
                {
                    removed += RemoveWithProof(FilesOf(owner, folder), lockFile);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be listed or written: the files wait for a later build.
        }

        return removed;
    }

    /// <summary>
    /// Removes what ended writers provably left beside <paramref name="target"/>, a file written outside any output
    /// folder (<see cref="AtomicFile.WriteClaimed"/>): for each lock file of <see cref="TemporaryName.LockFor"/>'s shape
    /// in its folder that can be locked (its owner has ended), that owner's temporary files in the folder, then the
    /// lock file. Foreign files, files of running writers and files of an owner without a lock file stay.
    /// </summary>
    public static int RemoveBeside(string target)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(target)) ?? ".";
        var removed = 0;
        try
        {
            foreach (var lockFile in Directory.EnumerateFiles(folder, ".*.lock").ToList())
            {
                if (TemporaryName.LockOwnerOf(lockFile) is not { } owner
                    || string.Equals(owner, TemporaryOwner.Id, StringComparison.Ordinal)
                    || TemporaryOwner.TakeAbandoned(lockFile) is not { } abandoned)
                {
                    continue;
                }

                using (abandoned)
                {
                    removed += RemoveWithProof(
                        [.. Directory.EnumerateFiles(folder, ".*.tmp").Where(f => string.Equals(TemporaryName.OwnerOf(f), owner, StringComparison.Ordinal))],
                        lockFile);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be listed or written: the files wait for a later write.
        }

        return removed;
    }

    /// <summary>
    /// Removes this process's own temporary files, for a host about to end the process while writers may be
    /// mid-write (the budget watchdog); returns how many were removed.
    /// </summary>
    public static int RemoveOwn(string folder)
    {
        var removed = 0;
        try
        {
            foreach (var file in FilesOf(TemporaryOwner.Id, folder))
            {
                removed += TryDelete(file) ? 1 : 0;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next build, which finds this process's lock free once it has ended.
        }

        return removed;
    }

    /// <summary>A temporary file of <see cref="PendingFile"/> (any owner's): a name of exactly that shape.</summary>
    public static bool IsTemporary(string path) => TemporaryName.OwnerOf(path) is not null;

    /// <summary>The temporary files of one owner where a build writes them: beside the editions and the cache entries.</summary>
    private static List<string> FilesOf(string owner, string folder) =>
        [.. new[] { folder, Path.Combine(folder, BuildCache.FolderName) }
            .Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, ".*.tmp"))
            .Where(f => string.Equals(TemporaryName.OwnerOf(f), owner, StringComparison.Ordinal))];

    /// <summary>
    /// Deletes an ended owner's <paramref name="files"/>, then its <paramref name="lockFile"/> (held by the caller)
    /// if none is left: the proof that they are that owner's goes only with the last file it covers.
    /// </summary>
    private static int RemoveWithProof(List<string> files, string lockFile)
    {
        var removed = files.Count(TryDelete);
        if (removed == files.Count)
        {
            TryDelete(lockFile);
        }

        return removed;
    }

    private static bool TryDelete(string file)
    {
        try
        {
            File.Delete(file);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
