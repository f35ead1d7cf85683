namespace Publish.Epub.Images;

/// <summary>
/// How to copy a JPEG without its metadata, found from its markers up to the first scan: the byte ranges before the
/// scan that are kept (adjacent kept segments merged, so usually two), where the scan starts (everything from there
/// to the end is kept as it is) and where its header ends (the plan is made from the bytes before that), and the
/// frame's size and the EXIF orientation, which decide whether a copy is enough.
/// </summary>
internal sealed record JpegStripPlan(int Width, int Height, int Orientation, int ScanOffset, int ScanDataOffset, IReadOnlyList<Range> Kept)
{
    /// <summary>The kept bytes before the scan.</summary>
    public int KeptLength { get; } = Kept.Sum(r => r.End.Value - r.Start.Value);

    /// <summary>The stripped file's length, for a file of <paramref name="fileLength"/> bytes.</summary>
    public long OutputLength(long fileLength) => KeptLength + (fileLength - ScanOffset);

    /// <summary>Whether <paramref name="other"/>, made from a file read again, describes the same copy.</summary>
    public bool SameAs(JpegStripPlan other) =>
        Width == other.Width && Height == other.Height && Orientation == other.Orientation && ScanOffset == other.ScanOffset && ScanDataOffset == other.ScanDataOffset &&
        Kept.SequenceEqual(other.Kept);

    /// <summary>
    /// Writes the kept header ranges from <paramref name="head"/> (the file's first bytes, at least up to the scan)
    /// and then the part of the scan data that <paramref name="head"/> holds; returns how many bytes were written.
    /// The caller fills the rest of <paramref name="output"/> with the file's remaining bytes.
    /// </summary>
    public int CopyHead(ReadOnlySpan<byte> head, Span<byte> output)
    {
        var written = 0;
        foreach (var range in Kept)
        {
            var part = head[range];
            part.CopyTo(output[written..]);
            written += part.Length;
        }

        var scan = head[ScanOffset..];
        scan.CopyTo(output[written..]);
        return written + scan.Length;
    }
}
