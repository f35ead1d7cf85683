using System.Text.Json;

namespace Publish.Engine.Tests.Readers;

/// <summary>
/// DAISY Ace 1.4.6, the e-book trade's accessibility checker (axe-core in Chromium plus the EPUB rules), on the
/// EPUB of the sample, of every test manuscript and of the test book: outcome "pass" and no violation, the conformance claim included
/// (Ace checks its wording). All in one Node process and one Chromium (tests/tools/ace-batch.js, Ace's own checker and
/// Puppeteer runner, two books at a time): the command line would start both per book, most of the check's time.
/// </summary>
[Collection(EReadersRunAlone.Name)]
public sealed class AceTests
{
    [ReaderFact("ace")]
    public void Ace_passes_every_manuscripts_epub_with_no_violation()
    {
        using var scratch = new ScratchFolder();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["PUPPETEER_EXECUTABLE_PATH"] = ReaderTool.Chromium! };
        var epubs = Epubs().ToList();
        // Each book's reports go to a folder named after it.
        Assert.Equal(epubs.Count, epubs.Select(Path.GetFileName).Distinct(StringComparer.Ordinal).Count());
        var script = Path.Combine(Repo.Root, "tests", "tools", "ace-batch.js");
        var (exitCode, log) = ReaderTool.Run(ReaderTool.Node!, environment, TimeSpan.FromMinutes(2 + epubs.Count), [script, ReaderTool.AcePuppeteer!, scratch.Path, .. epubs]);
        Assert.True(exitCode == 0, $"ace-batch.js exit {exitCode}\n{log}");

        var failures = new List<string>();
        foreach (var name in epubs.Select(Path.GetFileNameWithoutExtension))
        {
            var json = Path.Combine(scratch.Path, name!, "report.json");
            if (!log.Contains($"ace-batch ok {name}\n", StringComparison.Ordinal) || !File.Exists(json))
            {
                failures.Add($"{name}: Ace did not finish\n{log}");
                continue;
            }

            using var parsed = JsonDocument.Parse(File.ReadAllBytes(json));
            var outcome = parsed.RootElement.GetProperty("earl:result").GetProperty("earl:outcome").GetString();
            var violations = parsed.RootElement.GetProperty("assertions").EnumerateArray()
                .SelectMany(document => document.TryGetProperty("assertions", out var list) ? list.EnumerateArray().ToList() : [])
                .Where(a => a.GetProperty("earl:result").GetProperty("earl:outcome").GetString() == "fail")
                .Select(a => a.GetProperty("earl:test").GetProperty("dct:title").GetString())
                .ToList();
            if (outcome != "pass" || violations.Count > 0)
            {
                failures.Add($"{name}: {outcome}, {violations.Count} violation(s): {string.Join(", ", violations)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// The sample's and every test manuscript's EPUB, and the test book's (issue 20: the book passes Ace) in place of its
    /// parts' own: the book holds their text, notes and bibliographies in its own files, so Ace reads them there, and each
    /// book costs CI seconds of Chromium.
    /// </summary>
    private static IEnumerable<string> Epubs()
    {
        var bookFolder = Path.GetDirectoryName(Books.TestBook.Manifest)! + Path.DirectorySeparatorChar;
        return Repo.AllManuscripts()
            .Where(m => !m.StartsWith(bookFolder, StringComparison.Ordinal))
            .Select(Editions.EpubOf)
            .Append(Books.TestBook.Epub);
    }
}
