using System.Buffers.Binary;
using System.Globalization;

namespace Publish.Imaging;

/// <summary>
/// Walks the entropy-coded data of a Huffman JPEG, sequential (SOF0, SOF1: what cameras, phones and most tools
/// write) or progressive (SOF2: what the web and many exporters write; <see cref="ProgressiveScan"/>), block by
/// block as a decoder does, and reports what libjpeg only warns about and then fills with grey: a Huffman code no
/// table defines, a run past the 64th coefficient, a scan ending before its last block ("premature end of data
/// segment"), bytes left over after it ("extraneous bytes before marker"), a restart marker missing or out of turn,
/// a progressive scan refining bits that were never sent. SkiaSharp's decoder accepts such files as complete, and a
/// PDF viewer or qpdf that is strict about them then fails on the page. Values are not computed, only codes and
/// bit counts, so it runs in linear time; memory is the file, plus 8 bytes a block for a progressive one.
/// An arithmetic-coded JPEG is refused (<see cref="ArithmeticCoded"/>); lossless and hierarchical ones are left to
/// the decoder (null).
/// </summary>
public static class JpegScanCheck
{
    private const int Blocks = 64;

    private const string CutInSegment = "its data ends inside a segment (the file is truncated or corrupt)";

    /// <summary>
    /// Why an arithmetic-coded JPEG (SOF9–SOF11, SOF13–SOF15) is refused rather than decoded and re-encoded, as the
    /// PDF and the EPUB would otherwise do (neither passes it through: pdf.js and many viewers and reading systems
    /// cannot show it): its damage cannot be found. Every bit string is a valid arithmetic code, and the encoder
    /// drops the zero bytes at the end of a scan, so a decoder reads zeros past the data's end whether the file was
    /// cut or not; libjpeg fills a damaged or missing part with grey without an error, and SkiaSharp reports success.
    /// A lossless re-save with Huffman coding (jpegtran) makes it a file that can be checked, and shown anywhere.
    /// </summary>
    public const string ArithmeticCoded =
        "it is an arithmetic-coded JPEG, whose damage cannot be detected and which many PDF viewers and e-book readers cannot show; "
        + "re-save it with Huffman coding (losslessly: jpegtran -optimize photo.jpg > fixed.jpg)";

    /// <returns>Null when the scans are sound or the file is not a Huffman JPEG; otherwise the damage, for a message.</returns>
    public static string? Problem(ReadOnlySpan<byte> file) => Problem(file, "a progressive JPEG's coefficient map");

    /// <inheritdoc cref="Problem(ReadOnlySpan{byte})"/>
    /// <param name="file">The file's bytes.</param>
    /// <param name="name">What the memory a progressive walk reserves is for, should the budget refuse it.</param>
    public static string? Problem(ReadOnlySpan<byte> file, string name) => Problem(file, name, out _);

    /// <inheritdoc cref="Problem(ReadOnlySpan{byte}, string)"/>
    /// <param name="file">The file's bytes.</param>
    /// <param name="name">What the memory a progressive walk reserves is for, should the budget refuse it.</param>
    /// <param name="sound">
    /// True only when the file is a Huffman JPEG whose every scan was walked to its end marker and found whole; false
    /// for damage and for a file the walk leaves to the decoder (not a JPEG, lossless, hierarchical, a frame it cannot read).
    /// </param>
    public static string? Problem(ReadOnlySpan<byte> file, string name, out bool sound)
    {
        sound = false;
        if (file.Length < 4 || file[0] != 0xFF || file[1] != 0xD8)
        {
            return null;
        }

        Progression? progression = null;
        try
        {
            return Walk(file, name, ref progression, out sound);
        }
        finally
        {
            progression?.Dispose();
        }
    }

