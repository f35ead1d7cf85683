namespace Publish.Epub.Packaging;

/// <summary>
/// Passes what is written on to another stream, keeping the CRC-32 and the count of the bytes (a stored zip entry
/// streamed from its file: its header is completed once they are known). Write-only; the inner stream stays open.
/// </summary>
internal sealed class ChecksummingStream(Stream inner) : Stream
{
    private readonly System.IO.Hashing.Crc32 _crc = new();
    private long _length;

    public uint Crc => _crc.GetCurrentHashAsUInt32();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _crc.Append(buffer);
        _length += buffer.Length;
        inner.Write(buffer);
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
