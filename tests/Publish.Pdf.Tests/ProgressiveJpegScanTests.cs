using Publish.Imaging;
using Publish.Pdf.Tests.Support;

namespace Publish.Pdf.Tests;

/// <summary>
/// Issue 14: a progressive JPEG's scans are walked block by block as a sequential one's are. SkiaSharp fills a cut
/// or damaged progressive scan with grey and reports success, so before the walk every damaged file here passed.
/// The files are cjpeg's (libjpeg-turbo), with the options and scan scripts that make each kind of scan occur.
/// </summary>
public sealed class ProgressiveJpegScanTests
{
    /// <summary>DC sent in two bits, each component's DC alone, AC in bands refined bit by bit (successive approximation).</summary>
    private const string Refined = "0: 0 0 0 1;\n1: 0 0 0 0;\n2: 0 0 0 0;\n0: 0 0 1 0;\n0: 1 63 0 3;\n0: 1 63 3 2;\n0: 1 63 2 1;\n0: 1 63 1 0;\n1: 1 5 0 1;\n1: 6 63 0 0;\n1: 1 5 1 0;\n2: 1 63 0 0;\n";

    /// <summary>Spectral selection only: each band sent once, whole.</summary>
    private const string Bands = "0 1 2: 0 0 0 0;\n0: 1 5 0 0;\n0: 6 63 0 0;\n1: 1 63 0 0;\n2: 1 63 0 0;\n";

    private static readonly Dictionary<string, Func<byte[]>> Files = new(StringComparer.Ordinal)
    {
        ["4:2:0"] = () => Cjpeg.Encode(false, "-progressive"),
        ["4:2:0, a restart every row of blocks"] = () => Cjpeg.Encode(false, "-progressive", "-restart", "1"),
        ["4:4:4, a restart every block"] = () => Cjpeg.Encode(false, "-progressive", "-sample", "1x1", "-restart", "1B"),
        ["4:1:1"] = () => Cjpeg.Encode(false, "-progressive", "-sample", "4x1"),
        ["grey"] = () => Cjpeg.Encode(true, "-progressive", "-restart", "3B"),
        ["successive approximation, restarts"] = () => Cjpeg.Scripted(Refined, "-progressive", "-sample", "1x1", "-restart", "2B"),
        ["spectral selection only"] = () => Cjpeg.Scripted(Bands, "-progressive"),
    };

    private static readonly Dictionary<string, Func<byte[], byte[]>> Damage = new(StringComparer.Ordinal)
    {
        ["cut in its longest scan"] = jpeg => { var (start, end) = LongestScan(jpeg); return [.. jpeg[..((start + end) / 2)], 0xFF, 0xD9]; },
        ["cut between two scans"] = jpeg => [.. jpeg[..Segments(jpeg).Last(s => s.Marker == 0xDA).At], 0xFF, 0xD9],
        ["scan bytes inverted"] = jpeg =>
        {
            var (start, end) = LongestScan(jpeg);
            var damaged = (byte[])jpeg.Clone();
            for (var i = start + ((end - start) / 4); i < start + (3 * (end - start) / 4); i += 5)
            {
                if (jpeg[i] != 0xFF && jpeg[i - 1] != 0xFF && (byte)~jpeg[i] != 0xFF)
                {
                    damaged[i] = (byte)~jpeg[i];
                }
            }

            return damaged;
        },
        ["tables after the first scan removed"] = jpeg =>
        {
            var first = Segments(jpeg).First(s => s.Marker == 0xDA).At;
            var damaged = jpeg.ToList();
            foreach (var table in Segments(jpeg).Where(s => s.Marker == 0xC4 && s.At > first).Reverse())
            {
                damaged.RemoveRange(table.At, table.Length);
            }

            return [.. damaged];
        },
        ["stray restart marker in its longest scan"] = jpeg =>
        {
            var (start, end) = LongestScan(jpeg);
            var at = (start + end) / 2;
            while (jpeg[at - 1] == 0xFF)
            {
                at++;
            }

            return [.. jpeg[..at], 0xFF, 0xD7, .. jpeg[at..]];
        },
    };

    public static TheoryData<string> Kinds() => [.. Files.Keys];

