using System.Collections.Concurrent;
using Publish.Model.Diagnostics;

namespace Publish.Engine.Tests.Conformance;

/// <summary>
/// The PDF editions the conformance suite checks, built in process once per test run and shared by its tests: every
/// manuscript of <see cref="Repo.AllManuscripts"/> and a generated 300-section book, with the default profile (which
/// should be PDF/A-2b + PDF/UA-1) and with the press profile (PDF/X-4 + PDF/A-2b + PDF/UA-1, on one FOGRA39 profile).
/// </summary>
internal static class ConformanceEditions
{
    public const string BenchBook = "bench-300";

    private static readonly ConcurrentDictionary<(string, PrintProfile), Lazy<byte[]>> Built = new();
    private static readonly string Output = Directory.CreateTempSubdirectory("publish-conformance-").FullName;
    private static readonly Lazy<string> BenchManuscript = new(() => GeneratedBenchBook.Write(Path.Combine(Output, "bench-source"), sections: 300));

    /// <summary>The claims each profile's edition should make (README, "What each edition claims").</summary>
    public static ConformanceClaims Expected(PrintProfile profile) =>
        profile == PrintProfile.Press ? ConformanceClaims.PdfX4 | ConformanceClaims.PdfA2b | ConformanceClaims.PdfUa1 : ConformanceClaims.PdfA2b | ConformanceClaims.PdfUa1;

    /// <summary>Manuscript names (file names, or <see cref="BenchBook"/>) the suite builds.</summary>
    public static IEnumerable<string> Names() => Repo.AllManuscripts().Select(Path.GetFileName).OfType<string>().Append(BenchBook);

    private static readonly ConcurrentDictionary<(string, PrintProfile), Lazy<IReadOnlyList<ClauseFailure>>> Checked = new();

    /// <summary>The checker's failures for an edition against its profile's expected claims, computed once.</summary>
    public static IReadOnlyList<ClauseFailure> Failures(string name, PrintProfile profile) =>
        Checked.GetOrAdd((name, profile), key => new Lazy<IReadOnlyList<ClauseFailure>>(() => ConformanceChecker.Check(Pdf(key.Item1, key.Item2), Expected(key.Item2)))).Value;

    public static byte[] Pdf(string name, PrintProfile profile) =>
        Built.GetOrAdd((name, profile), key => new Lazy<byte[]>(() => Build(key.Item1, key.Item2))).Value;

    private static byte[] Build(string name, PrintProfile profile)
    {
        var manuscript = name == BenchBook ? BenchManuscript.Value : Repo.AllManuscripts().Single(m => Path.GetFileName(m) == name);
        var style = Path.Combine(Repo.Root, "styles", name == BenchBook ? "bench.yaml" : "default.yaml");
        var diagnostics = new DiagnosticBag();
        var loaded = StyleResolver.Load(style, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToImmutableSorted()));
        var folder = Path.Combine(Output, $"{name}-{profile}");
        var request = new BuildRequest([manuscript], folder, Formats: EditionFormats.Pdf, BuildDate: Editions.BuildDate, Print: profile);
        var result = Assert.Single(Publisher.Create(loaded).Build(request).Manuscripts);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return File.ReadAllBytes(result.Outputs.Single(o => o.Format == EditionFormats.Pdf).Path);
    }
}
