using System.Security.Cryptography;
using Publish.Model.Input;
using Publish.Pdf;

namespace Publish.Engine.Output;

/// <summary>
/// An edition's file as its writer writes it, each few megabytes handed to the disk as soon as they are written
/// (<see cref="FileWriteback"/>): the pending file is made durable before it is renamed into place, and an fsync of a
/// book's 25 MB PDF at the end waited ~50 ms on its writer's thread for what the disk could have been writing all along.
/// For an edition it also keeps the SHA-256 of what is written while the writer writes front to back
/// (<see cref="ISha256Output"/>): the edition's hash is then known when the writer is done
/// (<see cref="PendingFile.MeasureAsync"/>), not read back from the file, and the PDF writer takes its /ID from it. Any
/// move of the position or change of the length ends the hashing (the EPUB's zip goes back when it streams a stored
/// photo, to fill in its sizes), and the file is read back as before.
/// </summary>
/// <param name="file">The file, whose handle the hints name.</param>
/// <param name="inner">What writes go through: the file, or a test's throttled view of it (<see cref="ThrottledStream"/>).</param>
/// <param name="keepSha256">Whether to keep the running SHA-256 (an edition's file; the cache's records hash themselves).</param>
internal sealed class EarlyWritebackStream(FileStream file, Stream inner, bool keepSha256) : Stream, ISha256Output
{
    /// <summary>How much is written before it is handed to the disk: large enough that the hints cost nothing.</summary>
    private const long Step = 4 << 20;

    private long _handedOver;
    private IncrementalHash? _hash = keepSha256 ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
    private long _hashed;

    public long HashedBytes => _hash is null ? -1 : _hashed;

    public override bool CanRead => false;

    /// <summary>Seekable: the EPUB's zip goes back to fill in a streamed photo's sizes.</summary>
    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => true;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set
        {
            StopHashing();
            inner.Position = value;
        }
    }

    public byte[] CurrentSha256() => _hash?.GetCurrentHash() ?? throw new InvalidOperationException("The stream keeps no hash: it is not an edition's, or its position or length was set.");

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        if (_hash is not null)
        {
            _hash.AppendData(buffer);
            _hashed += buffer.Length;
        }

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

    public override long Seek(long offset, SeekOrigin origin)
    {
        StopHashing();
        return inner.Seek(offset, origin);
    }

    public override void SetLength(long value)
    {
        StopHashing();
        inner.SetLength(value);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            StopHashing();
        }

        base.Dispose(disposing);
    }

    /// <summary>Bytes written anywhere but at the end would make the running hash another file's: from here on, none is kept.</summary>
    private void StopHashing()
    {
        _hash?.Dispose();
        _hash = null;
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
