using System.Collections.Concurrent;
using System.Text;
using Publish.Pdf.Tests.Support;
using Publish.Typesetting.Frames;

namespace Publish.Pdf.Tests;

/// <summary>
/// Issue 20, incremental books: a page whose content-stream key a cache knows is written as recorded, so the key must
/// cover everything its operators are formatted from — a changed glyph code (an alias given elsewhere in the book), a
/// changed font, a changed colour on an otherwise unchanged page is a miss — and a recorded run
/// (<see cref="DeferredGlyphs"/>) is keyed and counted into its font without decoding its glyphs.
/// </summary>
public sealed class PdfWriterContentCacheTests : IDisposable
{
    private const string SoftHyphen = "\u00AD";
    private readonly TestFont serif = new(RepositoryPaths.Font("NotoSerif-Regular.ttf"));
    private readonly TestFont bold = new(RepositoryPaths.Font("NotoSerif-Bold.ttf"));

    public void Dispose()
    {
        serif.Dispose();
        bold.Dispose();
    }

    [Fact]
    public void Recorded_glyphs_are_not_decoded_when_every_page_is_taken_from_the_cache()
    {
        var cache = new StreamCache();
        var eager = Book(serif);
        var cold = new PdfWriter { ContentStreams = cache }.WriteToArray(eager);

        var recorded = Recorded(eager);
        var warm = new PdfWriter { ContentStreams = cache }.WriteToArray(recorded);

        Assert.Equal(cold, warm);
        Assert.Equal(recorded.Pages.Length, cache.Hits);
        Assert.All(Runs(recorded), run => Assert.False(run.Glyphs.IsDecoded));

        // Without the cache the recorded glyphs are decoded and give the same file.
        Assert.Equal(cold, new PdfWriter().WriteToArray(recorded));
        Assert.All(Runs(recorded), run => Assert.True(run.Glyphs.IsDecoded));
    }

    [Fact]
    public void A_recorded_run_gives_back_its_glyphs_their_digest_and_each_glyph_and_text_once()
    {
        var run = serif.Shape("office office ﬁne", 11, 60, 120);
        var glyphs = run.Glyphs.ToArray();
        glyphs[1] = glyphs[1] with { Y = -0.0 };
        glyphs[2] = glyphs[2] with { Y = 2.5 };
        var original = new PositionedGlyphs(glyphs, glyphs.Length);

        var deferred = Deferred(original);

        Assert.False(deferred.IsDecoded);
        Assert.Equal(Digest(original), Digest(deferred));
        var distinct = glyphs.Select(g => new GlyphUse(g.GlyphId, g.Text)).Distinct().ToList();
        Assert.True(distinct.Count < glyphs.Length);
        Assert.Equal(distinct, Uses(deferred));
        Assert.False(deferred.IsDecoded);
        Assert.Equal(glyphs.Select(g => (g.GlyphId, BitConverter.DoubleToInt64Bits(g.X), BitConverter.DoubleToInt64Bits(g.Y), g.Text)),
            deferred.Span.ToArray().Select(g => (g.GlyphId, BitConverter.DoubleToInt64Bits(g.X), BitConverter.DoubleToInt64Bits(g.Y), g.Text)));
        Assert.True(deferred.IsDecoded);

        // A glyph moved by the least amount is another digest.
        var moved = glyphs.ToArray();
        moved[3] = moved[3] with { X = Math.BitIncrement(moved[3].X) };
        Assert.NotEqual(Digest(original), Digest(new PositionedGlyphs(moved, moved.Length)));
    }

