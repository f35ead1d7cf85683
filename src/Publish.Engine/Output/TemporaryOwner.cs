using Publish.Engine.Caching;

namespace Publish.Engine.Output;

/// <summary>
/// Proves which temporary files belong to a running build. Each process has a random <see cref="Id"/> that its
/// temporary names carry (<see cref="TemporaryName"/>); while it builds into an output folder it holds the lock file
/// <c>OUTPUT/.publish-cache/owners/ID.lock</c> open under an exclusive OS lock (flock, and a record lock beside it).
/// The kernel drops both locks when the process ends, however it ends — killed, out of memory, in another container
/// sharing the folder — so a lock file that can be locked again is the proof that its owner is gone. A process id
/// proves nothing: it is reused, and another PID namespace has its own.
/// </summary>
public static class TemporaryOwner
{
    public const string FolderName = "owners";

    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, OwnerLock> Held = new(StringComparer.Ordinal);

    /// <summary>This process's owner id: 128 random bits, never reused by another process.</summary>
    public static string Id { get; } = Guid.NewGuid().ToString("N");

    public static string LockFolder(string outputFolder) => Path.Combine(outputFolder, BuildCache.FolderName, FolderName);

    public static string LockFile(string outputFolder, string owner) => Path.Combine(LockFolder(outputFolder), owner + ".lock");

    /// <summary>
    /// Holds this process's lock in <paramref name="outputFolder"/> until the result is disposed (nested claims of one
    /// folder share the lock). When the lock cannot be made (a read-only folder) the build goes on unclaimed: its
    /// temporary files are then never removed by another build, which is the safe side.
    /// </summary>
    public static IDisposable Claim(string outputFolder)
    {
        var key = Path.GetFullPath(outputFolder);
        lock (Gate)
        {
            if (!Held.TryGetValue(key, out var held))
            {
                held = OwnerLock.TryTake(LockFile(key, Id));
                Held[key] = held;
            }

            held.Claims++;
            return new Release(key);
        }
    }

    /// <summary>
    /// Holds this process's lock file beside <paramref name="target"/> (<see cref="TemporaryName.LockFor"/>) until the
    /// result is disposed: for a file written outside any output folder, whose temporary file no output folder's lock
    /// covers. When it cannot be made the write goes on unclaimed (its leftovers are then never removed: the safe side).
    /// </summary>
    public static IDisposable ClaimBeside(string target)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(target)) ?? ".";
        return OwnerLock.TryTake(Path.Combine(folder, TemporaryName.LockFor(target, Id)), createFolder: false);
    }

    /// <summary>Whether the owner of <paramref name="lockFile"/> has ended: its lock can be taken. Never asked of our own.</summary>
    internal static FileStream? TakeAbandoned(string lockFile)
    {
        FileStream? probe = null;
        try
        {
            probe = new FileStream(lockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            // The record lock too: flock is off when DOTNET_SYSTEM_IO_DISABLEFILELOCKING is set, record locks are not.
            if (!OperatingSystem.IsMacOS())
            {
                probe.Lock(0, 1);
            }

            return probe;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            probe?.Dispose();
            return null;
        }
    }

    private sealed class Release(string key) : IDisposable
    {
        private bool _done;

        public void Dispose()
        {
            lock (Gate)
            {
                if (_done)
                {
                    return;
                }

                _done = true;
                var held = Held[key];
                if (--held.Claims == 0)
                {
                    Held.Remove(key);
                    held.Dispose();
                }
            }
        }
    }

    private sealed class OwnerLock : IDisposable
    {
        private readonly FileStream? _stream;
        private readonly string _path;

        private OwnerLock(string path, FileStream? stream)
        {
            _path = path;
            _stream = stream;
        }

        public int Claims { get; set; }

        public static OwnerLock TryTake(string path, bool createFolder = true)
        {
            FileStream? stream = null;
            try
            {
                if (createFolder)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                }

                stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
                if (!OperatingSystem.IsMacOS())
                {
                    stream.Lock(0, 1);
                }

                return new OwnerLock(path, stream);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
            {
                stream?.Dispose();
                return new OwnerLock(path, null);
            }
        }

        public void Dispose()
        {
            if (_stream is null)
            {
                return;
            }

            // Deleted while still locked, so no other build can take it for abandoned in between.
            try
            {
                File.Delete(_path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left behind unlocked: the next build finds no file of ours to remove and deletes it.
            }

            _stream.Dispose();
        }
    }
}
