using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using CsCheck;
using HarfBuzzSharp;
using Publish.Styles.Fonts;

namespace Publish.Styles.Tests;

/// <summary>The font checker on hostile copies of a shipped font, made by the test in memory or a temp folder.</summary>
public sealed class FontFileCheckerTests
{
    public static TheoryData<string> ShippedFonts() =>
        [.. Directory.GetFiles(Path.Combine(StyleFixture.StylesDirectory, "fonts"), "*.ttf").Select(f => new FileInfo(f).Name).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedFonts))]
    public void Every_shipped_font_is_usable(string file)
    {
        var verdict = FontFileChecker.Check(FontBytes.ShippedPath(file));

        Assert.True(verdict.IsUsable, verdict.Reason);
    }

    [Fact]
    public void A_font_cut_anywhere_before_the_end_of_its_tables_is_damaged()
    {
        var font = FontBytes.NotoSerif();
        var end = FontBytes.EndOfTables(font);
        var directoryEnd = 12 + (BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4)) * 16);
        int[] edges = [0, 1, 4, 11, 12, 13, directoryEnd - 1, directoryEnd, directoryEnd + 1, end / 2, end - 1];

        foreach (var length in edges)
        {
            Assert.Equal(FontFileProblem.Damaged, FontFileChecker.Check(font.AsSpan(0, length)).Problem);
        }

        Gen.Int[0, end - 1].Sample(length => FontFileChecker.Check(font.AsSpan(0, length)).Problem == FontFileProblem.Damaged, iter: 2_000);
    }

    [Fact]
    public void A_cut_after_the_table_directory_says_the_file_is_truncated()
    {
        var font = FontBytes.NotoSerif();

        var verdict = FontFileChecker.Check(font.AsSpan(0, font.Length / 2));

        Assert.Equal(FontFileProblem.Damaged, verdict.Problem);
        Assert.Contains("past the end of the", verdict.Reason, StringComparison.Ordinal);
        Assert.Contains("truncated", verdict.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0x0000, false)] // installable
    [InlineData(0x0001, false)] // reserved bit only
    [InlineData(0x0002, true)] // restricted licence
    [InlineData(0x0004, false)] // preview & print
    [InlineData(0x0008, false)] // editable
    [InlineData(0x0006, false)] // pre-version-3 fonts may set several bits: the least restrictive applies
    [InlineData(0x000A, false)]
    [InlineData(0x0200, true)] // bitmap embedding only
    [InlineData(0x0208, true)]
    [InlineData(0x0100, true)] // no subsetting
    [InlineData(0x0104, true)]
    public void Licence_bits_decide_whether_the_font_may_be_embedded(int fsType, bool forbidden)
    {
        var font = FontBytes.WithFsType(FontBytes.NotoSerif(), fsType);
        Assert.Equal(fsType, FontBytes.FsType(font));

        var verdict = FontFileChecker.Check(font);

        Assert.Equal(forbidden ? FontFileProblem.EmbeddingForbidden : null, verdict.Problem);
        if (forbidden)
        {
            Assert.Contains($"fsType 0x{fsType:X4}", verdict.Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(0x0002, "restricted licence embedding")]
    [InlineData(0x0200, "only bitmap embedding")]
    [InlineData(0x0100, "forbid subsetting")]
    public void A_forbidden_font_says_why(int fsType, string why)
    {
        var verdict = FontFileChecker.Check(FontBytes.WithFsType(FontBytes.NotoSerif(), fsType));

        Assert.Contains(why, verdict.Reason, StringComparison.Ordinal);
        Assert.Contains("embed", verdict.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body>Download</body></html>", "'<!DO'")]
    [InlineData("PK\u0003\u0004zipped fonts, not a font", "50 4B 03 04")]
    [InlineData("wOF2\0\u0001\0\0 a web font header", "WOFF")]
    [InlineData("", "0 bytes long")]
    [InlineData("\0\u0001\0\0\0\u0001", "6 bytes long")]
    public void A_file_that_is_not_a_font_says_so(string content, string detail)
    {
        var verdict = FontFileChecker.Check(Encoding.Latin1.GetBytes(content));

        Assert.Equal(FontFileProblem.Damaged, verdict.Problem);
        Assert.Contains(detail, verdict.Reason, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> MissingTables() => new()
    {
        { "cmap", "no character map" },
        { "glyf", "no glyph outlines" },
        { "maxp", "no glyph count" },
        { "head", "no font header" },
        { "hmtx", "no horizontal metrics" },
    };

    [Theory]
    [MemberData(nameof(MissingTables))]
    public void A_font_without_a_table_it_needs_is_damaged(string tag, string detail)
    {
        var verdict = FontFileChecker.Check(FontBytes.WithTableHidden(FontBytes.NotoSerif(), tag));

        Assert.Equal(FontFileProblem.Damaged, verdict.Problem);
        Assert.Contains(detail, verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_font_with_no_glyph_but_notdef_is_damaged()
    {
        var verdict = FontFileChecker.Check(FontBytes.WithUInt16(FontBytes.NotoSerif(), "maxp", 4, 1));

        Assert.Equal((FontFileProblem.Damaged, "it contains no glyphs"), (verdict.Problem!.Value, verdict.Reason));
    }

    [Fact]
    public void A_font_with_a_broken_header_magic_number_is_damaged()
    {
        var verdict = FontFileChecker.Check(FontBytes.WithUInt16(FontBytes.NotoSerif(), "head", 12, 0));

        Assert.Equal(FontFileProblem.Damaged, verdict.Problem);
        Assert.Contains("magic number", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_directory_out_of_tag_order_is_damaged()
    {
        // HarfBuzz looks tables up by binary search: with 'gasp' renamed past 'maxp' it would find no glyph count.
        var font = FontBytes.NotoSerif();
        font[FontBytes.Table(font, "gasp").Record] = (byte)'z';

        var verdict = FontFileChecker.Check(font);

        Assert.Equal(FontFileProblem.Damaged, verdict.Problem);
        Assert.Contains("ascending tag order", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_character_map_without_a_unicode_subtable_is_damaged()
    {
        // Every encoding record becomes Macintosh (platform 1), which maps no Unicode text.
        var font = FontBytes.NotoSerif();
        var cmap = FontBytes.Table(font, "cmap").Offset;
        var records = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(cmap + 2));
        for (var i = 0; i < records; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(cmap + 4 + (i * 8)), 1);
        }

        var verdict = FontFileChecker.Check(font);

        Assert.Equal(FontFileProblem.Damaged, verdict.Problem);
        Assert.Contains("no usable Unicode subtable", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_font_of_a_collection_is_checked()
    {
        var font = FontBytes.NotoSerif();

        Assert.True(FontFileChecker.Check(FontBytes.AsCollection(font)).IsUsable);
        Assert.Equal(FontFileProblem.EmbeddingForbidden, FontFileChecker.Check(FontBytes.AsCollection(FontBytes.WithFsType(font, 0x0002))).Problem);
        var pastTheEnd = FontFileChecker.Check(FontBytes.AsCollection(font, firstFontOffset: (uint)font.Length + 100));
        Assert.Equal(FontFileProblem.Damaged, pastTheEnd.Problem);
        Assert.Contains("collection", pastTheEnd.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_without_reading_it()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "huge.ttf");
        using (var stream = File.Create(path))
        {
            // Sparse on Linux: no 64 MiB are written, and the checker must not read them either.
            stream.SetLength(FontFileChecker.MaxFontFileBytes + 1);
        }

        var verdict = FontFileChecker.Check(path);

        Assert.Equal(FontFileProblem.TooLarge, verdict.Problem);
        Assert.Contains("67,108,865 bytes", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_that_is_not_a_regular_file_is_refused_not_read_and_not_an_exception()
    {
        using var folder = new TempFolder();

        var verdict = FontFileChecker.Check(folder.Path);
        var device = FontFileChecker.Check("/dev/zero");

        Assert.Equal(FontFileProblem.NotRegularFile, verdict.Problem);
        Assert.Contains("folder", verdict.Reason, StringComparison.Ordinal);
        Assert.Equal(FontFileProblem.NotRegularFile, device.Problem);
        Assert.Contains("character device", device.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_that_cannot_be_read_is_damaged_not_an_exception()
    {
        var verdict = FontFileChecker.Check("/proc/self/status");

        Assert.Equal(FontFileProblem.Damaged, verdict.Problem);
        Assert.Contains("cannot be read", verdict.Reason, StringComparison.Ordinal);
    }

    /// <summary>
    /// HarfBuzz sets the book: whatever the checker lets through, HarfBuzz must read as a real face (glyphs,
    /// a sane em). Random damage to the header, directory and first tables; never an exception.
    /// </summary>
    [Fact]
    public void Whatever_the_checker_accepts_harfbuzz_reads_as_a_face_with_glyphs()
    {
        var font = FontBytes.NotoSerif();
        var damage = Gen.Select(Gen.Int[0, 2047], Gen.Byte).Array[1, 4];

        damage.Sample(
            hits =>
            {
                var copy = (byte[])font.Clone();
                foreach (var (offset, value) in hits)
                {
                    copy[offset] = value;
                }

                return !FontFileChecker.Check(copy).IsUsable || HarfBuzzGlyphCount(copy) > 1;
            },
            iter: 1_000);
    }

    /// <summary>Random bytes behind each header the checker knows (sfnt, OTTO, ttcf, WOFF): a verdict, never an exception.</summary>
    [Fact]
    public void Random_bytes_behind_a_font_header_get_a_verdict_not_an_exception()
    {
        byte[][] heads = [[0, 1, 0, 0], "OTTO"u8.ToArray(), "true"u8.ToArray(), "ttcf"u8.ToArray(), "wOFF"u8.ToArray(), []];

        Gen.Select(Gen.Int[0, heads.Length - 1], Gen.Byte.Array[0, 600])
            .Sample(
                pair =>
                {
                    var verdict = FontFileChecker.Check([.. heads[pair.Item1], .. pair.Item2]);
                    return verdict.IsUsable || verdict.Reason.Length > 0;
                },
                iter: 20_000);
    }

    private static int HarfBuzzGlyphCount(byte[] font)
    {
        var pinned = GCHandle.Alloc(font, GCHandleType.Pinned);
        try
        {
            using var blob = new Blob(pinned.AddrOfPinnedObject(), font.Length, MemoryMode.ReadOnly);
            using var face = new Face(blob, 0);
            return face.GlyphCount;
        }
        finally
        {
            pinned.Free();
        }
    }
}
