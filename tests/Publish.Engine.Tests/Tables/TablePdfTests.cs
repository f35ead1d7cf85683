using System.Text;
using System.Text.RegularExpressions;
using Publish.Engine.Tests.Tagging;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Publish.Engine.Tests.Tables;

/// <summary>
/// The tables of <c>tests/manuscripts/markdown/tables.md</c> through the real <c>publish</c> process, read back with
/// PdfPig: cells in their columns and rows, a right-aligned column flush right, the caption above, the header repeated
/// at the top of the continuation page, no row split, a cell's note on its row's page, TH/TD tags with /Scope.
/// </summary>
public sealed class TablePdfTests : IClassFixture<TablePdfTests.Built>
{
    private readonly Built _built;

    public TablePdfTests(Built built) => _built = built;

    /// <summary>The manuscript built once for the class, in a folder deleted after it.</summary>
    public sealed class Built : IDisposable
    {
        private readonly ScratchFolder _scratch = new();

        public Built()
        {
            var manuscript = Path.Combine(Repo.Root, "tests", "manuscripts", "markdown", "tables.md");
            Outcome = PublishProcess.Run(Repo.Root, (IReadOnlyDictionary<string, string>?)null, "build", manuscript, "-o", _scratch.Path, "--format", "pdf", "--quiet");
            Bytes = File.Exists(_scratch.File("tables.pdf")) ? File.ReadAllBytes(_scratch.File("tables.pdf")) : [];
        }

        internal PublishProcess.Outcome Outcome { get; }

        public byte[] Bytes { get; }

        public void Dispose() => _scratch.Dispose();
    }

    private PdfDocument Open()
    {
        Assert.True(_built.Outcome.ExitCode == 0, _built.Outcome.StandardError + _built.Outcome.StandardOutput);
        return PdfDocument.Open(_built.Bytes);
    }

    private static List<(int Page, Word Word)> Words(PdfDocument pdf) =>
        [.. pdf.GetPages().SelectMany(p => p.GetWords().Select(w => (p.Number, w)))];

    /// <summary>The first word <paramref name="text"/> after Table 1's caption ("1:"), in page and reading order.</summary>
    private static (int Page, Word Word) Find(List<(int Page, Word Word)> words, string text)
    {
        var caption = words.First(w => w.Word.Text == "1:");
        return words.Where(w => w.Page > caption.Page || (w.Page == caption.Page && w.Word.BoundingBox.Top < caption.Word.BoundingBox.Bottom)).First(w => w.Word.Text == text);
    }

    /// <summary>The long table's year cells: "2019" and "2020" in the right-aligned year column (not in the text or captions).</summary>
    private static List<(int Page, Word Word)> Years(List<(int Page, Word Word)> words)
    {
        var years = words.Where(w => w.Word.Text is "2019" or "2020").ToList();
        var column = years.GroupBy(w => Math.Round(w.Word.BoundingBox.Right)).MaxBy(g => g.Count())!.Key;
        return [.. years.Where(w => Math.Abs(w.Word.BoundingBox.Right - column) < 1)];
    }

    [Fact]
    public void Cells_of_the_first_table_stand_in_their_columns_and_rows_and_numbers_end_flush_right()
    {
        using var pdf = Open();
        var words = Words(pdf);

        // Row by row: a row's words share a baseline, each row below the one before.
        string[][] rows = [["Harbour", "Calls"], ["Samsun", "2140", "812.4"], ["Trabzon", "1785", "604.9"], ["Rize", "960", "201.0"]];
        var baselines = rows.Select(row => row.Select(t => Find(words, t).Word.BoundingBox.Bottom).ToArray()).ToList();
        Assert.All(baselines, b => Assert.True(b.Max() - b.Min() < 3, $"one row, one line: {string.Join(", ", b)}"));
        Assert.Equal(baselines.Select(b => b[0]).OrderDescending(), baselines.Select(b => b[0]));

        // Left column: the harbour names start at one x; right-aligned "Calls" and "Cargo (kt)": numbers end at one x.
        var names = rows.Skip(1).Select(r => Find(words, r[0]).Word.BoundingBox.Left).ToList();
        Assert.All(names, x => Assert.Equal(names[0], x, 0.5));
        var calls = rows.Skip(1).Select(r => Find(words, r[1]).Word.BoundingBox.Right).ToList();
        Assert.All(calls, x => Assert.Equal(calls[0], x, 0.5));
        Assert.True(Find(words, "960").Word.BoundingBox.Left > Find(words, "2140").Word.BoundingBox.Left + 2, "a shorter number starts further right");
        var cargo = rows.Skip(1).Select(r => Find(words, r[2]).Word.BoundingBox.Right).ToList();
        Assert.All(cargo, x => Assert.Equal(cargo[0], x, 0.5));

        // Columns do not overlap: each harbour name ends before its row's number starts.
        Assert.All(rows.Skip(1), r => Assert.True(Find(words, r[0]).Word.BoundingBox.Right < Find(words, r[1]).Word.BoundingBox.Left));
    }

