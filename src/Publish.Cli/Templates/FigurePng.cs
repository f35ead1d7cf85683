using System.IO.Compression;

namespace Publish.Cli.Templates;

/// <summary>
/// The template's figure, drawn here rather than shipped: a small harbour at dawn (sky, sun, sea, a quay) as an 8-bit
/// RGB PNG (ISO/IEC 15948: signature, IHDR, one zlib-compressed IDAT of filter-0 scanlines, IEND, each chunk with
/// its CRC-32). The same bytes on every run, so a new manuscript's editions are reproducible too.
/// </summary>
internal static class FigurePng
{
    public const int Width = 480;
    public const int Height = 320;

    public static byte[] Create()
    {
        var scanlines = new byte[Height * (1 + (Width * 3))];
        for (var y = 0; y < Height; y++)
        {
            var row = y * (1 + (Width * 3));
            scanlines[row] = 0; // filter type 0: the bytes as they are
            for (var x = 0; x < Width; x++)
            {
                var (r, g, b) = Colour(x, y);
                var at = row + 1 + (x * 3);
                scanlines[at] = r;
                scanlines[at + 1] = g;
                scanlines[at + 2] = b;
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        WriteBigEndian(header, 0, Width);
        WriteBigEndian(header, 4, Height);
        header[8] = 8; // bits per sample
        header[9] = 2; // colour type: RGB
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                zlib.Write(scanlines);
            }

            Chunk(png, "IDAT", compressed.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>The picture: a sky lightening towards the horizon, a sun, the sea below it, a dark quay on the left.</summary>
    private static (byte R, byte G, byte B) Colour(int x, int y)
    {
        const int horizon = Height * 5 / 8;
        if (x < Width / 4 && y > horizon + 20 && y < horizon + 50)
        {
            return (70, 62, 58);
        }

        var dx = x - (Width * 2 / 3);
        var dy = y - (horizon - 30);
        if (y < horizon && (dx * dx) + (dy * dy) < 40 * 40)
        {
            return (250, 200, 90);
        }

        if (y < horizon)
        {
            var t = y * 255 / horizon;
            return ((byte)(120 + (t / 2)), (byte)(150 + (t / 3)), (byte)(200 - (t / 6)));
        }

        var wave = ((x / 12) + (y / 6)) % 5 == 0 ? 18 : 0;
        return ((byte)(30 + wave), (byte)(80 + wave), (byte)(120 + wave));
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        WriteBigEndian(length, 0, data.Length);
        png.Write(length);
        var typed = new byte[4 + data.Length];
        for (var i = 0; i < 4; i++)
        {
            typed[i] = (byte)type[i];
        }

        data.CopyTo(typed, 4);
        png.Write(typed);
        var crc = new byte[4];
        WriteBigEndian(crc, 0, unchecked((int)Crc32(typed)));
        png.Write(crc);
    }

    private static void WriteBigEndian(byte[] buffer, int offset, int value)
    {
        buffer[offset] = (byte)(value >> 24);
        buffer[offset + 1] = (byte)(value >> 16);
        buffer[offset + 2] = (byte)(value >> 8);
        buffer[offset + 3] = (byte)value;
    }

    /// <summary>The CRC-32 PNG chunks carry (ISO 3309, polynomial 0xEDB88320, reflected), over the chunk's type and data.</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
