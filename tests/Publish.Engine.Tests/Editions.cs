using System.Collections.Concurrent;
using Publish.Model.Diagnostics;

namespace Publish.Engine.Tests;

/// <summary>Builds each test manuscript's editions once per test run, in process, with a fixed build date.</summary>
internal static class Editions
{
    public static readonly DateTimeOffset BuildDate = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    // Lazy: GetOrAdd may run its factory twice when two test classes ask at once, and two builds of one manuscript
    // into one folder would be a test of something else.
    private static readonly ConcurrentDictionary<string, Lazy<ManuscriptResult>> Built = new(StringComparer.Ordinal);
    private static readonly string Output = Directory.CreateTempSubdirectory("publish-editions-").FullName;

    public static ManuscriptResult Of(string manuscript) => Built.GetOrAdd(manuscript, m => new Lazy<ManuscriptResult>(() => Build(m))).Value;

    public static string PdfOf(string manuscript) => Of(manuscript).Outputs.Single(o => o.Format == EditionFormats.Pdf).Path;

    public static string EpubOf(string manuscript) => Of(manuscript).Outputs.Single(o => o.Format == EditionFormats.Epub).Path;

    private static ManuscriptResult Build(string manuscript)
    {
        var folder = Path.Combine(Output, Path.GetFileName(Path.GetDirectoryName(manuscript))!);
        var diagnostics = new DiagnosticBag();
        var style = StyleResolver.Load(Repo.DefaultStyle, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToImmutableSorted()));
        var result = Assert.Single(Publisher.Create(style).Build(new BuildRequest([manuscript], folder, BuildDate: BuildDate)).Manuscripts);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }
}
