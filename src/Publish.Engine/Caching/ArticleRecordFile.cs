using System.Security.Cryptography;
using System.Text;
using Microsoft.Win32.SafeHandles;
using Publish.Engine.Output;
using Publish.Typesetting.Frames;

namespace Publish.Engine.Caching;

/// <summary>
/// An article's recorded layout on disk (issue 20): header strings (a magic word, the key it was made under), then the
/// SHA-256 and length of the layout's front part (pages, items, runs' digests and pairs: what every rebuild reads), the
/// length and SHA-256 of its glyph tail (what only a page formatted again needs), the front, the tail. Replaced atomically.
/// <see cref="Open"/> reads and checks the header and the front only; the tail is read through the same open file when a
/// run of it is first decoded, and checked then, so a record replaced on disk meanwhile is never mixed with another.
/// Reading gives null for a missing file, another header, a checksum that does not match, a file cut short or a garbled
/// length: a miss, never an error.
/// </summary>
internal static class ArticleRecordFile
{
    /// <summary>The header and the front are read in one call when they fit: keys are a few hundred bytes.</summary>
    private const int FirstRead = 64 * 1024;

    public static void Write(string path, string magic, string key, ReadOnlyMemory<byte> front, ReadOnlyMemory<byte> tail)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            AtomicFile.Write(path, stream =>
            {
                using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
                writer.Write(magic);
                writer.Write(key);
                writer.Write(SHA256.HashData(front.Span));
                writer.Write(front.Length);
                writer.Write(tail.Length);
                writer.Write(SHA256.HashData(tail.Span));
                writer.Write(front.Span);
                writer.Write(tail.Span);
            }, durable: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // Not recorded: the next build sets the article again.
        }
    }

    /// <summary>
    /// The record's key, front and tail, the file held open in <paramref name="handle"/> for the tail (the caller closes
    /// it once no run of the record can be decoded any more); null (and no handle) as the class says.
    /// </summary>
    public static (string Key, ArraySegment<byte> Front, GlyphTail Tail)? Open(string path, string magic, out SafeFileHandle? handle)
    {
        handle = null;
        SafeFileHandle? file = null;
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            // Others may replace or delete the file meanwhile (a new layout of the article, pruning): this handle keeps reading the record it opened.
            file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            var length = RandomAccess.GetLength(file);
            var first = ChecksummedFile.ReadAt(file, 0, (int)Math.Min(length, FirstRead));
            using var header = new BinaryReader(new MemoryStream(first), Encoding.UTF8);
            if (!string.Equals(header.ReadString(), magic, StringComparison.Ordinal))
            {
                return null;
            }

            var key = header.ReadString();
            var frontHash = header.ReadBytes(SHA256.HashSizeInBytes);
            var (frontLength, tailLength) = (header.ReadInt32(), header.ReadInt32());
            var tailHash = header.ReadBytes(SHA256.HashSizeInBytes);
            var frontAt = header.BaseStream.Position;
            if (frontLength < 0 || tailLength < 0 || frontAt + frontLength + tailLength != length)
            {
                return null;
            }

            var front = frontAt + frontLength <= first.Length ? new ArraySegment<byte>(first, (int)frontAt, frontLength) : ChecksummedFile.ReadAt(file, frontAt, frontLength);
            if (!SHA256.HashData(front).AsSpan().SequenceEqual(frontHash))
            {
                return null;
            }

            var tailAt = frontAt + frontLength;
            var open = file;
            var tail = new GlyphTail(tailLength, () => Tail(open, tailAt, tailLength, tailHash, path));
            (handle, file) = (file, null);
            return (key, front, tail);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or NotSupportedException or ArgumentException or FormatException)
        {
            return null;
        }
        finally
        {
            // Closed on every way out but the one that hands it to the caller.
            file?.Dispose();
        }
    }

    private static byte[] Tail(SafeFileHandle file, long at, int length, byte[] hash, string path)
    {
        try
        {
            var bytes = ChecksummedFile.ReadAt(file, at, length);
            return SHA256.HashData(bytes).AsSpan().SequenceEqual(hash)
                ? bytes
                : throw new RecordedGlyphsUnreadableException($"the recorded glyphs in {path} changed on disk after their layout was read");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            throw new RecordedGlyphsUnreadableException($"the recorded glyphs in {path} cannot be read: {e.Message}", e);
        }
    }
}
