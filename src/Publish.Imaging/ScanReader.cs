namespace Publish.Imaging;

/// <summary>
/// Reads a JPEG scan's entropy-coded bits: FF 00 is a data byte FF, any other byte after FF is a marker, which
/// ends the data (<see cref="HitMarker"/>); a bit wanted past it means the scan ended early.
/// </summary>
internal ref struct ScanReader(ReadOnlySpan<byte> file, int start)
{
    private readonly ReadOnlySpan<byte> file = file;
    private int position = start;
    private int current;
    private int bitsLeft;

    public bool HitMarker { get; private set; }

    /// <summary>Where the next marker begins, once the scan has been read to its end.</summary>
    public readonly int Position => position;

    /// <returns>0 or 1, or −1 when the data has ended.</returns>
    public int Bit()
    {
        if (bitsLeft == 0)
        {
            if (HitMarker || position >= file.Length)
            {
                HitMarker = true;
                return -1;
            }

            var value = file[position];
            if (value == 0xFF)
            {
                if (position + 1 >= file.Length || file[position + 1] != 0x00)
                {
                    HitMarker = true;
                    return -1;
                }

                position++;
            }

            position++;
            current = value;
            bitsLeft = 8;
        }

        bitsLeft--;
        return (current >> bitsLeft) & 1;
    }

    public bool Skip(int bits)
    {
        for (var b = 0; b < bits; b++)
        {
            if (Bit() < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Drops the bits left in the byte (an encoder pads with ones) and reads a restart marker: its number 0–7, or null.</summary>
    public int? Restart()
    {
        bitsLeft = 0;
        var marker = Marker();
        if (marker is >= 0xD0 and <= 0xD7)
        {
            position += 2;
            return marker - 0xD0;
        }

        return null;
    }

    /// <summary>Whether a marker follows the last block at once (only padding bits between).</summary>
    public bool End()
    {
        bitsLeft = 0;
        return Marker() is > 0;
    }

    /// <summary>The marker at <see cref="Position"/> after any fill bytes (FF FF…), or −1 when there is none there.</summary>
    private int Marker()
    {
        while (position + 1 < file.Length && file[position] == 0xFF && file[position + 1] == 0xFF)
        {
            position++;
        }

        return position + 1 < file.Length && file[position] == 0xFF && file[position + 1] != 0x00 ? file[position + 1] : -1;
    }
}
