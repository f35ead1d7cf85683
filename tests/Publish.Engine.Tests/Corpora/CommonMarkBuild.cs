using System.Text.RegularExpressions;

namespace Publish.Engine.Tests.Corpora;

/// <summary>
/// The CommonMark spec's examples, each written as a manuscript (<c>example-NNN.md</c>: a front matter naming it, then
/// the example's Markdown) in one temporary folder, built by one <c>publish build FOLDER --format epub</c> — one process
/// for all 655 rather than 655 processes. Built once per test class, on first use; the folder goes with the fixture.
/// </summary>
public sealed partial class CommonMarkBuild : IDisposable
{
    private readonly Lazy<Built> _built;
    private ScratchFolder? _scratch;

    public CommonMarkBuild() => _built = new Lazy<Built>(Build);

    internal Built Result => _built.Value;

    public void Dispose() => _scratch?.Dispose();

    private Built Build()
    {
        _scratch = new ScratchFolder();
        var examples = CommonMarkSpec.Examples(CorpusFiles.Get(CorpusFiles.CommonMarkSpec));
        var folder = Path.Combine(_scratch.Path, "examples");
        Directory.CreateDirectory(folder);
        foreach (var example in examples)
        {
            // The front matter keeps a leading "---" of an example from being read as one, and gives a title that is
            // not taken from the example's first heading.
            File.WriteAllText(Path.Combine(folder, Name(example) + ".md"), $"---\ntitle: \"Example {example.Number}\"\n---\n\n" + example.Markdown);
        }

        var output = Path.Combine(_scratch.Path, "out");
        var outcome = CorpusProcess.Run(_scratch.Path, "build", folder, "-o", output, "--format", "epub", "--quiet");
        var internalErrors = InternalError().Matches(outcome.StandardError).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var editions = Directory.Exists(output)
            ? Directory.EnumerateFiles(output, "*.epub", SearchOption.AllDirectories).ToDictionary(p => Path.GetFileNameWithoutExtension(p), StringComparer.Ordinal)
            : [];
        return new Built(examples, outcome, internalErrors, editions);
    }

    internal static string Name(CommonMarkExample example) => $"example-{example.Number:000}";

    [GeneratedRegex(@"(example-\d{3})\.md:\d+:\d+: error PUB9001")]
    private static partial Regex InternalError();

    internal sealed record Built(
        List<CommonMarkExample> Examples,
        PublishProcess.Outcome Outcome,
        List<string> InternalErrors,
        Dictionary<string, string> Editions);
}
