using System.Runtime.CompilerServices;

namespace Publish.Imaging;

/// <summary>One DHT table, decoded as JPEG's canonical codes are (ITU T.81 F.2.2.3): by the largest code of each length.</summary>
internal sealed class HuffmanTable
{
    /// <summary>The code lengths looked up at once; longer codes (rare: the least frequent symbols) are walked on.</summary>
    private const int LookupBits = 9;

    private readonly int[] maxCode = new int[18];
    private readonly int[] offset = new int[17];
    private readonly byte[] symbols;

    /// <summary>
    /// By the next <see cref="LookupBits"/> bits: a code's length times 512 plus its symbol (plus 256 when the code
    /// names no symbol); 0 when no code of at most <see cref="LookupBits"/> bits starts them.
    /// </summary>
    private readonly int[] lookup = new int[1 << LookupBits];

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
        FillLookup();
    }

    /// <summary>Fills <see cref="lookup"/> as <see cref="Decode"/> would walk each short code, length by length.</summary>
    private void FillLookup()
    {
        for (var bits = 0; bits < lookup.Length; bits++)
        {
            for (var length = 1; length <= LookupBits; length++)
            {
                var code = bits >> (LookupBits - length);
                if (code <= maxCode[length])
                {
                    lookup[bits] = (length << 9) | (Symbol(code, length) is var symbol and >= 0 ? symbol : 256);
                    break;
                }
            }
        }
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // once or more for each of a photo's millions of coefficients
    public int Decode(ref ScanReader reader)
    {
        var available = reader.Available;
        var bits = reader.Peek16;
        if (available >= 16)
        {
            var entry = lookup[bits >> (16 - LookupBits)];
            if (entry != 0)
            {
                reader.Consume(entry >> 9);
                var symbol = entry & 0x1FF;
                return symbol < 256 ? symbol : -1;
            }
        }

        return Walk(ref reader, available, bits);
    }

    /// <summary>A long code, or the last bits of the data: code by code from length 1, as T.81's DECODE procedure reads.</summary>
    private int Walk(ref ScanReader reader, int available, int bits)
    {
        for (var length = 1; length <= 16; length++)
        {
            if (length > available)
            {
                reader.RanOut();
                return -1;
            }

            var code = bits >> (16 - length);
            if (code <= maxCode[length])
            {
                reader.Consume(length);
                return Symbol(code, length);
            }
        }

        return -1;
    }

    /// <summary>The symbol of <paramref name="code"/>, a code of <paramref name="length"/> bits no shorter code starts; −1 when the table holds none.</summary>
    private int Symbol(int code, int length)
    {
        var index = code + offset[length];
        return index >= 0 && index < symbols.Length ? symbols[index] : -1;
    }
}
