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
    public static (string Key, byte[] Content)? ReadWithHeader(string path, params string[] expected)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using var input = new BinaryReader(new MemoryStream(File.ReadAllBytes(path)), Encoding.UTF8);
            if (expected.Any(line => !string.Equals(input.ReadString(), line, StringComparison.Ordinal)))
            {
                return null;
            }

            var key = input.ReadString();
            var hash = input.ReadBytes(SHA256.HashSizeInBytes);
            var content = input.ReadBytes(input.ReadInt32());
            return SHA256.HashData(content).AsSpan().SequenceEqual(hash) ? (key, content) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or NotSupportedException or ArgumentException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Replaces the file; a disk that refuses leaves the old file or none, and the next build misses, which is safe.</summary>
    public static void Write(string path, byte[] content, params string[] header)
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

                writer.Write(SHA256.HashData(content));
                writer.Write(content.Length);
                writer.Write(content);
            }, durable: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // Not recorded: the next build makes what it would have held again.
        }
    }
}
