namespace Publish.Engine.Tests.TextLayer;

/// <summary>
/// Issue 16, item 3: for every test manuscript and the user's sample, the words three independent extractors read
/// from the print edition (Poppler's <c>pdftotext -raw</c>, PdfPig, MuPDF) are the manuscript's words, hyphens
/// included, in order — the running text, the notes and the captions each compared whole (<see cref="PrintedText"/> says what
/// print may legitimately add or move; <see cref="WordComparison"/> what a line end may do). Code keeps its
/// indentation as text. A manuscript may only be left out with a stated reason (<see cref="OptedOut"/>).
/// </summary>
public sealed class TextLayerTests : IClassFixture<TextLayerReadings>
{
    /// <summary>Manuscripts (file names) whose text layer is not compared yet, each with why.</summary>
    private static readonly Dictionary<string, string> OptedOut = new(StringComparer.Ordinal);

    private readonly TextLayerReadings _readings;

    public TextLayerTests(TextLayerReadings readings)
    {
        _readings = readings;
    }

    public static TheoryData<string> Manuscripts() =>
        [.. Repo.AllManuscripts().Where(m => !OptedOut.ContainsKey(Path.GetFileName(m))).Select(p => Path.GetRelativePath(Repo.Root, p))];

    [Fact]
    public void Every_opted_out_manuscript_exists_and_says_why()
    {
        var names = Repo.AllManuscripts().Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        Assert.All(OptedOut, entry =>
        {
            Assert.Contains(entry.Key, names);
            Assert.False(string.IsNullOrWhiteSpace(entry.Value));
        });
    }

    /// <summary>
    /// The manuscripts with no right-to-left letter. Poppler's <c>pdftotext -raw</c> writes a right-to-left line one
    /// character per line whatever order or positions the glyphs have (tried: visual order, logical order at visual
    /// positions), so it cannot judge those; PdfPig and MuPDF do (and plain <c>pdftotext</c> reads them in logical order).
    /// </summary>
    public static TheoryData<string> LeftToRightManuscripts() =>
        [.. Repo.AllManuscripts().Where(m => !OptedOut.ContainsKey(Path.GetFileName(m))).Select(p => Path.GetRelativePath(Repo.Root, p)).Where(m => !HasRightToLeftLetters(m))];

    private static bool HasRightToLeftLetters(string manuscript) =>
        Publish.Model.Text.TextDirection.HasRightToLeft(File.ReadAllText(Path.Combine(Repo.Root, manuscript)));

    [ToolTheory("pdftotext", "poppler-utils")]
    [MemberData(nameof(LeftToRightManuscripts))]
    public void Pdftotext_raw_reads_the_manuscripts_words(string manuscript) => ReadsTheWords(manuscript, PopplerReading.Name);

    [Theory]
    [MemberData(nameof(Manuscripts))]
    public void PdfPig_reads_the_manuscripts_words(string manuscript) => ReadsTheWords(manuscript, PdfPigReading.Name);

    [ToolTheory("mutool", "mupdf-tools")]
    [MemberData(nameof(Manuscripts))]
    public void MuPdf_reads_the_manuscripts_words(string manuscript) => ReadsTheWords(manuscript, MuPdfReading.Name);

    [ToolTheory("pdftotext", "poppler-utils")]
    [MemberData(nameof(Manuscripts))]
    public void Code_keeps_its_indentation(string manuscript)
    {
        var path = Path.Combine(Repo.Root, manuscript);
        var expected = PrintedText.Of(_readings.Edition(path).Document).CodeLines;
        var extractors = HasRightToLeftLetters(manuscript) ? new List<string> { PdfPigReading.Name } : [PopplerReading.Name, PdfPigReading.Name];
        if (TextTool.IsInstalled("mutool"))
        {
            extractors.Add(MuPdfReading.Name);
        }

        var failures = new List<string>();
        foreach (var extractor in extractors)
        {
            var lines = _readings.Read(path, extractor).Lines;
            var at = 0;
            foreach (var line in expected.Select(l => l.TrimEnd()))
            {
                var found = lines.Skip(at).Select((l, i) => (Line: l, Index: at + i)).FirstOrDefault(l => string.Equals(l.Line, line, StringComparison.Ordinal));
                if (found.Line is null)
                {
                    var near = lines.FirstOrDefault(l => string.Equals(l.Trim(), line.Trim(), StringComparison.Ordinal));
                    failures.Add($"{extractor}: code line '{line}' not read as written" + (near is null ? " (not found)" : $"; read '{near}'"));
                    break;
                }

                at = found.Index + 1;
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private void ReadsTheWords(string manuscript, string extractor)
    {
        var path = Path.Combine(Repo.Root, manuscript);
        var expected = PrintedText.Of(_readings.Edition(path).Document);
        var read = _readings.Read(path, extractor);

        var divergences = new[]
        {
            ("running text", WordComparison.FirstDivergence(expected.Flow, read.Flow)),
            ("notes", WordComparison.FirstDivergence(expected.Notes, read.Notes)),
            ("captions", WordComparison.FirstDivergence(expected.Captions, read.Captions)),
        }.Where(d => d.Item2 is not null).ToList();

        Assert.True(divergences.Count == 0, $"{extractor} on {manuscript}:\n" + string.Join("\n", divergences.Select(d => d.Item1 + ": " + d.Item2)));
    }
}
