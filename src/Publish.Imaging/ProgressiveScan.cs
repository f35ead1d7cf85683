using System.Globalization;
using System.Numerics;

namespace Publish.Imaging;

/// <summary>
/// Walks one scan of a progressive Huffman JPEG (SOF2) as a decoder does (ITU T.81 G.1.2, libjpeg's jdphuff):
/// a DC scan sends each block's first coefficient (a Huffman-coded difference) or one more bit of it; an AC scan
/// sends a band of one component's coefficients, a first pass with runs of empty blocks (EOBRUN) or a refinement
/// that adds a correction bit to each coefficient already nonzero. Only codes and bit counts are followed, with
/// the same verdicts as for a sequential scan: a code no table defines, a band overrun, data ending before the last
/// block, bytes left after it, a restart marker missing or out of turn. Memory: one mask per block (<see cref="Progression"/>).
/// </summary>
internal static class ProgressiveScan
{
    private const string Invalid = "a Huffman code is invalid (the image data is corrupt)";

    private const string Overrun = "a block has more than 64 coefficients (the image data is corrupt)";

    public static string? Walk(ReadOnlySpan<byte> header, Frame frame, HuffmanTable?[] tables, int restartInterval, Progression progression, ref ScanReader scan)
    {
        if (header.Length < 1 || header[0] is 0 or > 4 || header.Length < 1 + (2 * header[0]) + 3)
        {
            return "a scan header is malformed";
        }

        var count = header[0];
        var bands = header[(1 + (2 * count))..];
        int ss = bands[0], se = bands[1], ah = bands[2] >> 4, al = bands[2] & 15;
        var dc = ss == 0;

        // libjpeg refuses these outright (JERR_BAD_PROGRESSION): a DC scan is coefficient 0 alone; an AC band is one component's.
        if ((dc ? se != 0 : se < ss || se > 63 || count != 1) || (ah != 0 && al != ah - 1) || al > 13)
        {
            return "a scan's band or bit position is invalid (the image data is corrupt)";
        }

        var components = new (Component Component, int Index, HuffmanTable? Table)[count];
        for (var c = 0; c < count; c++)
        {
            var id = header[1 + (2 * c)];
            var selectors = header[2 + (2 * c)];
            var index = Array.FindIndex(frame.Components, k => k.Id == id);

            // A DC refinement is raw bits: it needs no table, and a file may rightly define none for it.
            var table = dc ? (ah == 0 ? tables[selectors >> 4 & 3] : null) : tables[4 + (selectors & 3)];
            if (index < 0 || (table is null && !(dc && ah != 0)))
            {
                return "a scan names a component or a Huffman table that is not defined";
            }

            if (!progression.Admit(index, ss, se, ah, al))
            {
                return "its scans send a coefficient's bits out of order (the image data is corrupt)";
            }

            components[c] = (frame.Components[index], index, table);
        }

        return dc
            ? DcScan(frame, components, ah, restartInterval, ref scan)
            : AcScan(components[0], ss, se, ah, restartInterval, progression, ref scan);
    }

    private static string? DcScan(Frame frame, (Component Component, int Index, HuffmanTable? Table)[] components, int ah, int restartInterval, ref ScanReader scan)
    {
        // One component alone is coded block by block over its own size; several are interleaved in MCUs.
        long mcus;
        if (components.Length == 1)
        {
            var k = components[0].Component;
            mcus = (long)frame.BlocksWide(k) * frame.BlocksHigh(k);
            components[0] = components[0] with { Component = k with { H = 1, V = 1 } };
        }
        else
        {
            mcus = frame.InterleavedMcus;
        }

        var restart = 0;
        for (var mcu = 0L; mcu < mcus; mcu++)
        {
            if (restartInterval > 0 && mcu > 0 && mcu % restartInterval == 0)
            {
                if (Restart(ref scan, ref restart) is { } missing)
                {
                    return missing;
                }
            }

            foreach (var (component, _, table) in components)
            {
                for (var b = 0; b < component.H * component.V; b++)
                {
                    string? problem = null;
                    if (ah != 0)
                    {
                        if (!scan.Skip(1))
                        {
                            problem = Invalid;
                        }
                    }
                    else if (table!.Decode(ref scan) is var size && (size is < 0 or > 16 || !scan.Skip(size)))
                    {
                        problem = Invalid;
                    }

                    if (problem is not null)
                    {
                        return Failed(ref scan, problem, mcu, mcus);
                    }
                }
            }
        }

        return Ended(ref scan);
    }

    private static string? AcScan((Component Component, int Index, HuffmanTable? Table) component, int ss, int se, int ah, int restartInterval, Progression progression, ref ScanReader scan)
    {
        var masks = progression.Nonzero(component.Index);
        var table = component.Table!;
        var restart = 0;
        var eobrun = 0;
        for (var block = 0; block < masks.Length; block++)
        {
            if (restartInterval > 0 && block > 0 && block % restartInterval == 0)
            {
                if (Restart(ref scan, ref restart) is { } missing)
                {
                    return missing;
                }

                eobrun = 0; // an end-of-band run never crosses a restart marker
            }

            var problem = ah == 0
                ? AcFirst(ref scan, table, ss, se, ref eobrun, ref masks[block])
                : AcRefine(ref scan, table, ss, se, ref eobrun, ref masks[block]);
            if (problem is not null)
            {
                return Failed(ref scan, problem, block, masks.Length);
            }
        }

        return Ended(ref scan);
    }

