using Publish.Imaging;

namespace Publish.Pdf.Images;

/// <summary>
/// What a PDF image dictionary needs from a JPEG file, read from its markers without decoding: size and
/// component count from the SOF segment, and whether an Adobe APP14 segment marks the file as Adobe-style
/// CMYK (stored inverted, so the PDF needs <c>/Decode [1 0 1 0 1 0 1 0]</c>), and the orientation (1–8, EXIF or XMP: <see cref="JpegApp1Orientation"/>) that
/// says how the stored pixels are shown upright, and the colour profile. Width and height are the stored ones.
/// </summary>
internal sealed record JpegHeader(int Width, int Height, int Components, int BitsPerComponent, bool IsAdobe)
{
    /// <summary>The orientation, 1 (as stored) when the file has none.</summary>
    public int Orientation { get; init; } = ExifOrientation.Upright;

    /// <summary>The embedded ICC profile when it is whole and fits the component count (see <see cref="JpegIccProfile"/>).</summary>
    public byte[]? IccProfile { get; init; }

    public static bool HasSignature(ReadOnlySpan<byte> file) => file.Length > 3 && file[0] == 0xFF && file[1] == 0xD8 && file[2] == 0xFF;

    /// <summary>
    /// Returns null when the file is not a JPEG a PDF reader can decode as it is (see the frame check below) or its
    /// markers are damaged before a frame header (walked by <see cref="JpegSegments{TBytes}"/>).
    /// </summary>
    public static JpegHeader? TryRead(ReadOnlySpan<byte> file)
    {
        if (!HasSignature(file))
        {
            return null;
        }

        var isAdobe = false;
        var orientation = new JpegApp1Orientation();
        var iccChunks = new List<(int Sequence, int Count, byte[] Body)>();
        var walk = JpegSegmentWalk.Of(file);
        while (walk.MoveNext())
        {
            var marker = walk.Current.Marker;
            if (marker == JpegSegment.StartOfScan || marker == JpegSegment.EndOfImage)
            {
                // Image data, or the file's end, before any frame header: not a usable JPEG.
                return null;
            }

            var segment = walk.Current.Body(file);
            if (marker == 0xEE && segment.Length >= 5 && segment[..5].SequenceEqual("Adobe"u8))
            {
                isAdobe = true;
            }

            // Several APP1 segments may exist (EXIF, XMP): decided as the layout decides the upright box.
            if (marker == 0xE1)
            {
                orientation.Add(segment);
            }

            if (marker == 0xE2 && JpegIccProfile.IsChunk(segment))
            {
                iccChunks.Add((segment[12], segment[13], segment[14..].ToArray()));
            }

            if (walk.Current.IsFrameHeader)
            {
                if (segment.Length < 6)
                {
                    return null;
                }

                var bits = segment[0];
                var height = (segment[1] << 8) | segment[2];
                var width = (segment[3] << 8) | segment[4];
                var components = segment[5];

                // DCTDecode takes 8-bit baseline, extended and progressive Huffman frames (§7.4.8); lossless,
                // hierarchical and arithmetic-coded frames, or 12-bit samples, are not passed through but decoded.
                var passable = marker is 0xC0 or 0xC1 or 0xC2 && bits == 8;
                return passable && width > 0 && height > 0 && components is 1 or 3 or 4
                    ? new JpegHeader(width, height, components, bits, isAdobe) { Orientation = orientation.Value, IccProfile = JpegIccProfile.Join(iccChunks, components) }
                    : null;
            }
        }

        return null;
    }
}
