using System.Collections.Concurrent;

namespace Publish.Model.Input;

/// <summary>
/// One build's font files, each taken once (through <see cref="SharedInputFiles"/>: a regular file within
/// <see cref="InputFileLimits.MaxFontBytes"/>, never a FIFO or a device, and the bytes the style's check and the build's
/// fingerprint already read while the file is unchanged) and shared by whoever needs it — the print layout's faces
/// (whose bytes the PDF embeds), the EPUB's embedded fonts and its drawn cover. Keyed by full path: every stage of one
/// build sees the same version of a face even if the file is replaced meanwhile. A file refused once is refused the same
/// way to every caller. Thread-safe; the bytes handed out are shared and must not be changed.
/// </summary>
public sealed class FontFileStore
{
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _files = new(StringComparer.Ordinal);

    /// <summary>The file's bytes, read on the first call for its path.</summary>
    public byte[] Read(string path)
    {
        var full = Path.GetFullPath(path);
        return _files.GetOrAdd(full, static p => new Lazy<byte[]>(() => SharedInputFiles.Read(p, InputFileLimits.MaxFontBytes, "font file").Bytes)).Value;
    }
}
