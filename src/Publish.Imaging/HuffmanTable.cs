namespace Publish.Imaging;

/// <summary>One DHT table, decoded as JPEG's canonical codes are (ITU T.81 F.2.2.3): by the largest code of each length.</summary>
internal sealed class HuffmanTable
{
    private readonly int[] maxCode = new int[18];
    private readonly int[] offset = new int[17];
    private readonly byte[] symbols;

    private HuffmanTable(ReadOnlySpan<byte> counts, ReadOnlySpan<byte> symbols)
    {
        this.symbols = symbols.ToArray();
        int code = 0, index = 0;
        for (var length = 1; length <= 16; length++)
        {
            offset[length] = index - code;
            code += counts[length - 1];
            index += counts[length - 1];
            maxCode[length] = counts[length - 1] > 0 ? code - 1 : -1;
            code <<= 1;
        }

        maxCode[17] = int.MaxValue;
    }

    /// <summary>Reads every table of a DHT segment into <paramref name="tables"/> (DC 0–3, then AC 0–3); false when malformed.</summary>
    public static bool ReadAll(ReadOnlySpan<byte> body, HuffmanTable?[] tables)
    {
        while (body.Length > 0)
        {
            if (body.Length < 17)
            {
                return false;
            }

            var kind = body[0];
            if ((kind >> 4) > 1 || (kind & 15) > 3)
            {
                return false;
            }

            var counts = body.Slice(1, 16);
            var total = 0;
            foreach (var count in counts)
            {
                total += count;
            }

            if (total > 256 || body.Length < 17 + total)
            {
                return false;
            }

            tables[((kind >> 4) * 4) + (kind & 3)] = new HuffmanTable(counts, body.Slice(17, total));
            body = body[(17 + total)..];
        }

        return true;
    }

    /// <returns>The symbol, or −1 for a code no length holds or data that has ended.</returns>
    public int Decode(ref ScanReader reader)
    {
        var code = 0;
        for (var length = 1; length <= 16; length++)
        {
            var bit = reader.Bit();
            if (bit < 0)
            {
                return -1;
            }

            code = (code << 1) | bit;
            if (code <= maxCode[length])
            {
                var index = code + offset[length];
                return index >= 0 && index < symbols.Length ? symbols[index] : -1;
            }
        }

        return -1;
    }
}