    /// <summary>A band's first pass: (run, size) codes, ZRL for 16 zeros, EOBn for the rest of this block and of 2ⁿ+bits−1 more.</summary>
    private static string? AcFirst(ref ScanReader scan, HuffmanTable table, int ss, int se, ref int eobrun, ref ulong nonzero)
    {
        if (eobrun > 0)
        {
            eobrun--;
            return null;
        }

        for (var k = ss; k <= se; k++)
        {
            var symbol = table.Decode(ref scan);
            if (symbol < 0)
            {
                return Invalid;
            }

            int run = symbol >> 4, size = symbol & 15;
            if (size != 0)
            {
                k += run;
                if (k > se)
                {
                    return Overrun;
                }

                if (!scan.Skip(size))
                {
                    return Invalid;
                }

                nonzero |= 1UL << k;
            }
            else if (run == 15)
            {
                k += 15;
                if (k > se)
                {
                    return Overrun;
                }
            }
            else
            {
                return EndOfBand(ref scan, run, ref eobrun);
            }
        }

        return null;
    }

    /// <summary>
    /// A band's refinement: each code places one newly nonzero coefficient (size 1, a sign bit) after a run of
    /// coefficients still zero, and every coefficient already nonzero that it passes carries one correction bit;
    /// so does every one after an end of band.
    /// </summary>
    private static string? AcRefine(ref ScanReader scan, HuffmanTable table, int ss, int se, ref int eobrun, ref ulong nonzero)
    {
        var k = ss;
        if (eobrun == 0)
        {
            for (; k <= se; k++)
            {
                var symbol = table.Decode(ref scan);
                if (symbol < 0)
                {
                    return Invalid;
                }

                int run = symbol >> 4, size = symbol & 15;
                if (size == 0 && run != 15)
                {
                    if (EndOfBand(ref scan, run, ref eobrun) is { } problem)
                    {
                        return problem;
                    }

                    eobrun++; // this block's rest is corrected below, and counted there
                    break;
                }

                // A newly nonzero coefficient is ±1 at the bit being sent: libjpeg warns of any other size as a bad code.
                if (size > 1 || (size == 1 && !scan.Skip(1)))
                {
                    return Invalid;
                }

                // The code's coefficient (or a ZRL's last zero) is the (run+1)th coefficient from k still zero; each
                // nonzero one before it carries a correction bit. Found by bit operations, not coefficient by coefficient.
                var band = (ulong.MaxValue << k) & (ulong.MaxValue >> (63 - se));
                var zeros = ~nonzero & band;
                for (; run > 0 && zeros != 0; run--)
                {
                    zeros &= zeros - 1;
                }

                if (zeros == 0)
                {
                    return Overrun;
                }

                var at = BitOperations.TrailingZeroCount(zeros);
                if (!Skip(ref scan, BitOperations.PopCount(nonzero & band & ((1UL << at) - 1))))
                {
                    return Invalid;
                }

                k = at;
                if (size == 1)
                {
                    nonzero |= 1UL << k;
                }
            }
        }

        if (eobrun > 0)
        {
            // One correction bit for each nonzero coefficient left in the band.
            if (k <= se && !Skip(ref scan, BitOperations.PopCount(nonzero & (ulong.MaxValue << k) & (ulong.MaxValue >> (63 - se)))))
            {
                return Invalid;
            }

            eobrun--;
        }

        return null;
    }

    /// <summary>Skips up to 64 bits, at most 32 at a time (what the reader holds at once).</summary>
    private static bool Skip(ref ScanReader scan, int bits)
    {
        for (; bits > 0; bits -= 32)
        {
            if (!scan.Skip(Math.Min(bits, 32)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>EOBn: this block ends here, and 2ⁿ−1 plus n more bits' worth of the following ones are empty.</summary>
    private static string? EndOfBand(ref ScanReader scan, int run, ref int eobrun)
    {
        var extra = run == 0 ? 0 : scan.Read(run);
        if (extra < 0)
        {
            return Invalid;
        }

        eobrun = (1 << run) + extra - 1;
        return null;
    }

    private static string? Restart(ref ScanReader scan, ref int restart)
    {
        if (scan.Restart() is not { } found || found != restart)
        {
            return string.Create(CultureInfo.InvariantCulture, $"its restart marker {restart} is missing or out of turn (the image data is corrupt)");
        }

        restart = (restart + 1) & 7;
        return null;
    }

    private static string Failed(ref ScanReader scan, string problem, long at, long of) =>
        scan.HitMarker
            ? string.Create(CultureInfo.InvariantCulture, $"its image data ends early, at block group {at:N0} of {of:N0} (the file is truncated or corrupt)")
            : problem;

    private static string? Ended(ref ScanReader scan) =>
        scan.End() ? null : "bytes follow its image data where its end was due (the image data is corrupt)";
}
