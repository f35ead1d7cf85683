using System.Text.Json.Nodes;
using Publish.Engine.Caching;
using Publish.Engine.Manifests;
using Publish.Model.Diagnostics;
using Publish.Styles.Tests.Schemas;
using UglyToad.PdfPig;

namespace Publish.Engine.Tests.Books;

/// <summary>
/// Issue 20, item 5: incremental book builds. A book whose parts are unchanged is not rebuilt; a changed part rebuilds
/// the book, with its new text; the editions are the same bytes whether the cache served anything or not; a damaged
/// entry is a miss and <c>--force</c> ignores the cache.
/// </summary>
public sealed class BookCacheTests
{
    private const string Manifest = """
        books:
          - name: issue-1
            title: Issue One
            alone: false
            parts: [articles/alpha.md, { section: Reviews }, articles/beta.md, articles/gamma.md]
        """;

    [Fact]
    public void An_unchanged_book_is_not_rebuilt_and_its_editions_are_untouched()
    {
        using var scratch = new ScratchFolder();
        var request = Request(scratch, "out");
        var publisher = ReleaseArchive.Publisher();

        var cold = Assert.Single(publisher.Build(request).Books);
        Assert.True(cold.Succeeded, string.Join('\n', cold.Diagnostics));
        Assert.False(cold.FromCache);
        var editions = ReleaseArchive.Editions(scratch.File("out"));
        var times = Directory.EnumerateFiles(scratch.File("out")).ToDictionary(f => f, File.GetLastWriteTimeUtc, StringComparer.Ordinal);

        var warm = Assert.Single(publisher.Build(request).Books);

        Assert.True(warm.FromCache);
        Assert.True(warm.Succeeded);
        Assert.Equal(cold.Outputs.ToList(), warm.Outputs.ToList());
        Assert.Equal(cold.Summary, warm.Summary);
        Assert.All(times, t => Assert.Equal(t.Value, File.GetLastWriteTimeUtc(t.Key)));
        Assert.Equal(editions, ReleaseArchive.Editions(scratch.File("out")));
    }

    [Fact]
    public void A_changed_article_is_set_again_and_the_book_equals_a_cold_build_of_the_same_sources()
    {
        using var scratch = new ScratchFolder();
        var request = Request(scratch, "out");
        var publisher = ReleaseArchive.Publisher();
        Assert.True(publisher.Build(request).Succeeded);
        var recorded = Directory.GetFiles(scratch.File("out/.publish-cache/books/issue-1.articles")).ToDictionary(f => f, File.GetLastWriteTimeUtc, StringComparer.Ordinal);
        Assert.Equal(3, recorded.Count);

        File.WriteAllText(scratch.File("articles/beta.md"), ReleaseArchive.Article("Beta", "beta.png").Replace("quiet hour", "zephyrous hour", StringComparison.Ordinal));
        var warm = Assert.Single(publisher.Build(request).Books);

        Assert.True(warm.Succeeded, string.Join('\n', warm.Diagnostics));
        Assert.False(warm.FromCache);

        // The article layouts were read back, not set again: only the changed article's record was written anew
        // (a record is written only when its layout was made); the others keep theirs untouched.
        var rewritten = recorded.Count(r => File.GetLastWriteTimeUtc(r.Key) != r.Value || !File.Exists(r.Key));
        Assert.Equal(1, rewritten);
        Assert.Equal(3, Directory.GetFiles(scratch.File("out/.publish-cache/books/issue-1.articles")).Length);
        using (var pdf = PdfDocument.Open(scratch.File("out/issue-1.pdf")))
        {
            Assert.Contains(pdf.GetPages(), p => p.Text.Contains("zephyrous", StringComparison.Ordinal));
        }

        // The same sources built with no cache at all, into another folder: the same bytes.
        var cold = Assert.Single(publisher.Build(request with { OutputFolder = scratch.File("cold") }).Books);
        Assert.False(cold.FromCache);
        Assert.Equal(ReleaseArchive.Editions(scratch.File("cold")), ReleaseArchive.Editions(scratch.File("out")));
    }