    [Fact]
    public void A_recorded_run_whose_section_does_not_hold_what_was_written_is_an_error_when_read()
    {
        var glyphs = serif.Shape("record", 11, 60, 120).Glyphs;
        var texts = glyphs.Select(g => g.Text).Distinct().ToArray();

        // A pair's text index past the record's table of texts.
        var (wrong, wrongTail) = Section(glyphs, text => Array.IndexOf(texts, text) + texts.Length);
        var at = 0;
        Assert.Throws<InvalidDataException>(() => DeferredGlyphs.Read(wrong, ref at, glyphs.Length, texts, new GlyphTail(wrongTail)));

        // Cut short, a glyph count the section does not hold, glyphs past the tail's end.
        var (right, tail) = Section(glyphs, text => Array.IndexOf(texts, text));
        at = 0;
        Assert.Throws<InvalidDataException>(() => DeferredGlyphs.Read(right[..^3], ref at, glyphs.Length, texts, new GlyphTail(tail)));
        at = 0;
        Assert.Throws<InvalidDataException>(() => DeferredGlyphs.Read(right, ref at, glyphs.Length + 10, texts, new GlyphTail(tail)));
        at = 0;
        Assert.Throws<InvalidDataException>(() => DeferredGlyphs.Read(right, ref at, glyphs.Length, texts, new GlyphTail(tail[..^1])));
        at = 0;
        Assert.Equal(glyphs.Length, DeferredGlyphs.Read(right, ref at, glyphs.Length, texts, new GlyphTail(tail)).Length);
        Assert.Equal(right.Length, at);
    }

    /// <summary>
    /// The glyphs are checked when a page needs them: a tail whose glyphs name a text the record lacks, one that gives
    /// fewer bytes than it announced, or one that cannot be loaded any more, is the exception that makes a book build
    /// again from its text — never glyphs decoded from a wrong place.
    /// </summary>
    [Fact]
    public void A_recorded_run_whose_glyphs_do_not_read_back_is_unreadable_when_decoded()
    {
        var glyphs = serif.Shape("record", 11, 60, 120).Glyphs;
        var texts = glyphs.Select(g => g.Text).Distinct().ToArray();
        var (section, tail) = Section(glyphs, text => Array.IndexOf(texts, text));

        // The tail of a run that names texts one past the table's end, under the right section.
        var (_, wrongTail) = Section(glyphs, text => Array.IndexOf(texts, text) == texts.Length - 1 ? texts.Length : Array.IndexOf(texts, text));
        Assert.Equal(tail.Length, wrongTail.Length);
        var at = 0;
        var wrong = DeferredGlyphs.Read(section, ref at, glyphs.Length, texts, new GlyphTail(wrongTail));
        Assert.Throws<RecordedGlyphsUnreadableException>(() => wrong.Span.Length);

        at = 0;
        var gone = DeferredGlyphs.Read(section, ref at, glyphs.Length, texts, new GlyphTail(tail.Length, () => throw new RecordedGlyphsUnreadableException("changed on disk")));
        Assert.Throws<RecordedGlyphsUnreadableException>(() => gone.Span.Length);

        at = 0;
        var shorter = DeferredGlyphs.Read(section, ref at, glyphs.Length, texts, new GlyphTail(tail.Length, () => tail[..^1]));
        Assert.Throws<RecordedGlyphsUnreadableException>(() => shorter.Span.Length);
    }

    /// <summary>
    /// The first page is the same in both books, but the second book shows the hyphen glyph as a break hyphen before it:
    /// that text takes the glyph's own code, and the first page's real hyphen moves to an alias code.
    /// </summary>
    [Fact]
    public void A_glyph_whose_code_changed_elsewhere_in_the_book_is_a_miss()
    {
        var page = Documents.Page(serif.Shape("self-evident", 11, 60, 120));
        var before = Documents.Of(page, Documents.Page(serif.Shape("other", 11, 60, 120)));
        var breakHyphen = serif.Shape("owner-", 11, 60, 120);
        var hyphenated = breakHyphen with { Glyphs = [.. breakHyphen.Glyphs.ToArray().Select((g, i) => i == breakHyphen.Glyphs.Length - 1 ? g with { Text = SoftHyphen } : g)] };
        var after = Documents.Of(Documents.Page(hyphenated), page);

        AssertNoStaleStream(before, after, expectedHits: 0);
        AssertNoStaleStream(Recorded(before), Recorded(after), expectedHits: 0);
    }

    [Fact]
    public void A_page_set_in_another_font_with_the_same_glyph_ids_and_name_is_a_miss()
    {
        var regular = serif.Shape("stone bridge", 11, 60, 120);
        var before = Documents.Of(Documents.Page(regular));
        var after = Documents.Of(Documents.Page(regular with { Font = bold.Resource }));

        AssertNoStaleStream(before, after, expectedHits: 0);
        AssertNoStaleStream(Recorded(before), Recorded(after), expectedHits: 0);
    }

