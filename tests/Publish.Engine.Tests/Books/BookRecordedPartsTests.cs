using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Publish.Engine.Caching;
using Publish.Imaging;
using Publish.Typesetting.Frames;
using UglyToad.PdfPig;

namespace Publish.Engine.Tests.Books;

/// <summary>
/// Issue 20, incremental books: a book rebuilt after one article changed takes its unchanged pages' deflated content
/// streams (<see cref="BookStreamCache"/>) and its unchanged photos' inspections (<see cref="BookPhotoMemory"/>) from the
/// last build instead of making them again. What is taken is really what is written (a doctored record shows up in the
/// PDF), a damaged record is a miss, and nothing of it changes the editions' bytes.
/// </summary>
public sealed class BookRecordedPartsTests
{
    private const string Magic = BookArticleCache.Magic;

    /// <summary>Three articles, two with photos, built into a book only (also used by <see cref="BookReadRecordsTests"/>).</summary>
    internal const string Manifest = """
        books:
          - name: issue-1
            title: Issue One
            alone: false
            parts: [articles/alpha.md, articles/beta.md, articles/gamma.md]
        """;

    [Fact]
    public void Recorded_page_streams_are_what_a_rebuild_writes_and_a_damaged_record_is_a_miss()
    {
        using var scratch = new ScratchFolder();
        var request = Request(scratch, "out");
        var publisher = ReleaseArchive.Publisher();
        Assert.True(publisher.Build(request).Succeeded);
        var streams = scratch.File("out/.publish-cache/books/issue-1.streams");
        Assert.True(File.Exists(streams));

        // Every recorded stream doctored (a comment added, still a valid content stream): a rebuild that takes the
        // records writes them, so its PDF differs from a cold build's; one that set its pages anew would not.
        var original = File.ReadAllBytes(streams);
        File.WriteAllBytes(streams, Doctored(original));
        File.WriteAllText(scratch.File("articles/beta.md"), ReleaseArchive.Article("Beta", "beta.png").Replace("quiet hour", "zephyrous hour", StringComparison.Ordinal));
        Assert.True(publisher.Build(request).Succeeded);
        Assert.True(publisher.Build(request with { OutputFolder = scratch.File("cold") }).Succeeded);
        Assert.NotEqual(File.ReadAllBytes(scratch.File("cold/issue-1.pdf")), File.ReadAllBytes(scratch.File("out/issue-1.pdf")));
        using (var pdf = PdfDocument.Open(scratch.File("out/issue-1.pdf")))
        {
            Assert.Contains(pdf.GetPages(), p => p.Text.Contains("zephyrous", StringComparison.Ordinal));
        }

        // A damaged record (one byte changed) is a miss: every page is set anew, the same bytes as a cold build.
        var damaged = File.ReadAllBytes(streams);
        damaged[^1] ^= 0x5a;
        File.WriteAllBytes(streams, damaged);
        File.WriteAllText(scratch.File("articles/beta.md"), ReleaseArchive.Article("Beta", "beta.png").Replace("quiet hour", "zephyrous hours", StringComparison.Ordinal));
        Assert.True(publisher.Build(request).Succeeded);
        Assert.True(publisher.Build(request with { OutputFolder = scratch.File("cold2") }).Succeeded);
        Assert.Equal(ReleaseArchive.Editions(scratch.File("cold2")), ReleaseArchive.Editions(scratch.File("out")));
    }

    [Fact]
    public void Recorded_zip_entries_are_what_a_rebuild_packs_and_a_damaged_record_is_a_miss()
    {
        using var scratch = new ScratchFolder();
        var request = Request(scratch, "out");
        var publisher = ReleaseArchive.Publisher();
        Assert.True(publisher.Build(request).Succeeded);
        var entries = scratch.File("out/.publish-cache/books/issue-1.zipentries");
        Assert.True(File.Exists(entries));

        // One article changed: its document is deflated anew, the others are taken; the EPUB is a cold build's, valid,
        // with the new text in the article's XHTML.
        File.WriteAllText(scratch.File("articles/beta.md"), ReleaseArchive.Article("Beta", "beta.png").Replace("quiet hour", "zephyrous hour", StringComparison.Ordinal));
        Assert.True(publisher.Build(request).Succeeded);
        Assert.True(publisher.Build(request with { OutputFolder = scratch.File("cold") }).Succeeded);
        Assert.Equal(File.ReadAllBytes(scratch.File("cold/issue-1.epub")), File.ReadAllBytes(scratch.File("out/issue-1.epub")));
        using (var zip = ZipFile.OpenRead(scratch.File("out/issue-1.epub")))
        {
            Assert.Contains(zip.Entries, e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal)
                && TextOf(e).Contains("zephyrous hour", StringComparison.Ordinal));
        }

