using System.Collections.Concurrent;
using System.Text.Json;

namespace Publish.Engine.Tests.Readers;

/// <summary>
/// DAISY Ace 1.4.6, the e-book trade's accessibility checker (axe-core in Chromium plus the EPUB rules), on the
/// EPUB of the sample and of every test manuscript: outcome "pass" and no violation, the conformance claim included
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
        var manuscripts = Repo.AllManuscripts().ToList();
        Parallel.ForEach(manuscripts, new ParallelOptions { MaxDegreeOfParallelism = 2 }, manuscript =>
        {
            var name = Path.GetFileNameWithoutExtension(manuscript);
            var report = Path.Combine(scratch.Path, name);
            var (exitCode, log) = ReaderTool.Run(ReaderTool.AcePuppeteer!, environment, TimeSpan.FromMinutes(4), "-f", "-s", "-o", report, Editions.EpubOf(manuscript));
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
}