    [Fact]
    public void The_caption_stands_above_its_table_with_its_number()
    {
        using var pdf = Open();
        var text = pdf.GetPage(1).Text;
        Assert.Contains("Table 1: Calls and cargo", text.Replace('\u00A0', ' '), StringComparison.Ordinal);
        var words = Words(pdf);
        var label = words.First(w => w.Word.Text.StartsWith("1:", StringComparison.Ordinal));
        var header = Find(words, "Harbour");
        Assert.Equal(label.Page, header.Page);
        Assert.True(label.Word.BoundingBox.Bottom > header.Word.BoundingBox.Top, "the caption is above the header row (PDF y grows upward)");
    }

    [Fact]
    public void The_long_table_repeats_its_header_at_the_top_of_the_continuation_page_and_keeps_rows_whole()
    {
        using var pdf = Open();
        var words = Words(pdf);
        var years = Years(words);
        var first = years[0].Page;
        var last = years[^1].Page;
        Assert.True(last > first, "the long table runs onto another page");

        for (var page = first + 1; page <= last; page++)
        {
            var onPage = words.Where(w => w.Page == page).ToList();
            var top = onPage.Max(w => w.Word.BoundingBox.Bottom);
            var headerLine = onPage.Where(w => Math.Abs(w.Word.BoundingBox.Bottom - top) < 1).Select(w => w.Word.Text).ToList();
            Assert.Equal(["Year", "Harbour", "Calls", "Cargo", "(kt)"], headerLine);

            // Every row on the page is whole: a year, a harbour, calls and cargo on one baseline.
            foreach (var row in years.Where(w => w.Page == page))
            {
                var line = onPage.Where(w => Math.Abs(w.Word.BoundingBox.Bottom - row.Word.BoundingBox.Bottom) < 1).ToList();
                Assert.True(line.Count >= 4, $"page {page}: a row with {line.Count} words");
            }
        }

        // 60 data rows, each once.
        Assert.Equal(60, years.Count);
    }

    [Fact]
    public void A_note_in_a_cell_is_set_at_the_foot_of_its_rows_page()
    {
        using var pdf = Open();
        var words = Words(pdf);
        var row = Find(words, "Samsun");
        var note = words.First(w => w.Word.Text == "Estimated");
        Assert.Equal(row.Page, note.Page);
        Assert.True(note.Word.BoundingBox.Top < Find(words, "Rize").Word.BoundingBox.Bottom, "the note is below the table, at the foot");
    }

    [Fact]
    public void Header_cells_are_TH_with_column_scope_and_data_cells_TD_in_rows_of_a_table()
    {
        using var pdf = Open();
        var root = TaggedPdf.Read(pdf).Root;
        var tables = root.Descendants().Where(e => e.Type == "Table").ToList();
        Assert.Equal(4, tables.Count);
        Assert.Equal("Caption", tables[0].Elements.First().Type);

        var headers = tables.Select(t => t.Descendants().Where(e => e.Type == "TH").Select(e => e.Text.Trim()).ToList()).ToList();
        Assert.Equal(["Harbour", "Calls", "Cargo (kt)", "Remarks"], headers[0]);
        Assert.Equal(["Year", "Harbour", "Calls", "Cargo (kt)"], headers[2]);
        Assert.Equal(7, headers[3].Count);
        Assert.All(tables, t => Assert.All(t.Descendants().Where(e => e.Type == "TR"), tr => Assert.All(tr.Elements, c => Assert.Contains(c.Type, new[] { "TH", "TD" }))));
        Assert.Equal(60 * 4, tables[2].Descendants().Count(e => e.Type == "TD"));

        // Each TH's attributes say it heads its column (written uncompressed: the structure is plain objects).
        var text = Encoding.Latin1.GetString(_built.Bytes);
        var thElements = Regex.Matches(text, @"/S /TH [^\n]*").Select(m => m.Value).ToList();
        Assert.Equal(headers.Sum(h => h.Count), thElements.Count);
        Assert.All(thElements, th => Assert.Contains("/A << /O /Table /Scope /Column >>", th, StringComparison.Ordinal));
    }
}
