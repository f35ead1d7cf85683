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
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using var input = new BinaryReader(new MemoryStream(File.ReadAllBytes(path)), Encoding.UTF8);
            if (header.Any(expected => !string.Equals(input.ReadString(), expected, StringComparison.Ordinal)))
            {
                return null;
            }

            var hash = input.ReadBytes(SHA256.HashSizeInBytes);
            var content = input.ReadBytes(input.ReadInt32());
            return SHA256.HashData(content).AsSpan().SequenceEqual(hash) ? content : null;
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
