using System.Security.Cryptography;
using System.Text;
using Publish.Engine.Output;
using Publish.Model.Input;

namespace Publish.Engine.Caching;

/// <summary>
/// Hashes build inputs. <see cref="Refresh"/> reuses a recorded hash while the file's size and modification
/// time are unchanged, so a warm build of a large archive reads almost no bytes; any change of either makes it
/// hash the content again, and the content hash decides. A file whose content this process holds already
/// (<see cref="SharedInputFiles"/>: the style's fonts, read when the style was loaded) is hashed from those bytes,
/// not read again.
/// </summary>
public static class InputHasher
{
    public static InputRecord File(string path)
    {
        try
        {
            // One open through InputFile (an input swapped for a FIFO since it was checked would block a FileStream's
            // open()); the size and time recorded are the opened file's, the one hashed, not a symbolic link's own.
            using var handle = InputFile.OpenRegularWithVersion(path, long.MaxValue, "build input", out var version);
            var modified = System.IO.File.GetLastWriteTimeUtc(handle);
            return new InputRecord(path, false, version.Length, modified.Ticks, ContentHash(path, handle, version));
        }
        catch (InputFileException)
        {
            // Missing or not a regular file: recorded as absent, the key changes and the manuscript is read again,
            // where the reader reports why.
            return new InputRecord(path, false, -1, 0, InputRecord.Absent);
        }
    }

    /// <summary>
    /// The SHA-256 of a file opened through <see cref="InputFile.OpenRegularWithVersion"/>: from the bytes this process
    /// holds of that version (<see cref="SharedInputFiles"/>) when it holds them, else read from the handle.
    /// </summary>
    internal static string ContentHash(string path, Microsoft.Win32.SafeHandles.SafeFileHandle handle, InputFileVersion version)
    {
        if (SharedInputFiles.Held(path, version)?.Sha256 is { } held)
        {
            return held;
        }

        // Unbuffered: StreamSha256 reads in megabytes into a pooled buffer of its own.
        using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        return StreamSha256.Of(stream);
    }

    /// <summary>The names in a folder (not recursive), sorted ordinally, hashed: changes when a file appears or goes.</summary>
    public static InputRecord Listing(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return new InputRecord(folder, true, -1, 0, InputRecord.Absent);
        }

        var names = Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', names))));
        return new InputRecord(folder, true, 0, 0, hash);
    }

    /// <summary>The record as it is now: the old one when size and time match, else a fresh hash.</summary>
    public static InputRecord Refresh(InputRecord recorded)
    {
        if (recorded.IsListing)
        {
            return Listing(recorded.Path);
        }

        if (Target(recorded.Path) is not { Exists: true } info)
        {
            return recorded with { Bytes = -1, ModifiedTicks = 0, Sha256 = InputRecord.Absent };
        }

        return info.Length == recorded.Bytes && info.LastWriteTimeUtc.Ticks == recorded.ModifiedTicks ? recorded : File(recorded.Path);
    }

    /// <summary>
    /// The file <paramref name="path"/> leads to: a <see cref="FileInfo"/> of a symbolic link gives the link's own
    /// size and time, which stay the same when the file it points to is edited. Null for a folder or a link that loops.
    /// </summary>
    private static FileInfo? Target(string path)
    {
        var info = new FileInfo(path);
        try
        {
            return info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The content address of a manuscript's editions: the build key and each input's relative name and hash.</summary>
    public static string Key(string buildKey, string manuscriptFolder, IEnumerable<InputRecord> inputs)
    {
        var text = new StringBuilder(buildKey).Append('\n');
        foreach (var input in inputs)
        {
            text.Append(input.IsListing ? "listing " : "file ")
                .Append(Path.GetRelativePath(manuscriptFolder, input.Path).Replace('\\', '/'))
                .Append(' ').Append(input.Sha256).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
