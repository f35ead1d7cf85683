using System.IO.Compression;
using CsCheck;
using Publish.Model.Diagnostics;
using Publish.Styles;

namespace Publish.Engine.Tests.Properties;

/// <summary>
/// The in-suite companion of the afl target in <c>fuzz/</c>: manuscripts of random syntax (<see cref="SyntaxSoup"/>),
/// as Markdown and as legacy exports with valid images beside them, built by the library. Every build ends
/// without an internal error (PUB9001, a writer or reader bug the engine caught), within its budget, and every
/// edition it writes is readable: the PDF opens in PdfPig with every page's text extractable, and every XHTML
/// document of the EPUB parses as XML.
/// </summary>
public sealed class HostileManuscriptPropertyTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    private static readonly Lazy<HouseStyle> Style = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        return StyleResolver.Load(Repo.DefaultStyle, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToImmutableSorted()));
    });

    private const int Samples = 40;

    /// <summary>
    /// Rounds of <see cref="Samples"/> go on until one sample got as far as the writers: most soups stop at a diagnostic
    /// (a note reference without its note, a lost title), so forty in a row without an edition happens now and then
    /// (a CI run of 2026-12-07), and one round was a flaky test. Ten rounds without one mean the generator is broken.
    /// </summary>
    private const int MaxRounds = 10;

    [Fact]
    public void Markdown_syntax_soup_builds_without_internal_errors() => CheckUntilOneIsWritten(SyntaxSoup.Markdown, ".md");

    [Fact]
    public void Legacy_syntax_soup_builds_without_internal_errors() => CheckUntilOneIsWritten(SyntaxSoup.Legacy, ".txt");

    /// <summary>Every sample is checked (<see cref="Check"/>); the rounds stop once one of them wrote editions.</summary>
    private static void CheckUntilOneIsWritten(Gen<string> soup, string extension)
    {
        var written = 0;
        for (var round = 0; round < MaxRounds && written == 0; round++)
        {
            soup.Sample(text => written += Check(text, extension), iter: Samples, threads: 1, print: Escaped);
        }

        Assert.True(written > 0, $"no sample of {MaxRounds * Samples} got as far as the writers");
    }

    /// <summary>Builds one manuscript and checks it; returns how many editions were written (0 when the manuscript failed with diagnostics).</summary>
    internal static int Check(string text, string extension)
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("fuzz" + extension, text);
        File.Copy(Path.Combine(Repo.Root, "tests", "manuscripts", "legacy", "ports-of-the-caspian.jpg"), scratch.File("fuzz.jpg"));
        Directory.CreateDirectory(scratch.File("images"));
        File.Copy(Path.Combine(Repo.Root, "tests", "manuscripts", "markdown", "images", "harbour.png"), scratch.File(Path.Combine("images", "harbour.png")));

        var built = Publisher.Create(Style.Value).Build(new BuildRequest([path], scratch.File("out"), BuildDate: Editions.BuildDate));
        var result = Assert.Single(built.Manuscripts);
        Assert.False(result.HasInternalError, string.Join("\n", result.Diagnostics));
        Assert.True(result.Elapsed < Budget, $"the build took {result.Elapsed}, over its budget of {Budget}");
        foreach (var output in result.Outputs)
        {
            if (output.Format == EditionFormats.Pdf)
            {
                using var pdf = UglyToad.PdfPig.PdfDocument.Open(output.Path);
                Assert.All(pdf.GetPages(), page => _ = page.Text);
            }
            else
            {
                using var zip = ZipFile.OpenRead(output.Path);
                foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal)))
                {
                    using var stream = entry.Open();
                    _ = EpubText.Parse(stream, entry.FullName);
                }
            }
        }

        return result.Outputs.Length;
    }

    /// <summary>The manuscript as a C# string literal body, so a shrunk failure can be pasted into a regression test.</summary>
    internal static string Escaped(string text) =>
        string.Concat(text.Select(c => c switch
        {
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '"' => "\\\"",
            '\\' => "\\\\",
            _ when c < ' ' || c > '~' => $"\\u{(int)c:X4}",
            _ => c.ToString(),
        }));
}