        Hostile.EditionValidators.AssertEpubClean(scratch.File("out/issue-1.epub"));

        // Every recorded entry doctored: a rebuild packs the doctored bytes, so they really are taken, not deflated again.
        var marker = Deflated("doctored entry");
        File.WriteAllBytes(entries, WithEntries(File.ReadAllBytes(entries), _ => marker));
        File.WriteAllText(scratch.File("articles/beta.md"), ReleaseArchive.Article("Beta", "beta.png").Replace("quiet hour", "zephyrous hours", StringComparison.Ordinal));
        Assert.True(publisher.Build(request).Succeeded);
        Assert.True(File.ReadAllBytes(scratch.File("out/issue-1.epub")).AsSpan().IndexOf(marker) > 0);

        // A damaged record (one byte changed) is a miss: every entry is deflated anew, the same bytes as a cold build.
        var damaged = File.ReadAllBytes(entries);
        damaged[^1] ^= 0x5a;
        File.WriteAllBytes(entries, damaged);
        File.WriteAllText(scratch.File("articles/beta.md"), ReleaseArchive.Article("Beta", "beta.png").Replace("quiet hour", "zephyrous hour", StringComparison.Ordinal));
        Assert.True(publisher.Build(request).Succeeded);
        Assert.Equal(File.ReadAllBytes(scratch.File("cold/issue-1.epub")), File.ReadAllBytes(scratch.File("out/issue-1.epub")));
    }

    [Fact]
    public void A_recorded_layout_is_read_without_its_glyphs_which_its_tail_gives_when_a_run_is_decoded()
    {
        using var scratch = new ScratchFolder();
        Assert.True(ReleaseArchive.Publisher().Build(Request(scratch, "out")).Succeeded);
        var record = Directory.GetFiles(scratch.File("out/.publish-cache/books/issue-1.articles")).First();
        using var fonts = new Publish.Typesetting.Fonts.FontLibrary();
        var (_, front, tail) = ArticleRecordFile.Open(record, Magic, out var handle)!.Value;
        using (handle)
        {
            // Reading the front decodes no glyph; the tail is only where the runs' sections point.
            Assert.True(tail.Length > 0);
            var layout = ArticleLayoutCodec.Read(front, tail, fonts);
            var runs = layout.Pages.SelectMany(p => p.Items.OfType<GlyphRun>()).ToList();
            Assert.NotEmpty(runs);
            Assert.All(runs, run => Assert.False(run.Glyphs.IsDecoded));

            // Decoded, the runs' glyphs are the words of the article, read back from the tail.
            var text = string.Concat(runs.SelectMany(r => r.Glyphs).Select(g => g.Text));
            Assert.Contains("quiet", text, StringComparison.Ordinal);
            Assert.All(runs, run => Assert.True(run.Glyphs.IsDecoded));
        }

        // Cut short inside the runs' sections: an error (a miss to the cache), never a layout.
        var cut = new ArraySegment<byte>(front.Array!, front.Offset, front.Count / 2);
        Assert.ThrowsAny<Exception>(() => ArticleLayoutCodec.Read(cut, tail, fonts));
    }

    /// <summary>
    /// Each record's glyphs changed after it was written (its front intact) and the page streams gone, so a rebuild takes
    /// the unchanged articles' layouts from their fronts and must then read their glyphs to format every page: the
    /// changed glyphs fail their checksum there, and the book is built again from its text, with the same editions as a
    /// cold build, no error and no file left behind.
    /// </summary>
    [Fact]
    public void Recorded_glyphs_that_changed_on_disk_after_the_layout_was_read_make_the_book_build_again_from_its_text()
    {
        using var scratch = new ScratchFolder();
        var request = Request(scratch, "out");
        var publisher = ReleaseArchive.Publisher();
        Assert.True(publisher.Build(request).Succeeded);
        foreach (var record in Directory.GetFiles(scratch.File("out/.publish-cache/books/issue-1.articles")))
        {
            var bytes = File.ReadAllBytes(record);
            bytes[^1] ^= 0x5a;
            File.WriteAllBytes(record, bytes);
        }

        File.Delete(scratch.File("out/.publish-cache/books/issue-1.streams"));
        File.WriteAllText(scratch.File("articles/beta.md"), ReleaseArchive.Article("Beta", "beta.png").Replace("quiet hour", "zephyrous hour", StringComparison.Ordinal));
        var rebuilt = Assert.Single(publisher.Build(request).Books);
        Assert.True(rebuilt.Succeeded, string.Join('\n', rebuilt.Diagnostics));
        Assert.DoesNotContain(rebuilt.Diagnostics, d => d.Severity >= Publish.Model.Diagnostics.DiagnosticSeverity.Warning);
        Assert.True(publisher.Build(request with { OutputFolder = scratch.File("cold") }).Succeeded);
        Assert.Equal(ReleaseArchive.Editions(scratch.File("cold")), ReleaseArchive.Editions(scratch.File("out")));
        Assert.Equal(["issue-1.epub", "issue-1.pdf"], Directory.GetFiles(scratch.File("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Each article's record cut short and checksummed again, so only reading its layout can tell: every article is
    /// set anew, with the same editions as a cold build, never an error and never glyphs decoded from a wrong place later.
    /// </summary>
    [Fact]
    public void A_recorded_layout_that_does_not_read_back_is_a_miss_under_a_valid_checksum()
    {
        using var scratch = new ScratchFolder();
        var request = Request(scratch, "out");
        var publisher = ReleaseArchive.Publisher();
        Assert.True(publisher.Build(request).Succeeded);
        var records = Directory.GetFiles(scratch.File("out/.publish-cache/books/issue-1.articles"));
        Assert.Equal(3, records.Length);
        foreach (var record in records)
        {
            var (key, front, tail) = ArticleRecordFile.Open(record, Magic, out var handle)!.Value;
            var glyphs = tail.Bytes;
            handle!.Dispose();
            ArticleRecordFile.Write(record, Magic, key, front.AsMemory(0, front.Count * 2 / 3), glyphs);
            Assert.NotNull(ArticleRecordFile.Open(record, Magic, out handle));
            handle!.Dispose();
        }

        File.WriteAllText(scratch.File("articles/beta.md"), ReleaseArchive.Article("Beta", "beta.png").Replace("quiet hour", "zephyrous hour", StringComparison.Ordinal));
        var rebuilt = Assert.Single(publisher.Build(request).Books);
        Assert.True(rebuilt.Succeeded, string.Join('\n', rebuilt.Diagnostics));
        Assert.True(publisher.Build(request with { OutputFolder = scratch.File("cold") }).Succeeded);
        Assert.Equal(ReleaseArchive.Editions(scratch.File("cold")), ReleaseArchive.Editions(scratch.File("out")));
    }

    [Fact]
    public void A_stream_cache_keeps_only_the_streams_of_its_last_pdf()
    {
        using var scratch = new ScratchFolder();
        var first = BookStreamCache.Open(scratch.Path, "b", read: true);
        first.Keep(Key(1), [1, 2, 3]);
        first.Keep(Key(2), [4]);
        first.Save();

        var second = BookStreamCache.Open(scratch.Path, "b", read: true);
        Assert.Equal([1, 2, 3], second.Find(Key(1))?.ToArray());
        Assert.Null(second.Find(Key(3)));
        Assert.Equal(1, second.Hits);
        second.Save();

        var third = BookStreamCache.Open(scratch.Path, "b", read: true);
        Assert.NotNull(third.Find(Key(1)));
        Assert.Null(third.Find(Key(2))); // not used by the second PDF, so dropped
        Assert.Null(BookStreamCache.Open(scratch.Path, "b", read: false).Find(Key(1)));
    }

    [Fact]
    public void A_photo_is_taken_as_inspected_only_while_its_size_and_time_are_as_recorded()
    {
        using var scratch = new ScratchFolder();
        var photo = scratch.File("photo.png");
        File.Copy(ReleaseArchive.HarbourImage, photo);
        var inspected = ImageInspector.Inspect(photo);
        Assert.True(inspected.IsSound);
        var record = InputHasher.File(photo);

        var first = BookPhotoMemory.Open(scratch.Path, "b", [record]);
        Assert.Null(first.Find(photo));
        first.Keep(photo, inspected);
        first.Save([record]);

        var second = BookPhotoMemory.Open(scratch.Path, "b", [InputHasher.Refresh(record)]);
        Assert.Equal(inspected, second.Find(photo));
        Assert.Equal(record, second.Hash(photo));

        // While the memory is in use, the inspector answers from it: a photo recorded as turned (orientation 6) is turned.
        var turned = BookPhotoMemory.Open(scratch.Path, "b", [record]);
        turned.Keep(photo, inspected with { Orientation = 6 });
        turned.Save([record]);
        using (ImageInspectionMemory.Use(BookPhotoMemory.Open(scratch.Path, "b", [record])))
        {
            Assert.Equal(6, ImageInspector.Inspect(photo).Orientation);
        }

        // The file rewritten with other bytes: its refreshed record has another hash, so it is inspected again.
        File.WriteAllBytes(photo, [.. File.ReadAllBytes(photo), 0]);
        var changed = BookPhotoMemory.Open(scratch.Path, "b", [InputHasher.Refresh(record)]);
        Assert.Null(changed.Find(photo));

        // A damaged file is empty, never an error.
        var path = scratch.File(".publish-cache/books/b.photos");
        var bytes = File.ReadAllBytes(path);
        bytes[^1] ^= 0x5a;
        File.WriteAllBytes(path, bytes);
        File.WriteAllBytes(photo, File.ReadAllBytes(ReleaseArchive.HarbourImage));
        Assert.Null(BookPhotoMemory.Open(scratch.Path, "b", [InputHasher.File(photo)]).Find(photo));
    }

    private static byte[] Key(byte seed) => SHA256.HashData(new[] { seed });

    /// <summary>The stream file with every stream's operators followed by a comment, its checksum made again.</summary>
    private static byte[] Doctored(byte[] file) => WithEntries(file, deflated =>
    {
        using var text = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(deflated), CompressionMode.Decompress))
        {
            zlib.CopyTo(text);
        }

        text.Write("\n% doctored\n"u8);
        using var again = new MemoryStream();
        using (var zlib = new ZLibStream(again, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(text.ToArray());
        }

        return again.ToArray();
    });

    /// <summary>A record of deflated entries (streams or zip entries) with each entry replaced, its checksum made again.</summary>
    private static byte[] WithEntries(byte[] file, Func<byte[], byte[]> replace)
    {
        using var reader = new BinaryReader(new MemoryStream(file), Encoding.UTF8);
        var magic = reader.ReadString();
        var writer = reader.ReadString();
        reader.ReadBytes(32);
        var content = reader.ReadBytes(reader.ReadInt32());
        using var entries = new BinaryReader(new MemoryStream(content), Encoding.UTF8);
        using var changed = new MemoryStream();
        using (var output = new BinaryWriter(changed, Encoding.UTF8, leaveOpen: true))
        {
            var count = entries.ReadInt32();
            output.Write(count);
            for (var i = 0; i < count; i++)
            {
                output.Write(entries.ReadBytes(32));
                var replaced = replace(entries.ReadBytes(entries.ReadInt32()));
                output.Write(replaced.Length);
                output.Write(replaced);
            }
        }

        var body = changed.ToArray();
        using var result = new MemoryStream();
        using (var output = new BinaryWriter(result, Encoding.UTF8, leaveOpen: true))
        {
            output.Write(magic);
            output.Write(writer);
            output.Write(SHA256.HashData(body));
            output.Write(body.Length);
            output.Write(body);
        }

        return result.ToArray();
    }

    private static string TextOf(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    /// <summary>What <paramref name="text"/> deflates to, raw as a zip entry holds it.</summary>
    private static byte[] Deflated(string text)
    {
        using var deflated = new MemoryStream();
        using (var deflate = new DeflateStream(deflated, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(Encoding.UTF8.GetBytes(text));
        }

        return deflated.ToArray();
    }

    /// <summary>The three-article archive and this class's manifest (<see cref="BookCacheTests.Request"/>).</summary>
    private static BuildRequest Request(ScratchFolder scratch, string output) => BookCacheTests.Request(scratch, output, Manifest);
}
