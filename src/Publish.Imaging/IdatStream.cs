using System.Buffers.Binary;

namespace Publish.Imaging;

/// <summary>A PNG's IDAT chunks' data read as one stream, from the chunk after IHDR on; other chunks are skipped.</summary>
internal sealed class IdatStream(Stream file) : Stream
{
    private long remaining;
    private bool ended;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (remaining == 0)
        {
            if (ended || !NextIdat())
            {
                ended = true;
                return 0;
            }
        }

        var read = file.Read(buffer[..(int)Math.Min(buffer.Length, remaining)]);
        if (read == 0)
        {
            ended = true;
            remaining = 0;
            return 0;
        }

        remaining -= read;
        if (remaining == 0)
        {
            file.Seek(4, SeekOrigin.Current); // CRC
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Moves to the next IDAT chunk's data; false at IEND or the file's end.</summary>
    private bool NextIdat()
    {
        Span<byte> header = stackalloc byte[8];
        while (file.ReadAtLeast(header, 8, throwOnEndOfStream: false) == 8)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(header);
            var type = header[4..];
            if (type.SequenceEqual("IEND"u8))
            {
                return false;
            }

            if (type.SequenceEqual("IDAT"u8))
            {
                remaining = length;
                if (length == 0)
                {
                    file.Seek(4, SeekOrigin.Current);
                }

                return true;
            }

            file.Seek(length + 4L, SeekOrigin.Current);
        }

        return false;
    }
}
