using System.IO.Compression;
using System.Text;
using Publish.Epub.Packaging;

namespace Publish.Epub.Tests;

/// <summary>
/// The EPUB's zip is written by our own writer (so a rebuilt book can reuse deflated entries); it must give the bytes
/// <see cref="ZipArchive"/> gave for the same entries, which every edition before it was made with.
/// </summary>
public sealed class ArchiveWriterTests
{
    private static readonly DateTimeOffset BuildDate = DateTimeOffset.FromUnixTimeSeconds(1_700_000_001);

    /// <summary>Text that deflates, bytes that do not, an empty file both ways, a name beyond ASCII, an entry past 64 KiB.</summary>
    private static List<(string Name, byte[] Data, bool Compress)> Entries()
    {
        var random = new Random(7);
        var noise = new byte[70_000];
        random.NextBytes(noise);
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 5000).Select(i => $"<p id=\"p{i}\">Line {i} of a document.</p>\n")));
        return
        [
            ("META-INF/container.xml", "<container/>"u8.ToArray(), true),
            ("EPUB/text.xhtml", text, true),
            ("EPUB/empty.xhtml", [], true),
            ("EPUB/empty.bin", [], false),
            ("EPUB/images/0001.jpg", noise, false),
            ("EPUB/noise.bin", noise, true),
            ("EPUB/çà-ü.xhtml", "<p>ü</p>"u8.ToArray(), true),
            ("EPUB/one.txt", "x"u8.ToArray(), true),
        ];
    }

    [Fact]
    public void The_zip_is_byte_for_byte_what_ZipArchive_writes()
    {
        var ours = Ours(Entries(), cache: null);

        Assert.Equal(TheirsOf(Entries()), ours);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Files_streamed_into_a_seekable_or_unseekable_output_give_the_same_zip(bool seekable)
    {
        var writer = new EpubArchiveWriter();
        foreach (var (name, data, compress) in Entries())
        {
            writer.Add(name, new StreamedContent(data), compress);
        }

        using var output = new MemoryStream();
        writer.WriteTo(seekable ? output : new UnseekableStream(output), BuildDate);

        Assert.Equal(TheirsOf(Entries()), output.ToArray());
    }

    [Fact]
    public void Entries_taken_from_the_cache_give_the_same_zip_and_a_changed_entry_is_deflated_again()
    {
        var cache = new RecordingCache();
        var first = Ours(Entries(), cache);
        Assert.Equal(0, cache.Hits);

        var cold = Ours(Entries(), cache);
        Assert.Equal(first, cold);
        Assert.Equal(cache.Recorded.Count, cache.Hits);

        var changed = Entries();
        changed[1] = (changed[1].Name, Encoding.UTF8.GetBytes("<p>A new text.</p>"), true);
        var hitsBefore = cache.Hits;
        var rebuilt = Ours(changed, cache);
        Assert.Equal(TheirsOf(changed), rebuilt);
        Assert.Equal(cache.Recorded.Count - 2, cache.Hits - hitsBefore); // all but the changed text (now recorded too)

        using var zip = new ZipArchive(new MemoryStream(rebuilt), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("EPUB/text.xhtml")!.Open());
        Assert.Equal("<p>A new text.</p>", reader.ReadToEnd());
    }

    [Fact]
    public void A_recorded_entry_is_what_is_written()
    {
        var cache = new RecordingCache();
        var cold = Ours(Entries(), cache);
        var doctored = cache.DoctorEverything();

        var warm = Ours(Entries(), cache);
        Assert.NotEqual(cold, warm);
        Assert.True(warm.AsSpan().IndexOf(doctored) > 0);
    }

    private static byte[] Ours(List<(string Name, byte[] Data, bool Compress)> entries, IZipEntryCache? cache)
    {
        var writer = new EpubArchiveWriter(cache);
        foreach (var (name, data, compress) in entries)
        {
            writer.Add(name, data, compress);
        }

        using var output = new MemoryStream();
        writer.WriteTo(output, BuildDate);
        return output.ToArray();
    }

    /// <summary>The zip as the writer made it before: <see cref="ZipArchive"/> on a seekable stream.</summary>
    private static byte[] TheirsOf(List<(string Name, byte[] Data, bool Compress)> entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data, compress) in entries.Prepend(("mimetype", "application/epub+zip"u8.ToArray(), false)))
            {
                var entry = zip.CreateEntry(name, compress ? CompressionLevel.Optimal : CompressionLevel.NoCompression);
                entry.LastWriteTime = ZipTimestamp.From(BuildDate);
                using var stream = entry.Open();
                stream.Write(data);
            }
        }

        return output.ToArray();
    }

    /// <summary>Content copied when written, as a photo is from its file: not held in memory.</summary>
    private sealed class StreamedContent(byte[] data) : PackageContent
    {
        public override void WriteTo(Stream destination)
        {
            // In pieces, as a file is copied.
            for (var at = 0; at < data.Length; at += 4096)
            {
                destination.Write(data.AsSpan(at, Math.Min(4096, data.Length - at)));
            }
        }
    }

    private sealed class UnseekableStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    private sealed class RecordingCache : IZipEntryCache
    {
        public Dictionary<string, byte[]> Recorded { get; } = [];

        public int Hits { get; private set; }

        public ReadOnlyMemory<byte>? Find(ReadOnlySpan<byte> key)
        {
            if (!Recorded.TryGetValue(Convert.ToHexString(key), out var deflated))
            {
                return null;
            }

            Hits++;
            return deflated;
        }

        public void Keep(ReadOnlySpan<byte> key, byte[] deflated) => Recorded[Convert.ToHexString(key)] = deflated;

        /// <summary>Every recorded entry replaced by the deflated word "doctored", which it returns.</summary>
        public byte[] DoctorEverything()
        {
            using var deflated = new MemoryStream();
            using (var deflate = new DeflateStream(deflated, CompressionLevel.Optimal, leaveOpen: true))
            {
                deflate.Write("doctored"u8);
            }

            foreach (var key in Recorded.Keys.ToList())
            {
                Recorded[key] = deflated.ToArray();
            }

            return deflated.ToArray();
        }
    }
}
