namespace Publish.Imaging;

/// <summary>
/// One marker met by <see cref="JpegSegments{TBytes}"/>: its code (the byte after FF), where its FF is, and the
/// value of its length field (which counts the two length bytes and not the marker), 0 for a marker without one.
/// </summary>
public readonly record struct JpegSegment(byte Marker, long Offset, int Length)
{
    public const byte StartOfScan = 0xDA;

    public const byte EndOfImage = 0xD9;

    /// <summary>TEM, RSTn, SOI or EOI: a marker with no length field and no body.</summary>
    public bool IsStandalone => Length == 0;

    /// <summary>SOF0…SOF15 except DHT (C4), JPG (C8) and DAC (CC): a frame header.</summary>
    public bool IsFrameHeader => Marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;

    public long BodyOffset => Offset + 4;

    public int BodyLength => IsStandalone ? 0 : Length - 2;

    /// <summary>Where the next marker (or, after a start of scan, the entropy-coded data) begins.</summary>
    public long End => Offset + 2 + Length;

    /// <summary>The body of this segment in <paramref name="file"/>, the bytes it was walked in.</summary>
    public ReadOnlySpan<byte> Body(ReadOnlySpan<byte> file) => file.Slice(checked((int)BodyOffset), BodyLength);

    public static bool HasLength(byte marker) => marker is not (0x01 or EndOfImage or (>= 0xD0 and <= 0xD8));
}
