using Publish.Imaging;
using System.IO.Compression;
using Publish.Manuscript.Input;

namespace Publish.Manuscript.Tests.Input;

/// <summary>
/// A file is inspected through a window of <see cref="ImageInspector.FileWindowBytes"/> (headers, a JPEG's last
/// bytes), bytes in memory all at once: on images larger than the window, cut anywhere, both give one verdict.
/// </summary>
public sealed class ImageFileWindowTests : IDisposable
{
    private const int Window = ImageInspector.FileWindowBytes;

    private readonly string _folder = Directory.CreateTempSubdirectory("publish-image-window-").FullName;

    public static TheoryData<string> LargeImages() => ["JPEG with a long header", "JPEG with bytes after its end", "PNG with a long header", "GIF"];

    [Theory]
    [MemberData(nameof(LargeImages))]
    public void A_file_gets_the_verdict_of_its_bytes_wherever_it_is_cut(string kind)
    {
        var bytes = LargeImage(kind);
        Assert.True(ImageInspector.Inspect(bytes).IsSound, kind);

        foreach (var length in Cuts(bytes.Length))
        {
            Assert.Equal(ImageInspector.Inspect(bytes.AsSpan(0, length)), ImageInspector.Inspect(Write(bytes[..length])));
        }
    }

    [Fact]
    public void A_jpeg_header_longer_than_the_window_is_followed_to_its_frame_header()
    {
        var inspection = ImageInspector.Inspect(Write(Jpeg(headerSegments: 3, scanBytes: Window, trailing: [])));

        Assert.True(inspection.IsSound, inspection.Problem);
        Assert.Equal(("JPEG", 640, 480), (inspection.Format, inspection.Width, inspection.Height));
    }

    /// <summary>When the file does not end with it, the end-of-image marker is looked for window by window, and found across a window's edge.</summary>
    [Theory]
    [InlineData(Window - 2)]
    [InlineData(Window - 1)]
    [InlineData(Window)]
    [InlineData((3 * Window) - 1)]
    public void An_end_marker_before_trailing_bytes_is_found_wherever_it_falls(int scanBytes)
    {
        var jpeg = Jpeg(headerSegments: 0, scanBytes, trailing: new byte[2 * Window]);

        Assert.True(ImageInspector.Inspect(Write(jpeg)).IsSound);
    }

    [Fact]
    public void A_jpeg_without_an_end_marker_is_truncated_however_long_its_tail()
    {
        var jpeg = Jpeg(headerSegments: 1, scanBytes: 3 * Window, trailing: [])[..^2];

        var inspection = ImageInspector.Inspect(Write([.. jpeg, .. new byte[Window]]));

        Assert.Equal("the JPEG file is truncated", inspection.Problem);
    }

