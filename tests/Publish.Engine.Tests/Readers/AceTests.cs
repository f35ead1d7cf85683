using System.Collections.Concurrent;
using System.Text.Json;

namespace Publish.Engine.Tests.Readers;

/// <summary>
/// DAISY Ace 1.4.6, the e-book trade's accessibility checker (axe-core in Chromium plus the EPUB rules), on the
/// EPUB of the sample, of every test manuscript and of the test book: outcome "pass" and no violation, the conformance claim included
/// (Ace checks its wording). One book takes 25–55 s on a busy two-core machine; two run at a time.
/// </summary>
[Collection(EReadersRunAlone.Name)]
public sealed class AceTests
{
    [ReaderFact("ace")]
    public void Ace_passes_every_manuscripts_epub_with_no_violation()
    {
        using var scratch = new ScratchFolder();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["PUPPETEER_EXECUTABLE_PATH"] = ReaderTool.Chromium! };
        var failures = new ConcurrentBag<string>();
        Parallel.ForEach(Epubs(), new ParallelOptions { MaxDegreeOfParallelism = 2 }, epub =>
        {
            var name = Path.GetFileNameWithoutExtension(epub);
            var report = Path.Combine(scratch.Path, name);
            var (exitCode, log) = ReaderTool.Run(ReaderTool.AcePuppeteer!, environment, TimeSpan.FromMinutes(4), "-f", "-s", "-o", report, epub);
            var json = Path.Combine(report, "report.json");
            if (exitCode != 0 || !File.Exists(json))
            {
                failures.Add($"{name}: Ace exit {exitCode}\n{log}");
                return;
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
        });

        Assert.True(failures.IsEmpty, string.Join("\n", failures.Order(StringComparer.Ordinal)));
    }

    /// <summary>
    /// The sample's and every test manuscript's EPUB, and the test book's (issue 20: the book passes Ace) in place of its
    /// parts' own: the book holds their text, notes and bibliographies in its own files, so Ace reads them there, and each
    /// Ace run costs CI a Chromium start.
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
