using System.Diagnostics;
using Publish.Imaging;
using Publish.Model.Input;
using Publish.Typesetting.Fonts;

namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// Issue 14, "only regular files are read": the layout and the writers open fonts and images again by path after the
/// reader and the style loader checked them, so a file swapped for a FIFO or a device in between must be refused
/// through <see cref="InputFile"/> (non-blocking open, regular files only), never waited on. A swap mid-build cannot
/// be timed from a test: each public opener is handed a FIFO and a device directly (on its own thread, with a
/// deadline, so a regression fails instead of hanging the suite), and through the real CLI a build meets files the
/// reader never checked: a FIFO named like the cover font the EPUB once looked for by name, and one named like a kept edition.
/// </summary>
public sealed class SwappedInputTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private static readonly Dictionary<string, Action<string>> Openers = new(StringComparer.Ordinal)
    {
        ["InputFile.OpenStream"] = path => InputFile.OpenStream(path, long.MaxValue, "image file").Dispose(),
        ["ShapingFace.Load"] = path => ShapingFace.Load(path).Dispose(),
    };

    public static TheoryData<string, string> Cases() => new()
    {
        { "InputFile.OpenStream", "fifo" },
        { "InputFile.OpenStream", "device" },
        { "ShapingFace.Load", "fifo" },
        { "ShapingFace.Load", "device" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_opener_handed_a_fifo_or_a_device_refuses_it_at_once_naming_it(string opener, string kind)
    {
        using var scratch = new ScratchFolder();
        var path = Special(scratch, kind);

        var opening = Task.Run(() => Openers[opener](path));

        Assert.True(await Task.WhenAny(opening, Task.Delay(Deadline)) == opening, $"{opener} is still blocked on the {kind} after {Deadline.TotalSeconds} s");
        var refused = await Assert.ThrowsAsync<InputFileException>(() => opening);
        Assert.Equal(path, refused.Path);
        Assert.Contains(kind == "fifo" ? "FIFO" : "device", refused.Message, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The one image reader (the reader's check of every figure) refuses a FIFO or a device as unreadable, at once, saying which.</summary>
    [Theory]
    [InlineData("fifo")]
    [InlineData("device")]
    public async Task The_image_reader_handed_a_fifo_or_a_device_refuses_it_at_once(string kind)
    {
        using var scratch = new ScratchFolder();
        var path = Special(scratch, kind);

        var inspecting = Task.Run(() => ImageInspector.Inspect(path));

        Assert.True(await Task.WhenAny(inspecting, Task.Delay(Deadline)) == inspecting, $"ImageInspector.Inspect is still blocked on the {kind} after {Deadline.TotalSeconds} s");
        var inspection = await inspecting;
        Assert.Equal(ImageRefusal.Unreadable, inspection.Refusal);
        Assert.Contains(kind == "fifo" ? "FIFO" : "device", inspection.Problem, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The orientation reader treats a file it cannot read as upright (its callers check the file): it must not block either.</summary>
    [Fact]
    public async Task The_orientation_reader_handed_a_fifo_answers_upright_at_once()
    {
        using var scratch = new ScratchFolder();
        var path = SpecialFiles.Fifo(scratch.File("photo.jpg"));

        var reading = Task.Run(() => ImageOrientation.Read(path));

        Assert.True(await Task.WhenAny(reading, Task.Delay(Deadline)) == reading, $"ImageOrientation.Read is still blocked on the FIFO after {Deadline.TotalSeconds} s");
        Assert.Equal(1, await reading);
    }

    /// <summary>
    /// The EPUB's drawn cover used to load NotoSerif-Regular/-Bold from the body font's folder by file name, files the
    /// style loader never checked: a FIFO there blocked the EPUB writer until the watchdog ended the build (PUB7008
    /// after 7.5 s with a 5 s limit), later it was refused (PUB7007). Since issue 15 the cover takes the faces the style
    /// declares (the title's family, bold falling back to regular): a FIFO named like the old cover font is never
    /// opened, and the cover is drawn.
    /// </summary>
    [Fact]
    public void A_fifo_named_like_the_old_cover_font_is_never_opened_the_cover_takes_the_styles_faces()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", "---\ntitle: Cover\n---\n\nA paragraph.\n");
        var regular = build.Scratch.File("fonts/NotoSerif-Regular.ttf");
        Directory.CreateDirectory(Path.GetDirectoryName(regular)!);
        File.Copy(HostileStyle.Shipped("NotoSerif-Regular.ttf"), regular);
        SpecialFiles.Fifo(build.Scratch.File("fonts/NotoSerif-Bold.ttf"));
        var style = build.Scratch.Write("style.yaml", HostileStyle.StyleText($"\"{regular}\""));
        var clock = Stopwatch.StartNew();

        var outcome = build.Build(path, "--style", style, "--format", "epub", "--time-limit", "30");

        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(25), $"took {clock.Elapsed}\n{outcome.StandardError}");
        using var epub = System.IO.Compression.ZipFile.OpenRead(build.Edition(path, ".epub"));
        Assert.Contains(epub.Entries, e => e.FullName == "EPUB/images/cover.jpg");
        Assert.DoesNotContain("PUB6005", outcome.StandardError, StringComparison.Ordinal);
    }

    /// <summary>
    /// A FIFO named like an edition the build does not make (<c>a.pdf</c> under <c>--format epub</c>) is listed as a
    /// kept edition; hashing it for the report opened it and blocked the build for good, past the watchdog (still
    /// running after 60 s with a 5 s limit). Now it is listed unread and the EPUB is built.
    /// </summary>
    [Fact]
    public void A_fifo_named_like_a_kept_edition_does_not_block_the_build()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", "---\ntitle: Kept\n---\n\nA paragraph.\n");
        SpecialFiles.Fifo(build.Edition(path, ".pdf"));

        var outcome = build.Build(path, "--format", "epub", "--time-limit", "10");

        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.True(File.Exists(build.Edition(path, ".epub")), outcome.StandardError);
    }

    private static string Special(ScratchFolder scratch, string kind)
    {
        if (kind == "fifo")
        {
            return SpecialFiles.Fifo(scratch.File("swapped.ttf"));
        }

        var link = scratch.File("swapped.ttf");
        File.CreateSymbolicLink(link, "/dev/zero");
        return link;
    }
}
