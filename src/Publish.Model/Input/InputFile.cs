using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Publish.Model.Input;

/// <summary>
/// The one way the build opens a file it reads (manuscripts, styles, fonts, hyphenation patterns, images): only
/// a regular file is read — never a FIFO, device, socket or folder — and never more bytes than the limit for its
/// kind. The type is checked with <c>statx</c> before opening, the file is opened with <c>O_NONBLOCK</c> (so a
/// FIFO swapped in after the check cannot block the open) and checked again on the open descriptor; the size
/// is checked before reading and again while reading, so a file that grows, shrinks, or holds more than its
/// size says (a kernel file under <c>/proc</c> says 0 bytes) is refused. Failures are
/// <see cref="InputFileException"/>s whose message gives the reason, never the path or any content.
/// On systems without <c>statx</c> (not Linux) only folders are told apart from files.
/// </summary>
public static class InputFile
{
    /// <summary>What <paramref name="path"/> is once its links are followed; never throws, never opens the file.</summary>
    public static InputFileStatus Examine(string path)
    {
        if (path.Length == 0 || path.Contains('\0', StringComparison.Ordinal))
        {
            return new InputFileStatus(InputFileKind.Missing, 0);
        }

        if (!LinuxFiles.Available)
        {
            return ExamineManaged(path);
        }

        if (LinuxFiles.Statx(LinuxFiles.AtFdCwd, path, 0, LinuxFiles.StatxType | LinuxFiles.StatxSize | LinuxFiles.StatxInode, out var buffer) != 0)
        {
            return LinuxFiles.Failure(Marshal.GetLastPInvokeError());
        }

        return new InputFileStatus(
            LinuxFiles.KindOf(buffer.Mode),
            (long)Math.Min(buffer.Size, long.MaxValue),
            Device: ((ulong)buffer.DeviceMajor << 32) | buffer.DeviceMinor,
            Inode: buffer.Inode);
    }

