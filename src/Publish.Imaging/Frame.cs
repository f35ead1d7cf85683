using System.Buffers.Binary;

namespace Publish.Imaging;

/// <summary>A Huffman JPEG's frame header (sequential or progressive): its size and its components' sampling factors.</summary>
internal sealed record Frame(int Width, int Height, Component[] Components, int MaxH, int MaxV)
{
    /// <summary>Null when malformed, or when the height is left to a DNL marker (not checked).</summary>
    public static Frame? Read(ReadOnlySpan<byte> body)
    {
        if (body.Length < 6)
        {
            return null;
        }

        int height = BinaryPrimitives.ReadUInt16BigEndian(body[1..]), width = BinaryPrimitives.ReadUInt16BigEndian(body[3..]), count = body[5];
        if (width == 0 || height == 0 || count is 0 or > 4 || body.Length < 6 + (3 * count))
        {
            return null;
        }

        var components = new Component[count];
        for (var c = 0; c < count; c++)
        {
            var sampling = body[7 + (3 * c)];
            int h = sampling >> 4, v = sampling & 15;
            if (h is 0 or > 4 || v is 0 or > 4)
            {
                return null;
            }

            components[c] = new Component(body[6 + (3 * c)], h, v);
        }

        return new Frame(width, height, components, components.Max(k => k.H), components.Max(k => k.V));
    }

    /// <summary>Blocks across one component alone (a scan of that component only): its own width, rounded up to blocks.</summary>
    public int BlocksWide(Component component) => ((((Width * component.H) + MaxH - 1) / MaxH) + 7) / 8;

    /// <summary>Blocks down one component alone.</summary>
    public int BlocksHigh(Component component) => ((((Height * component.V) + MaxV - 1) / MaxV) + 7) / 8;

    /// <summary>The MCUs of a scan of several components, interleaved: each holds H×V blocks of each.</summary>
    public long InterleavedMcus => (long)((Width + (8 * MaxH) - 1) / (8 * MaxH)) * ((Height + (8 * MaxV) - 1) / (8 * MaxV));
}
