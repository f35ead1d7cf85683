using System.Globalization;
using System.Security.Cryptography;
using Publish.Model.Threading;

namespace Publish.Engine.Output;

/// <summary>
/// A file being written beside its target (same file system, so the final rename is atomic): readers see the
/// old content until <see cref="Commit"/> flushes the new bytes to disk and renames them into place.
/// Disposing an uncommitted file deletes it, so an edition that turned out wrong — a writer error, a failing
/// diagnostic, a crash — never replaces the previous one and never leaves a half-written file behind.
/// </summary>
public sealed class PendingFile : IDisposable
{
    private static long _serial;

    private readonly FileStream _file;
    private readonly string _temporary;
    private bool _closed;

    private PendingFile(string target, string temporary, FileStream file)
    {
        Target = target;
        _temporary = temporary;
        _file = file;
        Stream = ThrottledStream.FromEnvironment(file);
    }

    public string Target { get; }

    /// <summary>Where the new content goes: seekable, so a writer may go back and fill in a header.</summary>
    public Stream Stream { get; }

    /// <summary>
    /// The size and SHA-256 (lower-case hex) of what was written, read back from the file on a pool thread: a
    /// writer may have seeked back and rewritten parts, so hashing on the way out would not do. The file is opened
    /// before this returns, so <see cref="Commit"/> (flushing to disk, renaming) may run while it is hashed.
    /// Call once the writer is done.
    /// </summary>
    public Task<FileMeasure> MeasureAsync()
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        Stream.Flush();
        _file.Flush();
        var reader = new FileStream(_temporary, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        return BackgroundWork.Start(() =>
        {
            using (reader)
            {
                return new FileMeasure(reader.Length, Convert.ToHexStringLower(SHA256.HashData(reader)));
            }
        });
    }

    /// <summary>
    /// Opens a new temporary file beside <paramref name="target"/>, named <c>.NAME.SERIAL.PID.tmp</c>: the
    /// serial keeps two builds of one manuscript in the same process (two callers of the library, parallel tests)
    /// from writing, and deleting, each other's file; the process id lets a later build tell a killed build's
    /// leftovers (<see cref="StaleTemporaryFiles"/>) from those of one still running.
    /// </summary>
    public static PendingFile Create(string target)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(target)) ?? ".";
        while (true)
        {
            var serial = Interlocked.Increment(ref _serial).ToString(CultureInfo.InvariantCulture);
            var temporary = Path.Combine(folder, "." + Path.GetFileName(target) + "." + serial + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp");
            try
            {
                return new PendingFile(target, temporary, new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.Read));
            }
            catch (IOException) when (File.Exists(temporary))
            {
                // Left by an earlier process that had the same id (ids are reused): never write into it, take the next serial.
            }
        }
    }

    /// <summary>Puts the new content in place of the target, flushed to the disk first unless <paramref name="durable"/> is false.</summary>
    public void Commit(bool durable = true)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        Stream.Flush();
        _file.Flush(flushToDisk: durable);
        _file.Dispose();
        _closed = true;
        File.Move(_temporary, Target, overwrite: true);
    }

    public void Dispose()
    {
        if (!_closed)
        {
            _file.Dispose();
            _closed = true;
        }

        if (File.Exists(_temporary))
        {
            File.Delete(_temporary);
        }
    }
}
