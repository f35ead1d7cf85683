using Publish.Model.Threading;
using Publish.Pdf;

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
    private bool _onDisk;

    private PendingFile(string target, string temporary, FileStream file, TestHooks hooks, bool edition)
    {
        Target = target;
        _temporary = temporary;
        _file = file;
        Stream = new EarlyWritebackStream(file, ThrottledStream.Wrap(file, hooks), keepSha256: edition);
    }

    public string Target { get; }

    /// <summary>Where the new content goes: seekable, so a writer may go back and fill in a header.</summary>
    public Stream Stream { get; }

    /// <summary>
    /// The size and SHA-256 (lower-case hex) of what was written: hashed on the way out when this is an edition's file
    /// (<see cref="Create(string, TestHooks, bool)"/>) and its writer wrote it front to back (the PDF; see <see cref="EarlyWritebackStream"/>),
    /// otherwise read back from the file on a pool thread — a writer that went back and rewrote parts (the EPUB's zip,
    /// when it streams a stored photo and fills in its sizes after) leaves no running hash to trust. The file is opened
    /// before this returns, so <see cref="Commit"/> (renaming) may run while it is hashed. The bytes are flushed to
    /// the disk here, on the writer's thread: the editions are written side by side, so the first one done reaches
    /// the disk while the other is still written, instead of both waiting in turn at the commit. Call once the
    /// writer is done.
    /// </summary>
    public Task<FileMeasure> MeasureAsync()
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        Stream.Flush();
        _file.Flush(flushToDisk: true);
        _onDisk = true;
        if (Stream is ISha256Output hashed && hashed.HashedBytes == _file.Length)
        {
            return Task.FromResult(new FileMeasure(hashed.HashedBytes, Convert.ToHexStringLower(hashed.CurrentSha256())));
        }

        var reader = new FileStream(_temporary, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        return BackgroundWork.Start(() =>
        {
            using (reader)
            {
                return new FileMeasure(reader.Length, StreamSha256.Of(reader));
            }
        });
    }

    /// <summary>
    /// Opens a new temporary file beside <paramref name="target"/>, named by <see cref="TemporaryName"/> with this
    /// process's owner id and a serial: the serial keeps two builds of one manuscript in the same process (two
    /// callers of the library, parallel tests) from writing, and deleting, each other's file; the owner id lets a
    /// later build prove a killed build's leftovers abandoned (<see cref="StaleTemporaryFiles"/>).
    /// </summary>
    public static PendingFile Create(string target) => Create(target, TestHooks.None);

    /// <summary><see cref="Create(string)"/>, its writes slowed as <paramref name="hooks"/> ask (editions under a test, see <see cref="TestHooks"/>).</summary>
    /// <param name="edition">
    /// An edition's file: its stream keeps the SHA-256 of what its writer writes front to back (<see cref="EarlyWritebackStream"/>),
    /// for <see cref="MeasureAsync"/> and the PDF's /ID. Other files (the cache's records, which hash their content
    /// themselves) are not hashed on the way out.
    /// </param>
    internal static PendingFile Create(string target, TestHooks hooks, bool edition = false)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(target)) ?? ".";
        while (true)
        {
            var temporary = Path.Combine(folder, TemporaryName.For(target, TemporaryOwner.Id, Interlocked.Increment(ref _serial)));
            try
            {
                // A 64 KB buffer: the writers write in small pieces, and a 4 KB one made thousands of system calls per edition.
                return new PendingFile(target, temporary, new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.Read, bufferSize: 1 << 16), hooks, edition);
            }
            catch (IOException) when (File.Exists(temporary))
            {
                // Never write into a file that is there already: take the next serial.
            }
        }
    }

    /// <summary>
    /// Puts the new content in place of the target, flushed to the disk first unless <paramref name="durable"/> is
    /// false. When that fails (a full disk refuses the last bytes, a read-only remount) the temporary file is
    /// removed before the error goes up: nothing half-written stays behind.
    /// </summary>
    public void Commit(bool durable = true)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        try
        {
            Stream.Flush();

            // Flushed to the disk already when measured (nothing may be written after that).
            _file.Flush(flushToDisk: durable && !_onDisk);
            _file.Dispose();
            _closed = true;
            File.Move(_temporary, Target, overwrite: true);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        // The stream owns no file (the handle is closed below); disposing it lets go of its running hash.
        Stream.Dispose();
        if (!_closed)
        {
            _closed = true;
            try
            {
                _file.Dispose();
            }
            catch (IOException)
            {
                // Flushing the last buffered bytes failed (a full disk): the file is abandoned anyway.
            }
        }

        try
        {
            File.Delete(_temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for a later build, which removes it once this process has ended (StaleTemporaryFiles).
        }
    }
}
