using System.Text.RegularExpressions;
using Publish.Engine.Tests.TextLayer;

namespace Publish.Engine.Tests.Corpora;

/// <summary>
/// Pandoc's user guide copied into a temporary folder as <c>pandoc-manual.md</c> (its dialect is Markdown; a
/// <c>.txt</c> would be read as the archive's legacy export) and built by the real <c>publish build</c> into both
/// editions; and Pandoc's own renderings of it as the reference (<c>-t plain --wrap=none</c> for the words,
/// <c>-t html</c> for how many tables and definition lists it has), when <c>pandoc</c> is installed. Built once per
/// test class, on first use.
/// </summary>
public sealed partial class PandocManualBuild : IDisposable
{
    private readonly Lazy<Built> _built;
    private ScratchFolder? _scratch;

    public PandocManualBuild() => _built = new Lazy<Built>(Build);

    internal Built Result => _built.Value;

    public void Dispose() => _scratch?.Dispose();

    private Built Build()
    {
        _scratch = new ScratchFolder();
        var source = CorpusFiles.Get(CorpusFiles.PandocManual);
        var folder = Path.Combine(_scratch.Path, "manual");
        Directory.CreateDirectory(folder);
        var manuscript = Path.Combine(folder, "pandoc-manual.md");
        File.Copy(source, manuscript);
        var output = Path.Combine(_scratch.Path, "out");
        var outcome = CorpusProcess.Run(_scratch.Path, "build", folder, "-o", output);
        string? plain = null;
        string? html = null;
        if (TextTool.IsInstalled("pandoc"))
        {
            plain = TextTool.Run("pandoc", source, "-f", "markdown", "-t", "plain", "--wrap=none");
            html = TextTool.Run("pandoc", source, "-f", "markdown", "-t", "html");
        }

        return new Built(outcome, Path.Combine(output, "pandoc-manual.pdf"), Path.Combine(output, "pandoc-manual.epub"), plain, html);
    }

    /// <summary>How many elements named <paramref name="element"/> Pandoc's HTML has (code samples are escaped there, so they do not count).</summary>
    internal static int Count(string html, string element) => Regex.Count(html, "<" + element + @"[\s>]");

    internal sealed record Built(PublishProcess.Outcome Outcome, string PdfPath, string EpubPath, string? PandocPlain, string? PandocHtml)
    {
        /// <summary>Fails with publish's own messages when an edition was not written, rather than with a missing file.</summary>
        public void AssertEditionsWritten() =>
            Assert.True(File.Exists(PdfPath) && File.Exists(EpubPath), $"publish exited {Outcome.ExitCode} without both editions:\n{Outcome.StandardError}");
    }
}
