namespace Publish.Epub.Images;

/// <summary>
/// Copies a JPEG without its metadata segments (APP1 EXIF/XMP, APP13 IPTC, comments), leaving the compressed
/// image data untouched. Lets an upright photo that already fits the size limit go into the EPUB without a
/// decode and a lossy re-encode, while still dropping what the re-encoding path drops (GPS position, camera
/// data, an orientation flag a reader might apply again). Only baseline, extended and progressive Huffman
/// JPEGs with one or three components are accepted: arithmetic-coded, lossless and CMYK files render badly or
/// not at all in reading systems, so they take the decoding path.
/// </summary>
internal static class JpegMetadataStripper
{
    public static byte[]? TryStrip(ReadOnlySpan<byte> jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            return null;
        }

        using var output = new MemoryStream(jpeg.Length);
        output.Write(jpeg[..2]);
        var sawFrame = false;
        var i = 2;
        while (i + 1 < jpeg.Length)
        {
            if (jpeg[i] != 0xFF)
            {
                return null;
            }

            var marker = jpeg[i + 1];
            if (marker == 0xFF)
            {
                // A fill byte before a marker.
                i++;
                continue;
            }

            if (marker == 0xDA)
            {
                // Start of scan: the entropy-coded data and everything after it are copied as they are.
                if (!sawFrame)
                {
                    return null;
                }

                output.Write(jpeg[i..]);
                return output.ToArray();
            }

            if (i + 3 >= jpeg.Length)
            {
                return null;
            }

            var length = (jpeg[i + 2] << 8) | jpeg[i + 3];
            if (length < 2 || i + 2 + length > jpeg.Length)
            {
                return null;
            }

            switch (marker)
            {
                case 0xC0 or 0xC1 or 0xC2:
                    var components = length >= 8 ? jpeg[i + 9] : 0;
                    if (components is not (1 or 3))
                    {
                        return null;
                    }

                    sawFrame = true;
                    break;
                case >= 0xC3 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC:
                    return null;
                case 0xD8 or 0xD9 or (>= 0xD0 and <= 0xD7) or 0x01:
                    // No length field before a scan: not a file we understand.
                    return null;
            }

            if (marker is not (0xE1 or 0xED or 0xFE))
            {
                output.Write(jpeg.Slice(i, 2 + length));
            }

            i += 2 + length;
        }

        return null;
    }
}
