using Publish.Model.Input;

namespace Publish.Engine.Output;

/// <summary>
/// An edition's file as its writer writes it, each few megabytes handed to the disk as soon as they are written
/// (<see cref="FileWriteback"/>): the pending file is made durable before it is renamed into place, and an fsync of a
/// book's 25 MB PDF at the end waited ~50 ms on its writer's thread for what the disk could have been writing all along.
/// </summary>
/// <param name="file">The file, whose handle the hints name.</param>
/// <param name="inner">What writes go through: the file, or a test's throttled view of it (<see cref="ThrottledStream"/>).</param>
internal sealed class EarlyWritebackStream(FileStream file, Stream inner) : Stream
{
    /// <summary>How much is written before it is handed to the disk: large enough that the hints cost nothing.</summary>
    private const long Step = 4 << 20;

    private long _handedOver;

    public override bool CanRead => false;

    /// <summary>Seekable: the EPUB's zip goes back to fill in each entry's sizes.</summary>
    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => true;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        var end = inner.Position;
        if (end - _handedOver >= Step)
        {
            // What the stream still buffers goes to the kernel first; then the kernel starts writing it all out.
            inner.Flush();
            FileWriteback.Start(file.SafeFileHandle, _handedOver, end - _handedOver);
            _handedOver = end;
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush() => inner.Flush();

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void SetLength(long value) => inner.SetLength(value);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
