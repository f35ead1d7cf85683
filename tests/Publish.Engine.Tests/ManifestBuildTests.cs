using Publish.Engine.Manifests;
using Publish.Model.Diagnostics;

namespace Publish.Engine.Tests;

/// <summary>Issue 6, manifests: a publish.yaml lists manuscripts, output, formats and metadata overrides.</summary>
public sealed class ManifestBuildTests
{
    [Fact]
    public void A_manifest_names_manuscripts_output_formats_and_overrides_metadata()
    {
        using var scratch = new ScratchFolder();
        ReleaseArchive.WriteThree(scratch.File("articles"));
        var manifestPath = scratch.Write("publish.yaml", """
            output: editions
            formats: [pdf]
            manuscripts:
              - path: articles/alpha.md
                metadata: { title: "Alpha, the second edition", series: Commentary }
              - articles/gamma.md
            """);

        var diagnostics = new DiagnosticBag();
        var manifest = BuildManifest.Load(manifestPath, diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.ToImmutableSorted()));
        Assert.NotNull(manifest);
        Assert.Equal([scratch.File("articles/alpha.md"), scratch.File("articles/gamma.md")], manifest.Manuscripts.ToArray());
        Assert.Equal(scratch.File("editions"), manifest.Output);
        Assert.Equal("pdf", manifest.Formats);
        var request = new BuildRequest(manifest.Manuscripts, manifest.Output!, Formats: EditionFormats.Pdf, BuildDate: ReleaseArchive.BuildDate, MetadataOverrides: manifest.MetadataOverrides);
        var result = ReleaseArchive.Publisher().Build(request);
        Assert.Equal(["Alpha, the second edition", "Gamma"], result.Manuscripts.Select(m => m.Summary!.Title));
        Assert.Equal(["alpha.pdf", "gamma.pdf"], ReleaseArchive.Editions(manifest.Output!).Keys);
    }

    [Fact]
    public void An_unknown_metadata_key_is_refused_with_its_line()
    {
        using var scratch = new ScratchFolder();
        var manifestPath = scratch.Write("publish.yaml", "manuscripts:\n  - path: a.md\n    metadata:\n      titel: Typo\n");

        var diagnostics = new DiagnosticBag();

        Assert.Null(BuildManifest.Load(manifestPath, diagnostics));
        var error = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal((DiagnosticSeverity.Error, EngineDiagnosticCodes.ManifestUnknownKey), (error.Severity, error.Code));
        Assert.Equal((manifestPath, 4), (error.Span.File, error.Span.Line));
        Assert.Contains("'titel'", error.Message, StringComparison.Ordinal);
    }
}
