namespace Publish.Imaging;

/// <summary>
/// Bytes read by offset, so that <see cref="JpegSegments{TBytes}"/> walks a file held in memory
/// (<see cref="SpanBytes"/>) and one read through a small window (the inspector's) the same way.
/// </summary>
public interface IByteSource
{
    long Length { get; }

    /// <summary>The <paramref name="count"/> bytes at <paramref name="offset"/>; the caller keeps within <see cref="Length"/>.</summary>
    ReadOnlySpan<byte> Slice(long offset, int count);
}
