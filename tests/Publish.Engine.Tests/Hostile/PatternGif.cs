namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// An animated GIF of two frames: the quadrant pattern, then all black. The LZW data is written "uncompressed":
/// a clear code before every four pixels keeps the code width at four bits and every code a literal.
/// </summary>
internal static class PatternGif
{
    private const int MinimumCodeSize = 3;
    private const int Clear = 1 << MinimumCodeSize;
    private const int End = Clear + 1;
    private const int Black = 4;

    public static byte[] TwoFrames(int width = QuadrantPattern.Width, int height = QuadrantPattern.Height)
    {
        var output = new List<byte>();
        output.AddRange("GIF89a"u8.ToArray());
        output.AddRange([(byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0xF2, 0, 0]); // global table, 8 entries
        foreach (var (r, g, b) in QuadrantPattern.Colours)
        {
            output.AddRange([r, g, b]);
        }

        output.AddRange(new byte[4 * 3]); // black, and three unused entries
        Frame(output, width, height, (x, y) => QuadrantPattern.Quadrant(x, y, width, height));
        Frame(output, width, height, (_, _) => Black);
        output.Add(0x3B);
        return [.. output];
    }

    private static void Frame(List<byte> output, int width, int height, Func<int, int, int> index)
    {
        output.AddRange([0x21, 0xF9, 0x04, 0x00, 0x32, 0x00, 0x00, 0x00]); // graphic control: 0.5 s, no transparency
        output.AddRange([0x2C, 0, 0, 0, 0, (byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0x00]);
        output.Add(MinimumCodeSize);

        var packed = new List<byte>();
        int buffer = 0, count = 0;
        void Code(int code)
        {
            buffer |= code << count;
            count += MinimumCodeSize + 1;
            while (count >= 8)
            {
                packed.Add((byte)buffer);
                buffer >>= 8;
                count -= 8;
            }
        }

        var pixel = 0;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                if (pixel++ % 4 == 0)
                {
                    Code(Clear);
                }

                Code(index(x, y));
            }
        }

        Code(End);
        if (count > 0)
        {
            packed.Add((byte)buffer);
        }

        foreach (var block in packed.Chunk(255))
        {
            output.Add((byte)block.Length);
            output.AddRange(block);
        }

        output.Add(0);
    }
}
