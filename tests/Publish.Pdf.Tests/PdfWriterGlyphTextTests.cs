using Publish.Pdf.Tests.Support;
using Publish.Typesetting.Frames;
using UglyToad.PdfPig;

namespace Publish.Pdf.Tests;

/// <summary>
/// One glyph drawn with two texts in one font: the hyphen glyph as a hyphen the line breaker added (text
/// U+00AD) and as a real hyphen (U+002D). Each must extract as its own text, whichever comes first.
/// </summary>
public sealed class PdfWriterGlyphTextTests : IDisposable
{
    private const string SoftHyphen = "\u00AD";
    private readonly TestFont serif = new(RepositoryPaths.Font("NotoSerif-Regular.ttf"));

    public void Dispose() => serif.Dispose();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_glyph_drawn_as_a_break_hyphen_and_as_a_real_hyphen_extracts_as_each(bool breakHyphenFirst)
    {
        var runs = Runs(breakHyphenFirst);
        var hyphens = runs.SelectMany(run => run.Glyphs.ToArray()).Where(g => g.Text is "-" or SoftHyphen).Select(g => g.GlyphId).Distinct();
        Assert.Single(hyphens);

        using var document = PdfDocument.Open(new PdfWriter().WriteToArray(Documents.Of(Documents.Page([.. runs]))));

        var lines = document.GetPage(1).Letters.GroupBy(l => Math.Round(l.StartBaseLine.Y)).Select(line => string.Concat(line.Select(l => l.Value)));
        Assert.Equal(Lines(breakHyphenFirst), lines);
    }

    [ToolFact("pdftotext")]
    public void Poppler_raw_text_keeps_real_hyphens_and_joins_break_hyphens()
    {
        using var file = TempFile.With("hyphens.pdf", new PdfWriter().WriteToArray(Documents.Of(Documents.Page([.. Runs(breakHyphenFirst: true)]))));

        var (exitCode, output) = ExternalTool.Run("pdftotext", "-raw", "-enc", "UTF-8", file.Path, "-");

        Assert.Equal(0, exitCode);
        var text = output.Replace(SoftHyphen + "\n", string.Empty, StringComparison.Ordinal);
        Assert.Contains("ownership", text, StringComparison.Ordinal);
        Assert.Contains("self-evident Kök-Aral", text, StringComparison.Ordinal);
        Assert.DoesNotContain("owner-", text, StringComparison.Ordinal);
    }

    [ToolFact("mutool")]
    public void MuPDF_text_keeps_real_hyphens_and_marks_break_hyphens_soft()
    {
        using var file = TempFile.With("hyphens.pdf", new PdfWriter().WriteToArray(Documents.Of(Documents.Page([.. Runs(breakHyphenFirst: true)]))));

        // To a file: the tool's warnings (e.g. "ICC support is not available") share its console output.
        var (exitCode, output) = ExternalTool.Run("mutool", "draw", "-q", "-F", "txt", "-o", file.Path + ".txt", file.Path);

        Assert.True(exitCode == 0, output);
        Assert.Equal(Lines(breakHyphenFirst: true), File.ReadAllText(file.Path + ".txt").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// The break hyphen is shown through an alias code that the /CIDToGIDMap stream sends back to the hyphen glyph:
    /// the page must render exactly as when every hyphen is shown by its glyph id (/CIDToGIDMap /Identity).
    /// </summary>
    [ToolFact("pdftoppm")]
    public void The_alias_code_renders_the_same_glyph()
    {
        var runs = Runs(breakHyphenFirst: true);
        var plain = runs.Select(run => run with { Glyphs = [.. run.Glyphs.ToArray().Select(g => g.Text == SoftHyphen ? g with { Text = "-" } : g)] }).ToList();
        var aliased = new PdfWriter().WriteToArray(Documents.Of(Documents.Page([.. runs])));
        var identity = new PdfWriter().WriteToArray(Documents.Of(Documents.Page([.. plain])));
        Assert.Matches(@"/CIDToGIDMap \d+ 0 R", PdfBytes.Latin1(aliased));
        Assert.Contains("/CIDToGIDMap /Identity", PdfBytes.Latin1(identity), StringComparison.Ordinal);

        Assert.Equal(Render(identity), Render(aliased));
    }

    private static byte[] Render(byte[] pdf)
    {
        using var file = TempFile.With("page.pdf", pdf);
        var (exitCode, output) = ExternalTool.Run("pdftoppm", "-r", "72", "-gray", "-f", "1", "-l", "1", file.Path, file.Path);
        Assert.True(exitCode == 0 && output.Length == 0, output);
        return File.ReadAllBytes(file.Path + "-1.pgm");
    }

    private static string[] Lines(bool breakHyphenFirst) => breakHyphenFirst
        ? ["owner" + SoftHyphen, "ship is self-evident Kök-Aral"]
        : ["self-evident Kök-Aral owner" + SoftHyphen, "ship"];

    /// <summary>The shaped lines, the break hyphen's text set to U+00AD as the line breaker does.</summary>
    private List<GlyphRun> Runs(bool breakHyphenFirst)
    {
        var lines = Lines(breakHyphenFirst);
        var runs = new List<GlyphRun>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var run = serif.Shape(line.Replace(SoftHyphen, "-", StringComparison.Ordinal), 11, 60, 120 + (i * 20));
            if (line.EndsWith(SoftHyphen, StringComparison.Ordinal))
            {
                var glyphs = run.Glyphs.ToArray();
                glyphs[^1] = glyphs[^1] with { Text = SoftHyphen };
                run = run with { Glyphs = [.. glyphs] };
            }

            runs.Add(run);
        }

        return runs;
    }
}
