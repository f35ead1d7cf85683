using System.Security.Cryptography;
using Publish.Engine.Caching;
using Publish.Engine.Tests.HouseStyles;
using Publish.Model.Input;
using Publish.Styles;

namespace Publish.Engine.Tests;

/// <summary>
/// Issue 20: a style's fonts are read once per process — by the check when the style is loaded — and the build's
/// fingerprint and its font store take those bytes while the files are unchanged; a font replaced while
/// <c>publish watch</c> runs is read again and set.
/// </summary>
public sealed class SharedFontReadTests
{
    [Fact]
    public void The_fingerprint_and_the_font_store_take_the_bytes_the_style_check_read()
    {
        var loaded = HouseStyleLoader.Load(Path.Combine(Repo.Root, "styles", "default.yaml"));
        Assert.True(loaded.Succeeded);
        var faces = loaded.Style!.Fonts.Values.SelectMany(f => new[] { f.Regular, f.Italic, f.Bold, f.BoldItalic }).OfType<string>().ToList();
        Assert.True(faces.Count > 10);
        var store = new FontFileStore();

        foreach (var face in faces)
        {
            using (InputFile.OpenRegularWithVersion(face, long.MaxValue, "font file", out var version))
            {
                // The shipped fonts settled long ago, so the check's read is held.
                var held = SharedInputFiles.Held(face, version);
                Assert.NotNull(held);
                Assert.Same(held.Bytes, store.Read(face));
            }

            // The same value a hash of the file's bytes gives, so caches written before still hit.
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(face))), InputHasher.File(face).Sha256);
        }
    }

    [Fact]
    public void Watch_sets_a_font_replaced_in_place_by_one_of_the_same_size_and_modification_time()
    {
        using var scratch = new ScratchFolder();
        var junicode = File.ReadAllBytes(Path.Combine(Repo.Root, "styles", "fonts", "JunicodeTwoBeta-Regular.otf"));
        var noto = File.ReadAllBytes(Path.Combine(Repo.Root, "styles", "fonts", "NotoSans-Regular.ttf"));
        Assert.True(noto.Length < junicode.Length);
        var font = scratch.File("style/Body-Regular.otf");
        Directory.CreateDirectory(scratch.File("style"));
        File.WriteAllBytes(font, junicode);

        // A whole second: File's times have 100 ns steps, the file system's 1 ns, so only such a time can be set back exactly.
        var time = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(font, time);
        var style = scratch.Write("style/body.yaml", "extends: default\nfonts:\n  Body: {regular: Body-Regular.otf}\ntext:\n  body: {family: Body}\n");
        scratch.Write("archive/alpha.md", ReleaseArchive.Article("Alpha", paragraphs: 12));
        var pdf = scratch.File("out/alpha.pdf");
        var build = new StyleBuild(new PublishProcess.Outcome(0, string.Empty, string.Empty), scratch.File("out"), "alpha.md");

        // Settled, so the first rounds hold the font's bytes rather than reading it at every poll.
        Thread.Sleep(SharedInputFiles.SettleTime + TimeSpan.FromMilliseconds(200));
        var environment = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1700000000" };
        using var watch = new WatchProcess(scratch.Path, environment, "archive", "-o", "out", "--style", style, "--format", "pdf", "--interval", "0.2");
        watch.WaitUntil(() => File.Exists(pdf));
        Assert.Contains("Junicode", build.BodyFontName(), StringComparison.Ordinal);
        var first = ReleaseArchive.Sha256Of(pdf);

        // Noto Sans padded to Junicode's size, written over the same file, its modification time set back: while the
        // watch is paused, so no poll sees the file between the write and the time set back. Only its change time moved.
        watch.Pause();
        try
        {
            using (var stream = new FileStream(font, FileMode.Open, FileAccess.Write))
            {
                stream.Write(noto);
                stream.Write(new byte[junicode.Length - noto.Length]);
            }

            File.SetLastWriteTimeUtc(font, time);
        }
        finally
        {
            watch.Resume();
        }

        watch.WaitUntil(() => File.Exists(pdf) && !string.Equals(ReleaseArchive.Sha256Of(pdf), first, StringComparison.Ordinal));
        watch.WaitUntil(() => TryBodyFontName(build)?.Contains("NotoSans", StringComparison.Ordinal) == true);
    }

    /// <summary>The body font's name, or null while the PDF is being replaced.</summary>
    private static string? TryBodyFontName(StyleBuild build)
    {
        try
        {
            return build.BodyFontName();
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UglyToad.PdfPig.Core.PdfDocumentFormatException)
        {
            return null;
        }
    }
}
