namespace Publish.Imaging;

/// <summary>Bytes held in memory, as an <see cref="IByteSource"/>.</summary>
public readonly ref struct SpanBytes(ReadOnlySpan<byte> bytes) : IByteSource
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;

    public long Length => _bytes.Length;

    public ReadOnlySpan<byte> Slice(long offset, int count) => _bytes.Slice(checked((int)offset), count);
}