    public static TheoryData<string, string> Damages()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in Files.Keys)
        {
            foreach (var damage in Damage.Keys)
            {
                data.Add(kind, damage);
            }
        }

        return data;
    }


    [ToolTheory("cjpeg")]
    [MemberData(nameof(Kinds))]
    public void A_sound_progressive_jpeg_passes(string kind)
    {
        var jpeg = Files[kind]();
        Assert.Equal(0xC2, Segments(jpeg).First(s => s.Marker is >= 0xC0 and <= 0xC2).Marker);

        Assert.Null(JpegScanCheck.Problem(jpeg));
        Assert.Null(ImageDecodeCheck.Problem(jpeg, "photo.jpg"));
    }

    [ToolTheory("cjpeg")]
    [MemberData(nameof(Damages))]
    public void A_damaged_progressive_jpeg_is_refused(string kind, string damage)
    {
        var jpeg = Damage[damage](Files[kind]());

        Assert.NotNull(JpegScanCheck.Problem(jpeg));
        Assert.NotNull(ImageDecodeCheck.Problem(jpeg, "photo.jpg"));
    }

    /// <summary>libjpeg only warns "bogus progression" and decodes garbage: a refinement of bits never sent.</summary>
    [ToolFact("cjpeg")]
    public void A_refinement_scan_out_of_turn_is_refused()
    {
        var jpeg = Files["successive approximation, restarts"]();
        var refinement = Segments(jpeg).First(s => s.Marker == 0xDA && (jpeg[s.At + s.Length - 1] >> 4) != 0);
        var bits = refinement.At + refinement.Length - 1;
        jpeg[bits] = (byte)((jpeg[bits] + 0x11) & 0xFF); // Ah and Al one higher: refines a bit above the one sent

        Assert.Contains("out of order", JpegScanCheck.Problem(jpeg), StringComparison.Ordinal);
    }

    /// <summary>Every cut from the first scan on, with an end marker put back (as some repair tools do), is refused.</summary>
    [ToolFact("cjpeg")]
    public void Every_cut_of_a_progressive_jpeg_is_refused()
    {
        var jpeg = Files["successive approximation, restarts"]();
        var first = Segments(jpeg).First(s => s.Marker == 0xDA).At;
        var passed = Enumerable.Range(0, (jpeg.Length - 2 - first) / 7)
            .Select(k => first + (7 * k))
            .Where(at => JpegScanCheck.Problem([.. jpeg[..at], 0xFF, 0xD9]) is null)
            .ToList();

        Assert.Empty(passed);
    }

    /// <summary>
    /// Arithmetic coding cannot be checked (every bit string decodes; the encoder drops trailing zero bytes, so a cut is
    /// invisible) and many viewers cannot show it: refused with a way out, sequential or progressive.
    /// </summary>
    [ToolTheory("cjpeg")]
    [InlineData("-arithmetic")]
    [InlineData("-arithmetic -progressive")]
    public void An_arithmetic_coded_jpeg_is_refused_with_a_way_to_re_save_it(string options)
    {
        var jpeg = Cjpeg.Encode(false, options.Split(' '));

        Assert.Equal(JpegScanCheck.ArithmeticCoded, JpegScanCheck.Problem(jpeg));
        Assert.Contains("Huffman", ImageDecodeCheck.Problem(jpeg, "photo.jpg"), StringComparison.Ordinal);
    }

    /// <summary>The entropy-coded data of the scan with the most of it: from after its header to the next marker that is not a restart.</summary>
    private static (int Start, int End) LongestScan(byte[] jpeg) =>
        Segments(jpeg).Where(s => s.Marker == 0xDA).Select(s => (Start: s.At + s.Length, End: DataEnd(jpeg, s.At + s.Length))).MaxBy(s => s.End - s.Start);

    private static int DataEnd(byte[] jpeg, int i)
    {
        while (!(jpeg[i] == 0xFF && jpeg[i + 1] != 0x00 && jpeg[i + 1] is < 0xD0 or > 0xD7))
        {
            i++;
        }

        return i;
    }

    /// <summary>Each marker segment up to the end of image: marker, offset of its FF, length with the marker.</summary>
    private static List<(byte Marker, int At, int Length)> Segments(byte[] jpeg)
    {
        var segments = new List<(byte, int, int)>();
        var i = 2;
        while (jpeg[i + 1] != 0xD9)
        {
            var length = 2 + ((jpeg[i + 2] << 8) | jpeg[i + 3]);
            segments.Add((jpeg[i + 1], i, length));
            i = jpeg[i + 1] == 0xDA ? DataEnd(jpeg, i + length) : i + length;
        }

        return segments;
    }
}