    [Fact]
    public void A_flipped_bit_deep_in_a_large_png_fails_its_checksum()
    {
        var png = Png(textBytes: 100, dataBytes: 5 * Window);
        png[png.Length - 12 - (2 * Window)] ^= 0x01;

        var inspection = ImageInspector.Inspect(Write(png));

        Assert.Equal("the checksum of its IDAT chunk is wrong (the file is corrupt)", inspection.Problem);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static byte[] LargeImage(string kind) => kind switch
    {
        "JPEG with a long header" => Jpeg(headerSegments: 2, scanBytes: 3 * Window, trailing: []),
        "JPEG with bytes after its end" => Jpeg(headerSegments: 0, scanBytes: 2 * Window, trailing: new byte[Window + 5]),
        "PNG with a long header" => Png(textBytes: 2 * Window, dataBytes: 3 * Window),
        "GIF" => Gif(subBlocks: 300),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Lengths to cut an image to: its first bytes, around every window edge, a sample between, its last bytes.</summary>
    private static SortedSet<int> Cuts(int length)
    {
        var cuts = new SortedSet<int>(Enumerable.Range(0, 40));
        for (var edge = Window; edge < length + Window; edge += Window)
        {
            cuts.UnionWith(Enumerable.Range(edge - 3, 7));
        }

        cuts.UnionWith(Enumerable.Range(0, length / 1_999).Select(i => i * 1_999));
        cuts.UnionWith(Enumerable.Range(length - 4, 5));
        cuts.RemoveWhere(cut => cut < 0 || cut > length);
        return cuts;
    }

    /// <summary>
    /// A real 640 × 480 JPEG (the inspector decodes every image) with <paramref name="headerSegments"/> full-size APP1
    /// segments spliced in after SOI, its scan data followed by FF fill bytes (ITU T.81 B.1.1.2: any marker may be
    /// preceded by them) so that its end-of-image marker comes exactly <paramref name="scanBytes"/> after the scan
    /// header, then <paramref name="trailing"/>.
    /// </summary>
    private static byte[] Jpeg(int headerSegments, int scanBytes, byte[] trailing)
    {
        var real = TestImageBytes.Jpeg(640, 480);
        var scanStart = ScanDataStart(real);
        var scan = real.AsSpan(scanStart, real.Length - 2 - scanStart);
        Assert.True(scan.Length <= scanBytes, $"the encoded scan has {scan.Length} bytes, more than the {scanBytes} asked");

        var jpeg = new MemoryStream();
        jpeg.Write([0xFF, 0xD8]);
        for (var i = 0; i < headerSegments; i++)
        {
            jpeg.Write([0xFF, 0xE1, 0xFF, 0xFF]);
            jpeg.Write(new byte[0xFFFF - 2]);
        }

        jpeg.Write(real.AsSpan(2, scanStart - 2));
        jpeg.Write(scan);
        jpeg.Write(Enumerable.Repeat((byte)0xFF, scanBytes - scan.Length).ToArray());
        jpeg.Write([0xFF, 0xD9]);
        jpeg.Write(trailing);
        return jpeg.ToArray();
    }

    /// <summary>Where the entropy-coded data of an encoded JPEG's (only) scan begins: just after its SOS segment.</summary>
    private static int ScanDataStart(byte[] jpeg)
    {
        var i = 2;
        while (jpeg[i + 1] != 0xDA)
        {
            i += 2 + ((jpeg[i + 2] << 8) | jpeg[i + 3]);
        }

        return i + 2 + ((jpeg[i + 2] << 8) | jpeg[i + 3]);
    }

    /// <summary>
    /// A real RGB PNG of random pixels whose IHDR is followed by a <paramref name="textBytes"/> tEXt chunk and an IDAT
    /// chunk of about <paramref name="dataBytes"/> (stored deflate blocks, so its size follows its pixels).
    /// </summary>
    private static byte[] Png(int textBytes, int dataBytes)
    {
        const int width = 64;
        const int rowBytes = 1 + (3 * width);
        var rows = Math.Max(1, dataBytes / rowBytes);
        var raw = new byte[rows * rowBytes];
        new Random(13).NextBytes(raw);
        for (var row = 0; row < rows; row++)
        {
            raw[row * rowBytes] = 0; // filter type None
        }

        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.NoCompression, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        var png = new MemoryStream();
        png.Write(TestImageBytes.Png(width, rows).AsSpan(0, 8 + 25));
        TestImageBytes.Chunk(png, "tEXt", [.. "Comment\0"u8, .. Enumerable.Repeat((byte)'x', textBytes)]);
        TestImageBytes.Chunk(png, "IDAT", compressed.ToArray());
        TestImageBytes.Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A one-frame GIF whose image data is <paramref name="subBlocks"/> full sub-blocks.</summary>
    private static byte[] Gif(int subBlocks)
    {
        var small = TestImageBytes.Gif(1);
        var gif = new MemoryStream();
        gif.Write(small.AsSpan(0, 13 + 6));
        gif.Write([0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02]);
        for (var i = 0; i < subBlocks; i++)
        {
            gif.WriteByte(0xFF);
            gif.Write(new byte[0xFF]);
        }

        gif.Write([0x00, 0x3B]);
        return gif.ToArray();
    }

    private string Write(byte[] bytes)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
