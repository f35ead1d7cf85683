using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Publish.Pdf.Content;

/// <summary>
/// The SHA-256 of everything a page's content stream is formatted from (<see cref="PageContent.WriteKey"/>): equal
/// keys give equal operators, so a page whose key an <see cref="IContentStreamCache"/> knows need not be formatted nor
/// deflated. Numbers go in by their bits, strings by their UTF-16 code units after their length. Every glyph of a
/// rebuilt book passes through here, so the values go into a small fixed buffer (one capacity check a value) that is
/// hashed each time it fills: a growing array of the whole page cost more in copying and zeroing than the hashing itself.
/// The buffer is rented (a book makes a key per page) and returned by <see cref="Dispose"/>.
/// </summary>
internal sealed class ContentKey : IDisposable
{
    /// <summary>Changed whenever what <see cref="PageContent.WriteKey"/> covers changes.</summary>
    private const string Version = "page-content-key-2";

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int _length;

    public ContentKey()
    {
        Add(Version);
    }

    public ContentKey Add(double value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(Room(8), BitConverter.DoubleToInt64Bits(value));
        return this;
    }

    public ContentKey Add(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(Room(4), value);
        return this;
    }

    /// <summary>Bytes as they are, no length before them: a digest, or a string's code units after its length.</summary>
    public ContentKey Add(ReadOnlySpan<byte> value)
    {
        if (value.Length > _buffer.Length)
        {
            // Longer than the buffer: hashed in place, after what the buffer holds, so the bytes hashed stay in order.
            Drain();
            _hash.AppendData(value);
            return this;
        }

        value.CopyTo(Room(value.Length));
        return this;
    }

    public ContentKey Add(string? value)
    {
        if (value is null)
        {
            return Add(-1);
        }

        Add(value.Length);
        return Add(MemoryMarshal.AsBytes(value.AsSpan()));
    }

    /// <summary>The SHA-256 of every value added, in order (the key is spent: call once).</summary>
    public void Hash(Span<byte> destination)
    {
        Drain();
        _hash.GetHashAndReset(destination);
    }

    public void Dispose()
    {
        _hash.Dispose();
        ArrayPool<byte>.Shared.Return(_buffer);
    }

    /// <summary>The next <paramref name="count"/> bytes of the key, to be written (the buffer hashed first when they would not fit).</summary>
    private Span<byte> Room(int count)
    {
        if (_length + count > _buffer.Length)
        {
            Drain();
        }

        var room = _buffer.AsSpan(_length, count);
        _length += count;
        return room;
    }

    private void Drain()
    {
        _hash.AppendData(_buffer, 0, _length);
        _length = 0;
    }
}
