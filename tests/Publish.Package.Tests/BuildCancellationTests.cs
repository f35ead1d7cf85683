using Publish.Engine;
using Publish.Model.Diagnostics;

namespace Publish.Package.Tests;

/// <summary><see cref="Publisher.Build"/> with a cancellation token: the host stops a build, and it says so by throwing.</summary>
public sealed class BuildCancellationTests
{
    [Fact]
    public void A_cancelled_build_throws_and_makes_no_output_folder()
    {
        using var scratch = new ScratchFolder();
        var request = new BuildRequest([Repo.SampleManuscript], scratch.File("out"), BuildDate: DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
        var publisher = Publisher.For(request, new DiagnosticBag())!;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => publisher.Build(request, cancellation: cancelled.Token));
        Assert.False(Directory.Exists(scratch.File("out")));
    }

    [Fact]
    public void A_build_cancelled_while_it_typesets_throws_and_replaces_no_edition()
    {
        using var scratch = new ScratchFolder();
        var request = new BuildRequest([Repo.SampleManuscript], scratch.File("out"), BuildDate: DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), Force: true);
        var publisher = Publisher.For(request, new DiagnosticBag())!;
        using var cancellation = new CancellationTokenSource();

        // Cancelled at the typesetter's first progress report: inside the build, after the reader.
        Assert.ThrowsAny<OperationCanceledException>(() => publisher.Build(request, typesetting: (_, _) => cancellation.Cancel(), cancellation: cancellation.Token));
        Assert.Empty(Directory.EnumerateFiles(scratch.File("out"), "*.pdf"));
        Assert.Empty(Directory.EnumerateFiles(scratch.File("out"), "*.epub"));

        // The same publisher builds again when not cancelled.
        var result = publisher.Build(request);
        Assert.True(result.Succeeded, string.Join("\n", result.Manuscripts.SelectMany(m => m.Diagnostics)));
        Assert.Single(Directory.EnumerateFiles(scratch.File("out"), "*.pdf"));
    }
}
