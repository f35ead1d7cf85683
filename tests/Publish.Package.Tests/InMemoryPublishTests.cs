using System.Text;
using Publish.Engine;
using Publish.Styles;

namespace Publish.Package.Tests;

/// <summary><see cref="Publisher.PublishAsync(Stream, string, HouseStyle, PublishOptions, CancellationToken)"/>: a manuscript stream in, edition streams out.</summary>
public sealed class InMemoryPublishTests
{
    private const long Epoch = 1_700_000_000;

    [Fact]
    public async Task The_sample_from_memory_has_the_same_bytes_as_the_tool_s_build()
    {
        using var scratch = new ScratchFolder();
        var tool = Command.Run(scratch.Path, new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = Epoch.ToString(System.Globalization.CultureInfo.InvariantCulture) }, TimeSpan.FromMinutes(2),
            "dotnet", Path.Combine(AppContext.BaseDirectory, "publish.dll"), "build", Repo.SampleManuscript, "-o", scratch.File("out"), "-q");
        Assert.True(tool.ExitCode == 0, tool.ToString());

        await using var manuscript = File.OpenRead(Repo.SampleManuscript);
        var result = await Publisher.PublishAsync(manuscript, Path.GetFileName(Repo.SampleManuscript), HouseStyle.Default,
            new PublishOptions { BuildDate = DateTimeOffset.FromUnixTimeSeconds(Epoch) }, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var name = Path.GetFileNameWithoutExtension(Repo.SampleManuscript);
        var pdf = ReadAll(result.Pdf!);
        var epub = ReadAll(result.Epub!);
        Assert.Equal(File.ReadAllBytes(Path.Combine(scratch.File("out"), name + ".pdf")), pdf);
        Assert.Equal(File.ReadAllBytes(Path.Combine(scratch.File("out"), name + ".epub")), epub);
        EditionChecks.PdfReads(pdf, "Khojaly");
        EditionChecks.EpubIsContainer(epub);
        // Diagnostics name the manuscript as the caller did, never a temporary folder.
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain("publish-memory-", d.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_build_cancelled_before_it_starts_throws_and_writes_nothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var pdf = new MemoryStream();
        using var epub = new MemoryStream();
        await using var manuscript = File.OpenRead(Repo.SampleManuscript);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Publisher.For(HouseStyle.Default).PublishAsync(manuscript, "sample.txt", pdf, epub, null, cancelled.Token));
        Assert.Equal(0, pdf.Length);
        Assert.Equal(0, epub.Length);
    }

    [Fact]
    public async Task A_build_cancelled_while_it_typesets_throws_and_writes_nothing()
    {
        // Long enough that typesetting takes far longer than the moment the token is cancelled at.
        var text = new StringBuilder("---\ntitle: A long book\nlang: en\n---\n\n");
        for (var section = 1; section <= 120; section++)
        {
            text.Append("# Section ").Append(section).Append("\n\n");
            for (var paragraph = 0; paragraph < 8; paragraph++)
            {
                text.Append(string.Join(' ', Enumerable.Repeat("The harbour of the old town held ships from every coast of the inland sea, and their cargoes filled the markets.", 6))).Append("\n\n");
            }
        }

        using var cancellation = new CancellationTokenSource();
        using var pdf = new MemoryStream();
        using var epub = new MemoryStream();
        await using var manuscript = new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));
        var publisher = Publisher.For(HouseStyle.Default);
        var build = publisher.PublishAsync(manuscript, "book.md", pdf, epub, null, cancellation.Token);
        // Cancelled while the build runs: 50 ms in, far less than the layout of 960 paragraphs takes.
        await Task.Delay(50, CancellationToken.None);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => build);
        Assert.Equal(0, pdf.Length);
        Assert.Equal(0, epub.Length);
    }

    [Fact]
    public async Task A_figure_comes_from_the_options_and_a_missing_one_is_named()
    {
        const string text = "---\ntitle: Harbour\nlang: en\n---\n\nThe harbour at dawn.\n\n![The harbour](images/harbour.png)\n";
        var png = File.ReadAllBytes(Path.Combine(Repo.Root, "tests", "manuscripts", "markdown", "images", "harbour.png"));
        var date = DateTimeOffset.FromUnixTimeSeconds(Epoch);

        var given = await PublishText(text, new PublishOptions { BuildDate = date, Figures = new Dictionary<string, ReadOnlyMemory<byte>> { ["images/harbour.png"] = png } });
        var missing = await PublishText(text, new PublishOptions { BuildDate = date });

        Assert.True(given.Succeeded, string.Join("\n", given.Diagnostics));
        Assert.DoesNotContain(given.Diagnostics, d => d.Code is "PUB1201" or EngineDiagnosticCodes.InMemoryFigureNotGiven);
        Assert.True(missing.Succeeded, string.Join("\n", missing.Diagnostics));
        Assert.Contains(missing.Diagnostics, d => d.Code == "PUB1201");
        var named = Assert.Single(missing.Diagnostics, d => d.Code == EngineDiagnosticCodes.InMemoryFigureNotGiven);
        Assert.Equal("harbour.md", named.Span.File);
        Assert.Contains("images/harbour.png", named.Message, StringComparison.Ordinal);
        // The photo is in the EPUB only when it was given.
        Assert.True(given.Epub!.Length > missing.Epub!.Length + png.Length / 2);
    }

    [Fact]
    public async Task A_figure_path_that_climbs_out_is_the_caller_s_mistake()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => PublishText("# A\n", new PublishOptions
        {
            Figures = new Dictionary<string, ReadOnlyMemory<byte>> { ["../escape.png"] = new byte[] { 1 } },
        }));
    }

    [Fact]
    public async Task Bad_input_is_a_diagnostic_at_its_line_and_no_edition()
    {
        var result = await Publisher.PublishAsync(new MemoryStream([0x41, 0x0A, 0xC3, 0x28]), "broken.md", HouseStyle.Default, cancellationToken: CancellationToken.None);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Publish.Model.Diagnostics.DiagnosticSeverity.Error);
        Assert.Equal("broken.md", error.Span.File);
        Assert.Equal(2, error.Span.Line);
        Assert.Null(result.Pdf);
        Assert.Null(result.Epub);
    }

    private static async Task<PublishResult> PublishText(string text, PublishOptions options)
    {
        await using var manuscript = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return await Publisher.PublishAsync(manuscript, "harbour.md", HouseStyle.Default, options, CancellationToken.None);
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