    [Fact]
    public void A_changed_colour_on_an_unchanged_page_is_a_miss_and_the_pages_that_did_not_change_are_hits()
    {
        var red = new RgbColor(200, 0, 0);
        var before = Book(serif);
        var after = before with { Pages = [before.Pages[0], Coloured(before.Pages[1], red), .. before.Pages[2..]] };

        AssertNoStaleStream(before, after, expectedHits: before.Pages.Length - 1);
        AssertNoStaleStream(Recorded(before), Recorded(after), expectedHits: before.Pages.Length - 1);
    }

    /// <summary>
    /// <paramref name="after"/> written with the streams recorded from <paramref name="before"/> is the file written
    /// without them, and takes exactly <paramref name="expectedHits"/> of them.
    /// </summary>
    private static void AssertNoStaleStream(PagedDocument before, PagedDocument after, int expectedHits)
    {
        var cache = new StreamCache();
        new PdfWriter { ContentStreams = cache }.WriteToArray(before);
        cache.Hits = 0;

        var warm = new PdfWriter { ContentStreams = cache }.WriteToArray(after);

        Assert.Equal(new PdfWriter().WriteToArray(after), warm);
        Assert.Equal(expectedHits, cache.Hits);
    }

    private static PageFrame Coloured(PageFrame page, RgbColor color) =>
        page with { Items = [.. page.Items.Select(item => item is GlyphRun run ? run with { Color = color } : item)] };

    private static PagedDocument Book(TestFont font) => Documents.Of([.. Enumerable.Range(1, 4).Select(page => Documents.Page(
        font.Shape($"Page {page}: the office's ﬁne bridges, self-evident", 11, 60, 120),
        font.Shape($"and a second line of page {page}.", 11, 60, 140)))]);

    private static IEnumerable<GlyphRun> Runs(PagedDocument document) => document.Pages.SelectMany(p => p.Items).OfType<GlyphRun>();

    /// <summary>The document with every run's glyphs recorded and read back, not yet decoded.</summary>
    private static PagedDocument Recorded(PagedDocument document) => document with
    {
        Pages = [.. document.Pages.Select(page => page with { Items = [.. page.Items.Select(item => item is GlyphRun run ? run with { Glyphs = Deferred(run.Glyphs) } : item)] })],
    };

    private static PositionedGlyphs Deferred(PositionedGlyphs glyphs)
    {
        var texts = glyphs.Select(g => g.Text).Distinct().ToArray();
        var (section, tail) = Section(glyphs, text => Array.IndexOf(texts, text));
        var at = 0;
        return DeferredGlyphs.Read(section, ref at, glyphs.Length, texts, new GlyphTail(tail));
    }

    /// <summary>A run's section and its record's glyph tail, as a record holds them.</summary>
    private static (byte[] Section, byte[] Tail) Section(PositionedGlyphs glyphs, Func<string, int> textIndex)
    {
        using var bytes = new MemoryStream();
        using var tail = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        using (var tailWriter = new BinaryWriter(tail, Encoding.UTF8, leaveOpen: true))
        {
            DeferredGlyphs.Write(writer, tailWriter, glyphs, textIndex);
        }

        return (bytes.ToArray(), tail.ToArray());
    }

    private static byte[] Digest(PositionedGlyphs glyphs)
    {
        var digest = new byte[32];
        glyphs.WriteDigest(digest);
        return digest;
    }

    private static List<GlyphUse> Uses(PositionedGlyphs glyphs)
    {
        var uses = new List<GlyphUse>();
        foreach (var use in glyphs.Uses)
        {
            uses.Add(use);
        }

        return uses;
    }

    /// <summary>Streams by key, as a book's stream cache keeps them, counting the pages taken.</summary>
    private sealed class StreamCache : IContentStreamCache
    {
        private readonly ConcurrentDictionary<string, byte[]> _streams = new(StringComparer.Ordinal);
        private int _hits;

        public int Hits
        {
            get => _hits;
            set => _hits = value;
        }

        public ReadOnlyMemory<byte>? Find(ReadOnlySpan<byte> key)
        {
            if (!_streams.TryGetValue(Convert.ToHexString(key), out var deflated))
            {
                return null;
            }

            Interlocked.Increment(ref _hits);
            return deflated;
        }

        public void Keep(ReadOnlySpan<byte> key, byte[] deflated) => _streams.TryAdd(Convert.ToHexString(key), deflated);
    }
}
