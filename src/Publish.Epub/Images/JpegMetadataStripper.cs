using Publish.Imaging;

namespace Publish.Epub.Images;

/// <summary>
/// Copies a JPEG without its metadata segments (APP1 EXIF/XMP, APP13 IPTC, comments), leaving the compressed
/// image data untouched. Lets an upright photo that already fits the size limit go into the EPUB without a
/// decode and a lossy re-encode, while still dropping what the re-encoding path drops (GPS position, camera
/// data, an orientation flag a reader might apply again). Only baseline, extended and progressive Huffman
/// JPEGs with one or three components are accepted: arithmetic-coded, lossless and CMYK files render badly or
/// not at all in reading systems, so they take the decoding path.
/// Planning reads only the markers before the first scan, so it costs the same for a 50 KB and a 5 MB photo;
/// copying is one pass of block copies into an output allocated once at its final size.
/// </summary>
internal static class JpegMetadataStripper
{
    /// <summary>Strips a whole file held in memory; null when it is not a JPEG this class accepts.</summary>
    public static byte[]? TryStrip(ReadOnlySpan<byte> jpeg)
    {
        if (Plan(jpeg, out var plan) != JpegPlanResult.Planned)
        {
            return null;
        }

        var output = GC.AllocateUninitializedArray<byte>(checked((int)plan!.OutputLength(jpeg.Length)));
        plan.CopyHead(jpeg, output);
        return output;
    }

    /// <summary>
    /// Walks the markers of <paramref name="head"/>, the first bytes of a file, up to the first scan.
    /// <see cref="JpegPlanResult.NeedsMoreBytes"/> means the markers were sound but <paramref name="head"/> ended
    /// before the scan; a caller holding only part of the file reads more and asks again.
    /// </summary>
    public static JpegPlanResult Plan(ReadOnlySpan<byte> head, out JpegStripPlan? plan)
    {
        plan = null;
        if (head.Length < 4)
        {
            return head.Length >= 2 && (head[0] != 0xFF || head[1] != 0xD8) ? JpegPlanResult.NotStrippable : JpegPlanResult.NeedsMoreBytes;
        }

        if (head[0] != 0xFF || head[1] != 0xD8)
        {
            return JpegPlanResult.NotStrippable;
        }

        var kept = new List<Range>();
        var keptFrom = 0;
        (int Width, int Height)? frame = null;
        var orientation = new JpegApp1Orientation();
        var walk = JpegSegmentWalk.Of(head);
        while (walk.MoveNext())
        {
            var marker = walk.Current.Marker;
            var at = checked((int)walk.Current.Offset);
            if (walk.Current.IsStandalone)
            {
                // TEM, RSTn, SOI or EOI before a scan: not a file we understand.
                return JpegPlanResult.NotStrippable;
            }

            if (marker == JpegSegment.StartOfScan)
            {
                // Start of scan: the scan header, the entropy-coded data and everything after them are copied as they are.
                if (frame is not { } size)
                {
                    return JpegPlanResult.NotStrippable;
                }

                if (keptFrom < at)
                {
                    kept.Add(keptFrom..at);
                }

                plan = new JpegStripPlan(size.Width, size.Height, orientation.Value, at, checked((int)walk.Current.End), kept);
                return JpegPlanResult.Planned;
            }

            var segment = walk.Current.Body(head);
            switch (marker)
            {
                case 0xC0 or 0xC1 or 0xC2:
                    if (segment.Length < 6 || segment[5] is not (1 or 3))
                    {
                        return JpegPlanResult.NotStrippable;
                    }

                    frame = ((segment[3] << 8) | segment[4], (segment[1] << 8) | segment[2]);
                    break;
                case >= 0xC3 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC:
                    return JpegPlanResult.NotStrippable;
                case 0xE1:
                    // EXIF and XMP share APP1: decided as the layout and the re-encoding decide.
                    orientation.Add(segment);
                    break;
            }

            if (marker is 0xE1 or 0xED or 0xFE)
            {
                // A dropped segment ends the kept range before it.
                if (keptFrom < at)
                {
                    kept.Add(keptFrom..at);
                }

                keptFrom = checked((int)walk.Current.End);
            }
        }

        return walk.End == JpegWalkEnd.Truncated ? JpegPlanResult.NeedsMoreBytes : JpegPlanResult.NotStrippable;
    }
}
