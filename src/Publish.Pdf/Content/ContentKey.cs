using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Publish.Pdf.Content;

/// <summary>
/// The SHA-256 of everything a page's content stream is formatted from (<see cref="PageContent.WriteKey"/>): equal
/// keys give equal operators, so a page whose key an <see cref="IContentStreamCache"/> knows need not be formatted nor
/// deflated. Numbers go in by their bits, strings by their UTF-16 code units after their length.
/// </summary>
internal sealed class ContentKey
{
    /// <summary>Changed whenever what <see cref="PageContent.WriteKey"/> covers changes.</summary>
    private const string Version = "page-content-key-1";

    private readonly ArrayBufferWriter<byte> _bytes = new(64 * 1024);

    public ContentKey()
    {
        Add(Version);
    }

    public ContentKey Add(double value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(_bytes.GetSpan(8), BitConverter.DoubleToInt64Bits(value));
        _bytes.Advance(8);
        return this;
    }

    public ContentKey Add(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(_bytes.GetSpan(4), value);
        _bytes.Advance(4);
        return this;
    }

    public ContentKey Add(string? value)
    {
        if (value is null)
        {
            return Add(-1);
        }

        Add(value.Length);
        var span = _bytes.GetSpan(value.Length * 2);
        for (var i = 0; i < value.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(span[(2 * i)..], value[i]);
        }

        _bytes.Advance(value.Length * 2);
        return this;
    }

    public void Hash(Span<byte> destination) => SHA256.HashData(_bytes.WrittenSpan, destination);
}
