using Publish.Model.Diagnostics;

namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// Issue 7 row 6's canary: one manuscript referencing the canary in every way at once, mixed with a sound
/// image, in both dialects. Every way is reported, and the canary's bytes appear in no output file.
/// </summary>
public sealed class CanaryTests
{
    [Fact]
    public void A_canary_outside_the_manuscript_folder_never_reaches_an_edition()
    {
        using var build = new HostileBuild();
        var canary = CanaryReferences.Plant(build);
        build.WriteBytes("ok.png", TestImages.Png(8, 8, (9, 9, 9)));
        var lines = new List<string> { "---", "title: Canary", "---", string.Empty, "![Sound](ok.png)", string.Empty };
        foreach (var (kind, reference) in CanaryReferences.Markdown)
        {
            lines.Add($"![{kind}]({reference(canary)})");
            lines.Add(string.Empty);
            lines.Add($"Inline ![{kind}]({reference(canary)}) and a [link]({reference(canary)}).");
            lines.Add(string.Empty);
        }

        var path = build.Write("canary.md", string.Join('\n', lines));
        var outcome = build.Build(path);

        var refused = HostileBuild.Lines(outcome, path, "error", DiagnosticCodes.ImageOutsideManuscriptFolder);
        Assert.Equal(CanaryReferences.Markdown.Count, refused.Count);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Empty(CanaryReferences.Leaks(build, File.ReadAllBytes(canary)));
        Assert.Empty(build.Outputs());
    }

    /// <summary>Inline images and links to the canary are not figures: they keep their text (with a warning) and the build succeeds, still without the canary's bytes.</summary>
    [Fact]
    public void Inline_references_to_the_canary_build_without_it()
    {
        using var build = new HostileBuild();
        var canary = CanaryReferences.Plant(build);
        var lines = new List<string> { "---", "title: Canary", "---", string.Empty };
        foreach (var (kind, reference) in CanaryReferences.Markdown)
        {
            lines.Add($"Inline ![{kind}]({reference(canary)}) and a [link]({reference(canary)}).");
            lines.Add(string.Empty);
        }

        var path = build.Write("canary.md", string.Join('\n', lines));
        var outcome = build.Build(path);

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        HostileAssert.BuiltCompletely(build, path);
        Assert.Empty(CanaryReferences.Leaks(build, File.ReadAllBytes(canary)));
    }
}
