namespace Publish.Imaging;

/// <summary>Starts a <see cref="JpegSegments{TBytes}"/> walk over bytes held in memory.</summary>
public static class JpegSegmentWalk
{
    public static JpegSegments<SpanBytes> Of(ReadOnlySpan<byte> file) => new(new SpanBytes(file));
}
