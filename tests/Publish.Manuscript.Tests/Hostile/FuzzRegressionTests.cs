using Publish.Manuscript.Input;
using Publish.Model.Diagnostics;

namespace Publish.Manuscript.Tests.Hostile;

/// <summary>
/// Inputs the fuzzer (fuzz/) found crashing a reader, kept as regression tests: each must now be answered with
/// diagnostics, never an exception. The bytes are written by the test; the fuzzer's own files are not committed.
/// </summary>
public sealed class FuzzRegressionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("publish-fuzz-regression-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string> Crashers() => new()
    {
        // afl++ 4.04c, 2026-11-26, read mode, after ~112,000 executions: NULs in a front matter key become spaces,
        // leaving "    : de", on which YamlDotNet 18.1 throws ArgumentException ("unsupported event").
        { "front matter empty indented key", "2d2d2d0a000000003a2064650a2d2d2d0a0a23204448c3a400406e642e2048616d627572672c2031396e5b5e61662044616e6e3e736368724b65622065722027396e6465272e0a0a5b54615d3a00536965c3bc202739100065272e0a0a5b54615d3a00536965c3bc6c6c65722e0a2a657220486120656e642067696e67202d2d20406139392e0a" },
        { "front matter empty indented key, DEL", "2d2d2d0a0000007f3a2064650a2d2d2d0a0a231f4448c3a400406e492e2048614a627572672c204a396e5b5e616620656565656565656565657c6565653c6565657220486120656e642067696e67536965c3bc202739100065272e0a0a5b54615d3a00536965c3bc6c6c65722e0a656565656565656565656565656565656565656565657220486120656e642067696e67202d2d20406139392e0a" },
        { "minimal: indented empty key", "2d2d2d0a202020203a2064650a2d2d2d0a0a546578742e0a" },
    };

    [Theory]
    [MemberData(nameof(Crashers))]
    public void A_saved_crasher_is_read_with_diagnostics(string name, string hex)
    {
        foreach (var extension in new[] { ".md", ".txt" })
        {
            var path = Path.Combine(_folder, "crash" + extension);
            File.WriteAllBytes(path, Convert.FromHexString(hex));

            var result = ManuscriptReader.Read(path, ReadOptions.Default);

            Assert.True(result.Document is not null || result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error), name);
        }
    }

    [Fact]
    public void The_indented_empty_key_is_a_front_matter_error_on_its_line()
    {
        var diagnostics = new DiagnosticBag();
        var text = ManuscriptLoader.FromString("a.md", "---\n    : de\n---\n\nText.\n", diagnostics);

        _ = new Publish.Manuscript.Markdown.MarkdownReader().Read(text, diagnostics);

        var error = Assert.Single(diagnostics.ToImmutableSorted(), d => d.Code == DiagnosticCodes.FrontMatterInvalid);
        Assert.Equal(2, error.Span.Line);
    }
}
