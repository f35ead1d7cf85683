using System.Collections.Immutable;
using Publish.Engine.Books;
using Publish.Engine.Caching;
using Publish.Model.Diagnostics;

namespace Publish.Engine.Tests;

/// <summary>
/// The build cache's entries as bytes (<see cref="CacheEntryCodec"/>) and on disk (<see cref="BuildCache"/>): every member
/// comes back as it was written, and anything that is not a whole entry of this format is a miss.
/// </summary>
public sealed class CacheEntryCodecTests
{
    private static readonly ImmutableArray<InputRecord> Inputs =
    [
        new("/archive/reviews/çay-ve-şeker.md", IsListing: false, 12_345, 638_000_000_000_000_001, new string('a', 64)),
        new("/archive/reviews/images", IsListing: true, 0, 0, InputRecord.Absent),
    ];

    private static readonly ImmutableArray<CachedOutput> Outputs =
    [
        new(EditionFormats.Pdf, "/out/çay.pdf", 88_188, 638_000_000_000_000_002, new string('b', 64)),
        new(EditionFormats.Epub, "/out/çay.epub", 166_464, 638_000_000_000_000_003, new string('c', 64)),
    ];

    private static readonly ImmutableArray<CachedDiagnostic> Diagnostics =
    [
        new(DiagnosticSeverity.Warning, "PUB1201", "/archive/reviews/çay-ve-şeker.md", 9, 1, "no photo file for this caption: “çay.jpg”"),
        new(DiagnosticSeverity.Info, "PUB7010", "", 0, 0, "previous edition kept"),
        new(DiagnosticSeverity.Error, "PUB2001", "/archive/x.md", 3, 14, "a note is referenced but not defined"),
    ];

    private static CacheEntry Manuscript() =>
        new("/archive/reviews/çay-ve-şeker.md", "build-key", "entry-key", Inputs, Outputs, Diagnostics, new ManuscriptSummary("Çay ve Şeker", 3, 12, 1, 7));

    private static BookCacheEntry Book() =>
        new("/archive/publish.yaml#review-48", "build-key", "entry-key", Inputs, Outputs, Diagnostics, new BookSummary("Review of Eurasian Studies", 408, 40, 1_200, 80));

    /// <summary>The lists both kinds of entry hold, compared item by item (an immutable array compares by reference).</summary>
    private static void AssertSameLists(
        (ImmutableArray<InputRecord> Inputs, ImmutableArray<CachedOutput> Outputs, ImmutableArray<CachedDiagnostic> Diagnostics) written,
        (ImmutableArray<InputRecord> Inputs, ImmutableArray<CachedOutput> Outputs, ImmutableArray<CachedDiagnostic> Diagnostics) read)
    {
        Assert.Equal(written.Inputs.ToArray(), read.Inputs.ToArray());
        Assert.Equal(written.Outputs.ToArray(), read.Outputs.ToArray());
        Assert.Equal(written.Diagnostics.ToArray(), read.Diagnostics.ToArray());
    }

    [Fact]
    public void A_manuscripts_entry_comes_back_member_for_member()
    {
        var written = Manuscript();

        var read = CacheEntryCodec.DecodeManuscript(CacheEntryCodec.Encode(written));

        Assert.NotNull(read);
        Assert.Equal((written.Source, written.BuildKey, written.Key, written.Summary), (read.Source, read.BuildKey, read.Key, read.Summary));
        AssertSameLists((written.Inputs, written.Outputs, written.Diagnostics), (read.Inputs, read.Outputs, read.Diagnostics));
    }

    [Fact]
    public void A_books_entry_comes_back_member_for_member()
    {
        var written = Book();

        var read = CacheEntryCodec.DecodeBook(CacheEntryCodec.Encode(written));

        Assert.NotNull(read);
        Assert.Equal((written.Book, written.BuildKey, written.Key, written.Summary), (read.Book, read.BuildKey, read.Key, read.Summary));
        AssertSameLists((written.Inputs, written.Outputs, written.Diagnostics), (read.Inputs, read.Outputs, read.Diagnostics));
    }

    [Fact]
    public void An_entry_cut_short_anywhere_or_with_bytes_after_it_is_no_entry()
    {
        var bytes = CacheEntryCodec.Encode(Book());

        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.Null(CacheEntryCodec.DecodeBook(bytes[..length]));
        }

        Assert.Null(CacheEntryCodec.DecodeBook([.. bytes, 0]));
    }

    [Fact]
    public void An_unknown_severity_or_edition_format_is_no_entry()
    {
        var unknownSeverity = Manuscript() with { Diagnostics = [Diagnostics[0] with { Severity = (DiagnosticSeverity)99 }] };
        var unknownFormat = Manuscript() with { Outputs = [Outputs[0] with { Format = (EditionFormats)8 }] };

        Assert.Null(CacheEntryCodec.DecodeManuscript(CacheEntryCodec.Encode(unknownSeverity)));
        Assert.Null(CacheEntryCodec.DecodeManuscript(CacheEntryCodec.Encode(unknownFormat)));
    }

    [Fact]
    public void On_disk_a_changed_byte_is_a_miss_and_saving_removes_the_entry_kept_as_json_before()
    {
        using var scratch = new ScratchFolder();
        var cache = new BuildCache(scratch.Path);
        var legacy = scratch.Write(BuildCache.FolderName + "/cay.json", "{\"Source\":\"an entry of the JSON days\"}");

        cache.Save("cay", Manuscript());
        var file = scratch.File(BuildCache.FolderName + "/cay.entry");

        Assert.False(File.Exists(legacy));
        Assert.Equal("Çay ve Şeker", cache.Load("cay")?.Summary.Title);

        var bytes = File.ReadAllBytes(file);
        bytes[^5] ^= 0x20;
        File.WriteAllBytes(file, bytes);
        Assert.Null(cache.Load("cay"));

        Assert.True(cache.TrySaveBook("issue", Book(), out var error), error);
        Assert.Equal(408, cache.LoadBook("issue")?.Summary.Pages);
    }

    [Fact]
    public void A_books_entry_is_never_read_as_a_manuscripts_nor_the_other_way()
    {
        using var scratch = new ScratchFolder();
        var cache = new BuildCache(scratch.Path);
        cache.Save("cay", Manuscript());
        Assert.True(cache.TrySaveBook("issue", Book(), out var error), error);
        var manuscriptEntry = scratch.File(BuildCache.FolderName + "/cay.entry");
        var bookEntry = scratch.File(BuildCache.FolderName + "/" + BuildCache.BooksFolderName + "/issue.entry");
        var manuscriptBytes = File.ReadAllBytes(manuscriptEntry);

        File.Copy(bookEntry, manuscriptEntry, overwrite: true);
        File.WriteAllBytes(bookEntry, manuscriptBytes);

        Assert.Null(cache.Load("cay"));
        Assert.Null(cache.LoadBook("issue"));
    }
}
