using Microsoft.Win32.SafeHandles;
using System.Security.Cryptography;
using System.Text;
using Publish.Engine.Output;

namespace Publish.Engine.Caching;

/// <summary>
/// A book's cache record on disk (streams, photos, cover): header strings (a magic word, the key or writer it was made
/// under), a SHA-256 of the content, its length and the content, replaced atomically. Reading gives null for a missing
/// file, another header, a checksum that does not match, a file cut short or a garbled length: a miss, never an error.
/// The article layouts keep their own two-part record (<see cref="ArticleRecordFile"/>).
/// </summary>
internal static class ChecksummedFile
{
    public static byte[]? Read(string path, params string[] header)
    {
        ArgumentOutOfRangeException.ThrowIfZero(header.Length);
        return ReadInPlace(path, header[..^1]) is { } found && string.Equals(found.Key, header[^1], StringComparison.Ordinal) ? found.Content.ToArray() : null;
    }

    /// <summary>
    /// The content of a file whose header starts with <paramref name="expected"/> and holds one string more, the key it
    /// was recorded under, given back with it for the caller to compare; null as for <see cref="Read"/>. The content is
    /// left where it is in the file's bytes: a book's page streams are megabytes, and copying them out was a second large
    /// allocation of every rebuild.
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

    /// <summary>The file's bytes (see <see cref="ReadAt"/>).</summary>
    private static byte[] ReadAll(string path)
    {
        using var file = File.OpenHandle(path);
        var length = RandomAccess.GetLength(file);
        return length <= Array.MaxLength ? ReadAt(file, 0, (int)length) : throw new IOException($"{path} is too long to be a record");
    }

    /// <summary>
    /// <paramref name="count"/> bytes of the file from <paramref name="at"/>, into an array that is not zeroed first (every
    /// byte is read over): records are hundreds of kilobytes, and clearing fresh memory only to overwrite it was a good
    /// part of reading them. A file shorter than that throws <see cref="EndOfStreamException"/>.
    /// </summary>
    internal static byte[] ReadAt(SafeFileHandle file, long at, int count)
    {
        var bytes = GC.AllocateUninitializedArray<byte>(count);
        var read = 0;
        while (read < count)
        {
            var got = RandomAccess.Read(file, bytes.AsSpan(read), at + read);
            if (got == 0)
            {
                throw new EndOfStreamException("a record was cut short while it was read");
            }

            read += got;
        }

        return bytes;
    }

    /// <summary>
    /// As <see cref="Write(string, ReadOnlyMemory{byte}, string[])"/>, the content written by <paramref name="content"/>
    /// (exactly <paramref name="length"/> bytes), called twice: once to hash it, once into the file, so content that lies
    /// in many places is never gathered into one buffer.
    /// </summary>
    public static void Write(string path, long length, Action<Stream> content, params string[] header)
    {
        try
        {
            Replace(path, length, content, header);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // Not recorded: the next build makes what it would have held again.
        }
    }

    /// <summary>Replaces the file; a disk that refuses leaves the old file or none, and the next build misses, which is safe.</summary>
    public static void Write(string path, ReadOnlyMemory<byte> content, params string[] header) =>
        Write(path, content.Length, stream => stream.Write(content.Span), header);

    /// <summary>
    /// As <see cref="Write(string, ReadOnlyMemory{byte}, string[])"/>, but a disk that refuses throws (an
    /// <see cref="IOException"/>, <see cref="UnauthorizedAccessException"/> or <see cref="NotSupportedException"/>), for a
    /// caller that reports it: the build cache's entries.
    /// </summary>
    public static void Replace(string path, ReadOnlyMemory<byte> content, params string[] header) =>
        Replace(path, content.Length, stream => stream.Write(content.Span), header);

    private static void Replace(string path, long length, Action<Stream> content, string[] header)
    {
        using var hashing = new HashingStream();
        content(hashing);
        if (hashing.Length != length)
        {
            throw new InvalidOperationException($"the record's content is {hashing.Length} bytes, not the {length} announced");
        }

        var hash = hashing.Hash();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        AtomicFile.Write(path, stream =>
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            foreach (var line in header)
            {
                writer.Write(line);
            }

            writer.Write(hash);
            writer.Write(checked((int)length));
            writer.Flush();
            content(stream);
        }, durable: false);
    }

    /// <summary>A write-only stream that keeps only the SHA-256 and the count of what was written to it.</summary>
    private sealed class HashingStream : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        public byte[] Hash() => _hash.GetHashAndReset();

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _hash.AppendData(buffer);
            _length += buffer.Length;
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _hash.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