    private static string? Walk(ReadOnlySpan<byte> file, string name, ref Progression? progression, out bool sound)
    {
        sound = false;
        var tables = new HuffmanTable?[8];
        Frame? frame = null;
        var restartInterval = 0;
        var scans = 0;
        var coded = 0; // the frame components a sequential scan has sent, one bit each
        var i = 2;
        while (true)
        {
            if (i + 1 >= file.Length || file[i] != 0xFF)
            {
                return scans > 0 ? "its data does not end with an end-of-image marker" : null;
            }

            var marker = file[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }

            if (marker == 0xD9)
            {
                // A file cut between two scans and given an end marker (as some repair tools do) decodes without
                // a word: the components or coefficients never sent print grey or blurred.
                if (frame is null)
                {
                    return null;
                }

                sound = scans > 0 && (progression?.Complete ?? coded == (1 << frame.Components.Length) - 1);
                return sound ? null : "its scans end before every part of the picture is sent (the file is truncated)";
            }

            if (marker is 0x01 or 0xD8 or (>= 0xD0 and <= 0xD7))
            {
                i += 2;
                continue;
            }

            // Before the frame header the file may be no JPEG this walk knows; after it, a cut segment is damage.
            if (i + 4 > file.Length)
            {
                return frame is null ? null : CutInSegment;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(file[(i + 2)..]);
            if (length < 2 || i + 2 + length > file.Length)
            {
                return frame is null ? null : CutInSegment;
            }

            var body = file.Slice(i + 4, length - 2);
            switch (marker)
            {
                case >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC when frame is not null:
                    return "a second frame header follows its first (the file is corrupt)";
                case 0xC0 or 0xC1 or 0xC2:
                    frame = Frame.Read(body);
                    if (frame is null)
                    {
                        return null;
                    }

                    progression = marker == 0xC2 ? new Progression(frame, name) : null;
                    break;
                case >= 0xC9 and <= 0xCF and not 0xCC:
                    return ArithmeticCoded;
                case >= 0xC3 and <= 0xC7 and not 0xC4:
                    return null; // lossless or hierarchical
                case 0xC4:
                    if (!HuffmanTable.ReadAll(body, tables))
                    {
                        return "a Huffman table is malformed";
                    }

                    break;
                case 0xDD when body.Length >= 2:
                    restartInterval = BinaryPrimitives.ReadUInt16BigEndian(body);
                    break;
                case 0xDA:
                    if (frame is null)
                    {
                        return null;
                    }

                    var scan = new ScanReader(file, i + 2 + length);
                    var problem = progression is null
                        ? Scan(body, frame, tables, restartInterval, ref coded, ref scan)
                        : ProgressiveScan.Walk(body, frame, tables, restartInterval, progression, ref scan);
                    if (problem is not null)
                    {
                        return problem;
                    }

                    scans++;
                    i = scan.Position;
                    continue;
            }

            i += 2 + length;
        }
    }

    private static string? Scan(ReadOnlySpan<byte> header, Frame frame, HuffmanTable?[] tables, int restartInterval, ref int coded, ref ScanReader scan)
    {
        if (header.Length < 1 || header.Length < 1 + (2 * header[0]) + 3 || header[0] is 0 or > 4)
        {
            return "a scan header is malformed";
        }

        var count = header[0];
        var components = new (Component Component, HuffmanTable Dc, HuffmanTable Ac)[count];
        for (var c = 0; c < count; c++)
        {
            var id = header[1 + (2 * c)];
            var selectors = header[2 + (2 * c)];
            var index = Array.FindIndex(frame.Components, k => k.Id == id);
            var component = index < 0 ? null : frame.Components[index];
            coded |= index < 0 ? 0 : 1 << index;
            var dc = tables[selectors >> 4 & 3];
            var ac = tables[4 + (selectors & 3)];
            if (component is null || dc is null || ac is null)
            {
                return "a scan names a component or a Huffman table that is not defined";
            }

            components[c] = (component, dc, ac);
        }

        // One component alone is coded block by block over its own size; several are interleaved in MCUs.
        long mcus;
        if (count == 1)
        {
            var k = components[0].Component;
            var width = ((frame.Width * k.H) + frame.MaxH - 1) / frame.MaxH;
            var height = ((frame.Height * k.V) + frame.MaxV - 1) / frame.MaxV;
            mcus = (long)((width + 7) / 8) * ((height + 7) / 8);
            components[0] = (k with { H = 1, V = 1 }, components[0].Dc, components[0].Ac);
        }
        else
        {
            mcus = (long)((frame.Width + (8 * frame.MaxH) - 1) / (8 * frame.MaxH)) * ((frame.Height + (8 * frame.MaxV) - 1) / (8 * frame.MaxV));
        }

        var restart = 0;
        for (var mcu = 0L; mcu < mcus; mcu++)
        {
            if (restartInterval > 0 && mcu > 0 && mcu % restartInterval == 0)
            {
                if (scan.Restart() is not { } found || found != restart)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"its restart marker {restart} is missing or out of turn (the image data is corrupt)");
                }

                restart = (restart + 1) & 7;
            }

            foreach (var (component, dc, ac) in components)
            {
                for (var b = 0; b < component.H * component.V; b++)
                {
                    if (Block(ref scan, dc, ac) is { } problem)
                    {
                        return scan.HitMarker
                            ? string.Create(CultureInfo.InvariantCulture, $"its image data ends early, at block group {mcu:N0} of {mcus:N0} (the file is truncated or corrupt)")
                            : problem;
                    }
                }
            }
        }

        return scan.End() ? null : "bytes follow its image data where its end was due (the image data is corrupt)";
    }

    private static string? Block(ref ScanReader scan, HuffmanTable dc, HuffmanTable ac)
    {
        var size = dc.Decode(ref scan);
        if (size < 0 || size > 16 || !scan.Skip(size))
        {
            return "a Huffman code is invalid (the image data is corrupt)";
        }

        for (var k = 1; k < Blocks;)
        {
            var symbol = ac.Decode(ref scan);
            if (symbol < 0)
            {
                return "a Huffman code is invalid (the image data is corrupt)";
            }

            int run = symbol >> 4, bits = symbol & 15;
            if (bits == 0)
            {
                if (run != 15)
                {
                    break; // end of block
                }

                k += 16;
            }
            else
            {
                k += run + 1;
                if (!scan.Skip(bits))
                {
                    return "a Huffman code is invalid (the image data is corrupt)";
                }
            }

            if (k > Blocks)
            {
                return "a block has more than 64 coefficients (the image data is corrupt)";
            }
        }

        return null;
    }
}