    [Fact]
    public void An_unchanged_article_whose_link_target_loses_its_heading_is_set_again()
    {
        // alpha's own text never changes; gamma's heading that alpha links to is renamed. alpha's recorded layout holds
        // a live link into gamma, which must become text (PUB7049): reusing it would leave a link to nowhere.
        using var scratch = new ScratchFolder();
        var request = Request(scratch, "out");
        File.WriteAllText(scratch.File("articles/alpha.md"), ReleaseArchive.Article("Alpha", "alpha.png") + "\nSee [the harbours](gamma.md#harbours).\n");
        File.WriteAllText(scratch.File("articles/gamma.md"), ReleaseArchive.Article("Gamma") + "\n# Harbours\n\nThe harbours of Gamma.\n");
        var publisher = ReleaseArchive.Publisher();
        var first = Assert.Single(publisher.Build(request).Books);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        Assert.DoesNotContain(first.Diagnostics, d => d.Code == "PUB7049");

        File.WriteAllText(scratch.File("articles/gamma.md"), ReleaseArchive.Article("Gamma") + "\n# Ports\n\nThe harbours of Gamma.\n");
        var warm = Assert.Single(publisher.Build(request).Books);

        Assert.Contains(warm.Diagnostics, d => d.Code == "PUB7049");
        var cold = Assert.Single(publisher.Build(request with { OutputFolder = scratch.File("cold") }).Books);
        Assert.Equal(ReleaseArchive.Editions(scratch.File("cold")), ReleaseArchive.Editions(scratch.File("out")));
        Assert.True(cold.Succeeded && warm.Succeeded);
    }

