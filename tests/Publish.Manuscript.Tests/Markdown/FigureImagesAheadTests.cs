using Publish.Imaging;
using Publish.Manuscript.Input;
using Publish.Manuscript.Markdown;
using Publish.Manuscript.Tests.Input;
using Publish.Model.Blocks;

namespace Publish.Manuscript.Tests.Markdown;

/// <summary>
/// Checks started before the read (<see cref="FigureImagesAhead"/>) give the reader the answer its own check would:
/// taken once, by real path, and never for a file changed since the check began.
/// </summary>
public sealed class FigureImagesAheadTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("publish-ahead-").FullName;

    [Fact]
    public async Task An_image_checked_ahead_is_taken_once_with_the_answer_of_its_own_inspection()
    {
        var image = Path.Combine(_folder, "photo.png");
        File.WriteAllBytes(image, TestImageBytes.Png(4, 3));
        var manuscript = Write("---\ntitle: Ahead\n---\n\n![A photo](photo.png)\n\n![Not there](missing.png)\n");

        await FigureImagesAhead.Start(manuscript);

        var real = ImageLocator.Resolve(_folder, "photo.png").Path;
        Assert.Equal(ImageInspector.Inspect(real), FigureImagesAhead.Take(real));
        Assert.Null(FigureImagesAhead.Take(real));
        Assert.Null(FigureImagesAhead.Take(Path.Combine(_folder, "missing.png")));
    }

    [Fact]
    public async Task An_image_changed_after_its_check_ahead_is_inspected_again_by_the_reader()
    {
        var image = Path.Combine(_folder, "photo.jpg");
        File.WriteAllBytes(image, TestImageBytes.Jpeg(10, 10));
        var markdown = "---\ntitle: Changed\n---\n\n![A photo](photo.jpg)\n";
        var manuscript = Write(markdown);
        await FigureImagesAhead.Start(manuscript);

        // Cut short (another length): the answer made ahead, for the sound file, no longer holds.
        File.WriteAllBytes(image, TestImageBytes.Jpeg(10, 10)[..^2]);
        var (document, diagnostics) = MarkdownTestFiles.ReadString(markdown, _folder);

        Assert.Contains(diagnostics.ToImmutableSorted(), d => d.Code == InputDiagnosticCodes.ImageUnreadable && d.Span.Line == 5);
        Assert.DoesNotContain(document!.Body, block => block is FigureBlock { Image: not null });
    }

    /// <summary>
    /// A FIFO named as the manuscript or as a figure is never opened ahead: reading it would block the check's thread
    /// (the task would never end) or take bytes meant for the reader, which refuses such a file itself.
    /// </summary>
    [Fact]
    public async Task A_fifo_as_the_manuscript_or_as_a_figure_is_not_read_ahead()
    {
        Assert.Equal(0, MakeFifo(Path.Combine(_folder, "pipe.md")));
        Assert.Equal(0, MakeFifo(Path.Combine(_folder, "pipe.png")));
        var manuscript = Write("---\ntitle: Pipes\n---\n\n![A pipe](pipe.png)\n");

        var checks = Task.WhenAll(FigureImagesAhead.Start(Path.Combine(_folder, "pipe.md")), FigureImagesAhead.Start(manuscript));
        var ended = await Task.WhenAny(checks, Task.Delay(TimeSpan.FromMinutes(1)));

        Assert.Same(checks, ended);
        Assert.Null(FigureImagesAhead.Take(ImageLocator.Resolve(_folder, "pipe.png").Path));
    }

    private static int MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        return mkfifo.ExitCode;
    }

    [Fact]
    public async Task A_manuscript_that_is_not_markdown_or_not_there_starts_no_check()
    {
        File.WriteAllBytes(Path.Combine(_folder, "photo.png"), TestImageBytes.Png(4, 3));
        var legacy = Path.Combine(_folder, "legacy.txt");
        File.WriteAllText(legacy, "![A photo](photo.png)\n");

        await FigureImagesAhead.Start(legacy);
        await FigureImagesAhead.Start(Path.Combine(_folder, "absent.md"));

        Assert.Null(FigureImagesAhead.Take(ImageLocator.Resolve(_folder, "photo.png").Path));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string markdown)
    {
        var path = Path.Combine(_folder, "test.md");
        File.WriteAllText(path, markdown);
        return path;
    }
}
