namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// A baseline JPEG with four components written as Photoshop does: an Adobe APP14 segment (transform 0, no colour
/// conversion) and inverted CMYK samples (255 − ink). SkiaSharp cannot encode CMYK, and the pattern makes a full
/// encoder unnecessary: every 8×8 block is one flat colour, so its DCT has only a DC coefficient (8 × (sample − 128))
/// and every block is a DC difference followed by end-of-block. One quantisation table of ones, the standard
/// luminance DC Huffman table, and an AC table holding only end-of-block.
/// </summary>
internal static class CmykJpegWriter
{
    private static readonly byte[] DcCounts = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];

    /// <param name="ink">Cyan, magenta, yellow, black ink (0–255) at a pixel; must be constant on each 8×8 block.</param>
    public static byte[] Encode(int width, int height, Func<int, int, (byte C, byte M, byte Y, byte K)> ink)
    {
        var output = new List<byte> { 0xFF, 0xD8 };
        Segment(output, 0xEE, [.. "Adobe"u8, 0x00, 0x64, 0x00, 0x00, 0x00, 0x00, 0x00]);
        Segment(output, 0xDB, [0x00, .. Enumerable.Repeat((byte)1, 64)]);
        Segment(output, 0xC0, [8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 4, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0, 4, 0x11, 0]);
        Segment(output, 0xC4, [0x00, .. DcCounts, .. Enumerable.Range(0, 12).Select(v => (byte)v)]);
        Segment(output, 0xC4, [0x10, 1, .. new byte[15], 0x00]);
        Segment(output, 0xDA, [4, 1, 0x00, 2, 0x00, 3, 0x00, 4, 0x00, 0, 63, 0]);

        var codes = CanonicalCodes(DcCounts);
        var bits = new BitWriter(output);
        var previous = new int[4];
        for (var by = 0; by < (height + 7) / 8; by++)
        {
            for (var bx = 0; bx < (width + 7) / 8; bx++)
            {
                var (c, m, y, k) = ink(Math.Min(bx * 8, width - 1), Math.Min(by * 8, height - 1));
                byte[] inverted = [(byte)(255 - c), (byte)(255 - m), (byte)(255 - y), (byte)(255 - k)];
                for (var component = 0; component < 4; component++)
                {
                    var dc = 8 * (inverted[component] - 128);
                    var difference = dc - previous[component];
                    previous[component] = dc;
                    var category = difference == 0 ? 0 : 32 - int.LeadingZeroCount(Math.Abs(difference));
                    bits.Write(codes[category].Code, codes[category].Length);
                    // Negative differences are sent as the one's complement of their magnitude.
                    bits.Write(difference >= 0 ? difference : difference + (1 << category) - 1, category);
                    bits.Write(0, 1); // end of block: the AC table's only code
                }
            }
        }

        bits.Flush();
        output.AddRange([0xFF, 0xD9]);
        return [.. output];
    }

    private static void Segment(List<byte> output, byte marker, byte[] body)
    {
        output.AddRange([0xFF, marker, (byte)((body.Length + 2) >> 8), (byte)(body.Length + 2)]);
        output.AddRange(body);
    }

    /// <summary>JPEG Annex C: codes of each length are consecutive, and one longer code starts at twice the next.</summary>
    private static (int Code, int Length)[] CanonicalCodes(byte[] counts)
    {
        var codes = new List<(int, int)>();
        var code = 0;
        for (var length = 1; length <= 16; length++)
        {
            for (var i = 0; i < counts[length - 1]; i++)
            {
                codes.Add((code++, length));
            }

            code <<= 1;
        }

        return [.. codes];
    }

    private sealed class BitWriter(List<byte> output)
    {
        private int buffer;
        private int count;

        public void Write(int value, int length)
        {
            for (var i = length - 1; i >= 0; i--)
            {
                buffer = (buffer << 1) | ((value >> i) & 1);
                if (++count == 8)
                {
                    Emit();
                }
            }
        }

        /// <summary>Pads the last byte with ones, as the standard requires.</summary>
        public void Flush()
        {
            while (count != 0)
            {
                Write(1, 1);
            }
        }

        private void Emit()
        {
            output.Add((byte)buffer);
            if (buffer == 0xFF)
            {
                output.Add(0x00); // byte stuffing: FF in entropy-coded data is followed by 00
            }

            buffer = 0;
            count = 0;
        }
    }
}
