namespace Publish.Engine.Output;

/// <summary>
/// Test hook (<see cref="TestHooks.SlowWriteMilliseconds"/>): passes writes through in 16 KiB pieces, pausing after
/// each, so a test can kill the process while an edition is being written. Never set it in production.
/// </summary>
internal sealed class ThrottledStream : Stream
{
    private const int Chunk = 16 * 1024;

    private readonly Stream _inner;
    private readonly int _delayMs;

    /// <summary>Where to signal the first pause (<see cref="TestHooks.SlowWriteSignalFolder"/>), or null; cleared once signalled.</summary>
    private string? _signal;
    private int _sincePause;

    private ThrottledStream(Stream inner, int delayMs, string? signal)
    {
        _inner = inner;
        _delayMs = delayMs;
        _signal = signal;
    }

    public override bool CanRead => false;

    /// <summary>Seekable when the file is: the EPUB's zip goes back to fill in a streamed photo's sizes.</summary>
    public override bool CanSeek => _inner.CanSeek;

    public override bool CanWrite => true;

    public override long Length => _inner.Length;

    public override long Position
    {
        get => _inner.Position;
        set => _inner.Position = value;
    }

    /// <summary>The stream itself, or a throttled view of it when <paramref name="hooks"/> ask for slow writes.</summary>
    public static Stream Wrap(Stream inner, TestHooks hooks) =>
        hooks.SlowWriteMilliseconds > 0 ? new ThrottledStream(inner, hooks.SlowWriteMilliseconds, Signal(inner, hooks)) : inner;

    /// <summary>The signal file for <paramref name="inner"/>: named like the file written, in the signal folder.</summary>
    private static string? Signal(Stream inner, TestHooks hooks) =>
        hooks.SlowWriteSignalFolder is { Length: > 0 } folder && inner is FileStream file
            ? Path.Combine(folder, Path.GetFileName(file.Name))
            : null;

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        // Writers write in pieces of any size (the PDF in hundreds of small ones): pause per 16 KiB written, not per call.
        while (!buffer.IsEmpty)
        {
            var piece = Math.Min(buffer.Length, Chunk - _sincePause);
            _inner.Write(buffer[..piece]);
            buffer = buffer[piece..];
            _sincePause += piece;
            if (_sincePause == Chunk)
            {
                _inner.Flush();
                if (_signal is not null)
                {
                    // After the flush: the file on disk now holds this piece, whatever a test sees there is what a kill leaves.
                    File.WriteAllBytes(_signal, []);
                    _signal = null;
                }

                Thread.Sleep(_delayMs);
                _sincePause = 0;
            }
        }
    }

    public override void Flush() => _inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => _inner.Seek(offset, origin);

    public override void SetLength(long value) => throw new NotSupportedException();
}