    [Fact]
    public void A_damaged_cache_entry_is_a_miss_and_force_ignores_the_cache()
    {
        using var scratch = new ScratchFolder();
        var request = Request(scratch, "out");
        var publisher = ReleaseArchive.Publisher();
        Assert.True(publisher.Build(request).Succeeded);
        var editions = ReleaseArchive.Editions(scratch.File("out"));
        var entries = Directory.EnumerateFiles(scratch.File("out/" + BuildCache.FolderName), "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(entries, e => e.EndsWith(".entry", StringComparison.Ordinal));
        Assert.Equal(3, entries.Count(e => e.EndsWith(".bin", StringComparison.Ordinal)));

        // The book's entry and every article's recorded layout damaged: a byte changed in one, the others cut short.
        foreach (var entry in entries)
        {
            var bytes = File.ReadAllBytes(entry);
            if (entry == entries.Last(e => e.EndsWith(".bin", StringComparison.Ordinal)))
            {
                bytes[^1] ^= 0x5a;
                File.WriteAllBytes(entry, bytes);
            }
            else
            {
                File.WriteAllBytes(entry, bytes[..(bytes.Length / 2)]);
            }
        }

        var damaged = Assert.Single(publisher.Build(request).Books);
        Assert.True(damaged.Succeeded, string.Join('\n', damaged.Diagnostics));
        Assert.False(damaged.FromCache);
        Assert.Equal(editions, ReleaseArchive.Editions(scratch.File("out")));
        Assert.True(Assert.Single(publisher.Build(request).Books).FromCache);

        var forced = Assert.Single(publisher.Build(request with { Force = true }).Books);
        Assert.False(forced.FromCache);
        Assert.Equal(editions, ReleaseArchive.Editions(scratch.File("out")));
    }

    [Fact]
    public void Each_article_keeps_one_recorded_layout_and_one_dropped_from_the_book_loses_it()
    {
        using var scratch = new ScratchFolder();
        var publisher = ReleaseArchive.Publisher();
        Assert.True(publisher.Build(Request(scratch, "out")).Succeeded);
        var articles = scratch.File("out/" + BuildCache.FolderName + "/" + BuildCache.BooksFolderName + "/issue-1.articles");
        Assert.Equal(3, Directory.GetFiles(articles).Length);

        // Edited twice: its file is replaced each time, never added to.
        for (var i = 1; i <= 2; i++)
        {
            File.AppendAllText(scratch.File("articles/gamma.md"), $"\nOne more paragraph, number {i}.\n");
            Assert.True(publisher.Build(Request(scratch, "out")).Succeeded);
            Assert.Equal(3, Directory.GetFiles(articles).Length);
        }

        var shorter = Request(scratch, "out", Manifest.Replace(", articles/gamma.md", string.Empty, StringComparison.Ordinal));
        Assert.True(publisher.Build(shorter).Succeeded);
        Assert.Equal(2, Directory.GetFiles(articles).Length);
    }

    [Fact]
    public void A_changed_manifest_entry_or_a_replaced_edition_rebuilds_the_book()
    {
        using var scratch = new ScratchFolder();
        var request = Request(scratch, "out");
        var publisher = ReleaseArchive.Publisher();
        Assert.True(publisher.Build(request).Succeeded);

        File.WriteAllText(scratch.File("out/issue-1.pdf"), "%PDF- replaced by someone");
        Assert.False(Assert.Single(publisher.Build(request).Books).FromCache);
        Assert.True(Assert.Single(publisher.Build(request).Books).FromCache);

        var renamed = Request(scratch, "out", Manifest.Replace("Issue One", "Issue One, Revised", StringComparison.Ordinal));
        var rebuilt = Assert.Single(publisher.Build(renamed).Books);
        Assert.False(rebuilt.FromCache);
        using var pdf = PdfDocument.Open(scratch.File("out/issue-1.pdf"));
        Assert.Contains(pdf.GetPages(), p => p.Text.Contains("Revised", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failed_book_drops_its_entry_so_its_stale_editions_are_never_served_as_current()
    {
        using var scratch = new ScratchFolder();
        var request = Request(scratch, "out");
        var publisher = ReleaseArchive.Publisher();
        Assert.True(publisher.Build(request).Succeeded);
        var good = File.ReadAllText(scratch.File("articles/gamma.md"));

        File.WriteAllText(scratch.File("articles/gamma.md"), ReleaseArchive.Broken);
        Assert.False(Assert.Single(publisher.Build(request).Books).Succeeded);
        Assert.False(File.Exists(scratch.File("out/" + BuildCache.FolderName + "/" + BuildCache.BooksFolderName + "/issue-1.entry")));

        File.WriteAllText(scratch.File("articles/gamma.md"), good);
        var again = Assert.Single(publisher.Build(request).Books);
        Assert.True(again.Succeeded);
        Assert.False(again.FromCache);
    }

    [Fact]
    public void The_report_of_a_book_served_from_the_cache_says_cached_and_follows_the_schema()
    {
        using var scratch = new ScratchFolder();
        ReleaseArchive.WriteThree(scratch.File("articles"));
        scratch.Write("publish.yaml", "output: out\n" + Manifest);
        var fixedDate = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1700000000" };
        Assert.Equal(0, PublishProcess.Run(scratch.Path, fixedDate, "build", "publish.yaml").ExitCode);

        var run = PublishProcess.Run(scratch.Path, fixedDate, "build", "publish.yaml", "--report", "report.json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("up to date: book issue-1", run.StandardOutput, StringComparison.Ordinal);
        var report = JsonNode.Parse(File.ReadAllText(scratch.File("report.json")))!;
        Assert.Empty(SchemaFile.Report.Errors(report));
        var book = Assert.Single(report["books"]!.AsArray())!;
        Assert.Equal("cached", book["status"]!.GetValue<string>());
        Assert.All(book["outputs"]!.AsArray(), o => Assert.Equal("cached", o!["status"]!.GetValue<string>()));
    }

    /// <summary>The three-article archive (two with photos) under <c>articles/</c> once, the manifest written, the request for its book.</summary>
    internal static BuildRequest Request(ScratchFolder scratch, string output, string yaml = Manifest)
    {
        if (!Directory.Exists(scratch.File("articles")))
        {
            ReleaseArchive.WriteThree(scratch.File("articles"));
        }

        var diagnostics = new DiagnosticBag();
        var manifest = BuildManifest.Load(scratch.Write("publish.yaml", yaml), diagnostics);
        Assert.True(manifest is not null, string.Join('\n', diagnostics.ToImmutableSorted()));
        return new BuildRequest(manifest.Manuscripts, scratch.File(output), Formats: EditionFormats.Pdf | EditionFormats.Epub, BuildDate: ReleaseArchive.BuildDate, Containment: manifest.Containment)
        {
            Books = manifest.Books,
        };
    }
}
