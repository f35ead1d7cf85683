using System.Security.Cryptography;
using System.Text;
using Publish.Engine.Output;

namespace Publish.Engine.Caching;

/// <summary>
/// A book's cache record on disk (streams, photos, cover): header strings (a magic word, the key or writer it was made
/// under), a SHA-256 of the content, its length and the content, replaced atomically. Reading gives null for a missing
/// file, another header, a checksum that does not match, a file cut short or a garbled length: a miss, never an error.
/// The article layouts (BookArticleCache) use the same record.
/// </summary>
internal static class ChecksummedFile
{
    public static byte[]? Read(string path, params string[] header)
    {
        ArgumentOutOfRangeException.ThrowIfZero(header.Length);
        var found = ReadWithHeader(path, header[..^1]);
        return found is { } record && string.Equals(record.Key, header[^1], StringComparison.Ordinal) ? record.Content : null;
    }

    /// <summary>
    /// The content of a file whose header starts with <paramref name="expected"/> and holds one string more, the key it
    /// was recorded under, given back with it for the caller to compare when it learns the key only later; null as for
    /// <see cref="Read"/> (which checks that last string itself).
    /// </summary>
    public static (string Key, byte[] Content)? ReadWithHeader(string path, params string[] expected) =>
        ReadInPlace(path, expected) is { } found ? (found.Key, found.Content.ToArray()) : null;

    /// <summary>
    /// As <see cref="ReadWithHeader"/>, the content left where it is in the file's bytes: an article's layout is
    /// hundreds of kilobytes, and a copy of it was a second large allocation per article of a rebuilt book.
    /// </summary>
    public static (string Key, ArraySegment<byte> Content)? ReadInPlace(string path, params string[] expected)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            var bytes = ReadAll(path);
            using var input = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
            if (expected.Any(line => !string.Equals(input.ReadString(), line, StringComparison.Ordinal)))
            {
                return null;
            }

            var key = input.ReadString();
            var hash = input.ReadBytes(SHA256.HashSizeInBytes);
            var length = input.ReadInt32();
            var start = checked((int)input.BaseStream.Position);
            if (length < 0 || length > bytes.Length - start)
            {
                return null;
            }

            var content = new ArraySegment<byte>(bytes, start, length);
            return SHA256.HashData(content).AsSpan().SequenceEqual(hash) ? (key, content) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or NotSupportedException or ArgumentException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// The file's bytes in an array that is not zeroed first (every byte is read over): records are hundreds of
    /// kilobytes, and clearing fresh memory only to overwrite it was a good part of reading them.
    /// </summary>
    private static byte[] ReadAll(string path)
    {
        using var file = File.OpenHandle(path);
        var length = RandomAccess.GetLength(file);
        if (length > Array.MaxLength)
        {
            throw new IOException($"{path} is too long to be a record");
        }

        var bytes = GC.AllocateUninitializedArray<byte>((int)length);
        var read = 0;
        while (read < bytes.Length)
        {
            var count = RandomAccess.Read(file, bytes.AsSpan(read), read);
            if (count == 0)
            {
                throw new EndOfStreamException($"{path} was cut short while it was read");
            }

            read += count;
        }

        return bytes;
    }

    /// <summary>Replaces the file; a disk that refuses leaves the old file or none, and the next build misses, which is safe.</summary>
    public static void Write(string path, ReadOnlyMemory<byte> content, params string[] header)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            AtomicFile.Write(path, stream =>
            {
                using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
                foreach (var line in header)
                {
                    writer.Write(line);
                }

                writer.Write(SHA256.HashData(content.Span));
                writer.Write(content.Length);
                writer.Write(content.Span);
            }, durable: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // Not recorded: the next build makes what it would have held again.
        }
    }
}