    /// <summary>
    /// The path with every symbolic link along it resolved, or null with the reason in <paramref name="failure"/>
    /// (a loop, a missing target, a folder that cannot be entered).
    /// </summary>
    public static string? RealPath(string path, out InputFileStatus failure)
    {
        failure = default;
        if (path.Length == 0 || path.Contains('\0', StringComparison.Ordinal))
        {
            failure = new InputFileStatus(InputFileKind.Missing, 0);
            return null;
        }

        if (!LinuxFiles.Available)
        {
            return RealPathManaged(path, out failure);
        }

        var resolved = LinuxFiles.RealPath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            failure = LinuxFiles.Failure(Marshal.GetLastPInvokeError());
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            LinuxFiles.Free(resolved);
        }
    }

    /// <summary>
    /// Opens a regular file of at most <paramref name="maxBytes"/> for reading (random access); <paramref name="what"/>
    /// names the kind of input in the size message ("a manuscript may have at most …"). <paramref name="length"/> is
    /// its size as the open descriptor says.
    /// </summary>
    public static SafeFileHandle OpenRegular(string path, long maxBytes, string what, out long length)
    {
        var handle = OpenRegularWithVersion(path, maxBytes, what, out var version);
        length = version.Length;
        return handle;
    }

    /// <summary>
    /// As <see cref="OpenRegular(string, long, string, out long)"/>, giving the opened file's <paramref name="version"/>
    /// (its identity, size and change times, from the same call on the descriptor that gives its type and size).
    /// </summary>
    public static SafeFileHandle OpenRegularWithVersion(string path, long maxBytes, string what, out InputFileVersion version)
    {
        try
        {
            return OpenRegularUnnamed(path, maxBytes, what, out version);
        }
        catch (InputFileException refused) when (refused.Path is null)
        {
            throw refused.Naming(path);
        }
    }

    /// <summary>
    /// A read-only stream over a regular file of at most <paramref name="maxBytes"/> (see <see cref="OpenRegular"/>):
    /// what a writer opens a font or an image by, so a file swapped for a FIFO or a device after the reader checked
    /// it is refused (an <see cref="InputFileException"/>), never waited on. <paramref name="bufferSize"/> 0 or 1: unbuffered.
    /// </summary>
    public static FileStream OpenStream(string path, long maxBytes, string what, int bufferSize = 4096)
    {
        var handle = OpenRegular(path, maxBytes, what, out _);
        try
        {
            return new FileStream(handle, FileAccess.Read, bufferSize);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private static SafeFileHandle OpenRegularUnnamed(string path, long maxBytes, string what, out InputFileVersion version)
    {
        var before = Examine(path);
        if (before.Problem is { } problem)
        {
            throw new InputFileException(problem, before.Reason);
        }

        CheckSize(before.Length, maxBytes, what);
        var handle = LinuxFiles.Available ? OpenNonBlocking(path) : OpenManaged(path);
        try
        {
            if (LinuxFiles.Available)
            {
                // What was opened may not be what was examined (a swap in between): the descriptor decides, and its
                // statx gives the size and the version too (no second fstat through RandomAccess.GetLength).
                const uint wanted = LinuxFiles.StatxType | LinuxFiles.StatxSize | LinuxFiles.StatxInode | LinuxFiles.StatxModified | LinuxFiles.StatxChanged;
                if (LinuxFiles.Statx((int)handle.DangerousGetHandle(), string.Empty, LinuxFiles.AtEmptyPath, wanted, out var opened) != 0)
                {
                    var failure = LinuxFiles.Failure(Marshal.GetLastPInvokeError());
                    throw new InputFileException(failure.Problem ?? InputFileProblem.Inaccessible, failure.Reason);
                }

                var kind = LinuxFiles.KindOf(opened.Mode);
                if (kind != InputFileKind.Regular)
                {
                    throw new InputFileException(InputFileProblem.NotRegular, new InputFileStatus(kind, 0).Reason);
                }

                version = new InputFileVersion(
                    (long)Math.Min(opened.Size, long.MaxValue),
                    ((ulong)opened.DeviceMajor << 32) | opened.DeviceMinor,
                    opened.Inode,
                    Nanoseconds(opened.ModifiedSeconds, opened.ModifiedNanoseconds),
                    Nanoseconds(opened.ChangedSeconds, opened.ChangedNanoseconds));
            }
            else
            {
                var modified = File.GetLastWriteTimeUtc(handle) - DateTime.UnixEpoch;
                version = new InputFileVersion(RandomAccess.GetLength(handle), 0, 0, modified.Ticks * 100, 0);
            }

            CheckSize(version.Length, maxBytes, what);
            return handle;
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>The whole content of a regular file of at most <paramref name="maxBytes"/> (see <see cref="OpenRegular"/>).</summary>
    public static byte[] ReadAllBytes(string path, long maxBytes, string what)
    {
        try
        {
            return ReadAllBytesUnnamed(path, maxBytes, what);
        }
        catch (InputFileException refused) when (refused.Path is null)
        {
            throw refused.Naming(path);
        }
    }

    private static byte[] ReadAllBytesUnnamed(string path, long maxBytes, string what)
    {
        using var handle = OpenRegular(path, maxBytes, what, out var length);
        return ReadAll(handle, length);
    }

    /// <summary>
    /// The whole content of a file opened by <see cref="OpenRegularWithVersion"/> whose
    /// size was <paramref name="length"/>; an <see cref="InputFileException"/> (naming no path) when it holds fewer or more bytes.
    /// </summary>
    internal static byte[] ReadAll(SafeFileHandle handle, long length)
    {
        var bytes = new byte[length];
        var filled = 0;
        while (filled < bytes.Length)
        {
            var read = RandomAccess.Read(handle, bytes.AsSpan(filled), filled);
            if (read == 0)
            {
                throw new InputFileException(InputFileProblem.Changed, "it became shorter while it was read");
            }

            filled += read;
        }

        Span<byte> beyond = stackalloc byte[1];
        if (RandomAccess.Read(handle, beyond, length) > 0)
        {
            throw new InputFileException(
                InputFileProblem.Changed,
                length == 0
                    ? "it says it is empty yet holds bytes (a kernel file such as those under /proc, not an ordinary file)"
                    : "it grew while it was read");
        }

        return bytes;
    }

    /// <summary>Whether <paramref name="path"/> (a real path) lies inside the folder <paramref name="realFolder"/> (a real path).</summary>
    public static bool IsInside(string realFolder, string path)
    {
        var prefix = realFolder.EndsWith(Path.DirectorySeparatorChar) ? realFolder : realFolder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }

    private static long Nanoseconds(long seconds, uint nanoseconds) => (seconds * 1_000_000_000) + nanoseconds;

    private static void CheckSize(long length, long maxBytes, string what)
    {
        if (length > maxBytes)
        {
            throw new InputFileException(
                InputFileProblem.TooLarge,
                string.Create(CultureInfo.InvariantCulture, $"it is {length:N0} bytes; a {what} may have at most {maxBytes:N0}"));
        }
    }

    private static SafeFileHandle OpenNonBlocking(string path)
    {
        var descriptor = LinuxFiles.Open(path, LinuxFiles.ReadOnlyNonBlocking, 0);
        if (descriptor < 0)
        {
            var failure = LinuxFiles.Failure(Marshal.GetLastPInvokeError());
            throw new InputFileException(failure.Problem ?? InputFileProblem.Inaccessible, failure.Kind == InputFileKind.Other ? "it is not a regular file" : failure.Reason);
        }

        return new SafeFileHandle(descriptor, ownsHandle: true);
    }

    private static SafeFileHandle OpenManaged(string path)
    {
        try
        {
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputFileException(InputFileProblem.NotFound, "it does not exist");
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputFileException(InputFileProblem.Inaccessible, "it cannot be read: permission denied");
        }
    }

    private static InputFileStatus ExamineManaged(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                return new InputFileStatus(InputFileKind.Directory, 0);
            }

            var info = new FileInfo(path);
            return info.Exists ? new InputFileStatus(InputFileKind.Regular, info.Length) : new InputFileStatus(InputFileKind.Missing, 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new InputFileStatus(InputFileKind.Inaccessible, 0, e.Message);
        }
    }

    private static string? RealPathManaged(string path, out InputFileStatus failure)
    {
        failure = default;
        try
        {
            var full = Path.GetFullPath(path);
            FileSystemInfo info = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
            if (!info.Exists)
            {
                failure = new InputFileStatus(InputFileKind.Missing, 0);
                return null;
            }

            return info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            failure = new InputFileStatus(InputFileKind.LinkLoop, 0);
            return null;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            failure = new InputFileStatus(InputFileKind.Inaccessible, 0, e.Message);
            return null;
        }
    }
}
