using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Publish.Pdf.Content;

/// <summary>
/// The SHA-256 of everything a page's content stream is formatted from (<see cref="PageContent.WriteKey"/>): equal
/// keys give equal operators, so a page whose key an <see cref="IContentStreamCache"/> knows need not be formatted nor
/// deflated. Numbers go in by their bits, strings by their UTF-16 code units after their length. Every glyph of a
/// rebuilt book passes through here, so the values go into one growing array with one capacity check a value.
/// </summary>
internal sealed class ContentKey
{
    /// <summary>Changed whenever what <see cref="PageContent.WriteKey"/> covers changes.</summary>
    private const string Version = "page-content-key-1";

    private byte[] _bytes = new byte[64 * 1024];
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

    public ContentKey Add(string? value)
    {
        if (value is null)
        {
            return Add(-1);
        }

        Add(value.Length);
        MemoryMarshal.AsBytes(value.AsSpan()).CopyTo(Room(value.Length * 2));
        return this;
    }

    public void Hash(Span<byte> destination) => SHA256.HashData(_bytes.AsSpan(0, _length), destination);

    /// <summary>The next <paramref name="count"/> bytes of the key, to be written (the array grown when needed).</summary>
    private Span<byte> Room(int count)
    {
        if (_length + count > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + count));
        }

        var room = _bytes.AsSpan(_length, count);
        _length += count;
        return room;
    }
}
