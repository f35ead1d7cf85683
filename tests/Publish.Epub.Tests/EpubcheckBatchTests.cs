using System.IO.Compression;
using System.Text;

namespace Publish.Epub.Tests;

/// <summary>
/// The long-lived EPUBCheck JVM the tests check EPUBs in (tests/tools) reports what the command line reports, and one
/// check leaves nothing behind for the next: a broken EPUB between two good ones, in one JVM, each report compared with
/// <c>java -jar epubcheck</c>'s own.
/// </summary>
public sealed class EpubcheckBatchTests
{
    [Fact]
    public async Task One_jvm_reports_a_broken_epub_between_two_good_ones_as_the_command_line_does()
    {
        var folder = WrittenEpub.NewFolder();
        using var first = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(NotePlacement.SectionEnd), TestDocuments.Pages(), folder);
        var secondFolder = WrittenEpub.NewFolder();
        using var second = WrittenEpub.Of(TestDocuments.Sample(secondFolder), TestDocuments.Options(NotePlacement.AfterParagraph), TestDocuments.Pages(), secondFolder);
        var broken = WriteWithUnknownElement(first, Path.Combine(folder, "broken.epub"));
        string[] epubs = [first.Path, broken, second.Path];

        var fromCommandLine = epubs.Select(epub => Task.Run(() => Epubcheck.RunOneProcess(epub))).ToArray();
        using var jvm = Epubcheck.StartBatch();
        Assert.True(jvm is not null, Epubcheck.BatchUnavailableReason);
        var fromBatch = epubs.Select(epub => jvm.Check(epub, TimeSpan.FromSeconds(180))).ToList();
        var commandLineReports = await Task.WhenAll(fromCommandLine);

        for (var i = 0; i < epubs.Length; i++)
        {
            var (exitCode, report) = commandLineReports[i];
            Assert.True(fromBatch[i] is not null, $"the batch JVM gave no answer for {epubs[i]}");
            Assert.Equal(exitCode, fromBatch[i]!.Value.ExitCode);
            // The same lines; the command line's report is its stdout then its stderr, the batch's one stream in the
            // order written.
            Assert.Equal(Lines(report), Lines(fromBatch[i]!.Value.Report));
        }

        foreach (var (exitCode, report) in new[] { fromBatch[0]!.Value, fromBatch[2]!.Value })
        {
            Assert.True(exitCode == 0, report);
            Assert.DoesNotMatch(@"(FATAL|ERROR|WARNING)\(", report);
            Assert.Contains("No errors or warnings detected", report, StringComparison.Ordinal);
        }

        var brokenReport = fromBatch[1]!.Value;
        Assert.Equal(1, brokenReport.ExitCode);
        Assert.Matches(@"ERROR\(RSC-005\): [^\n]*element ""bogus"" not allowed", brokenReport.Report);
        Assert.DoesNotContain("No errors or warnings detected", brokenReport.Report, StringComparison.Ordinal);
    }

    private static string[] Lines(string report) =>
        [.. report.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal)];

    /// <summary>A copy of the EPUB whose first content document holds an element XHTML does not have.</summary>
    private static string WriteWithUnknownElement(WrittenEpub epub, string path)
    {
        var target = epub.Entries.First(e => e.EndsWith(".xhtml", StringComparison.Ordinal) && !e.EndsWith("nav.xhtml", StringComparison.Ordinal));
        using (var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create))
        {
            foreach (var name in epub.Entries)
            {
                var bytes = epub.Contents[name];
                if (name == target)
                {
                    var xhtml = Encoding.UTF8.GetString(bytes);
                    Assert.Contains("</body>", xhtml, StringComparison.Ordinal);
                    bytes = Encoding.UTF8.GetBytes(xhtml.Replace("</body>", "<bogus>x</bogus></body>", StringComparison.Ordinal));
                }

                // The mimetype entry first and stored, as OCF requires; the rest compressed.
                var entry = zip.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }

        return path;
    }
}
