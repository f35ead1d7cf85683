namespace Publish.Engine.Tests.StyleKeys;

/// <summary>
/// Issue 18 (every style key has a test showing its effect): <c>tables.size</c>, <c>min-size</c>, <c>wide</c> and
/// <c>rules</c>, read back from a printed table. The keys are set two or three ways; each row expects what its own
/// values give, so a key the table layout ignored fails the rows that moved it from the default.
/// </summary>
public sealed class TableKeyTests
{
    /// <summary>A narrow table: two columns of short words, with a word in each cell to find.</summary>
    private const string Narrow = "---\ntitle: Tables\nlang: en\n---\n\nA paragraph before.\n\n| Headword | Other |\n|---|---|\n| Cellword | two |\n| three | four |\n\nA paragraph after.\n";

    [Theory]
    [InlineData("8pt", 8)]
    [InlineData("1.2em", 13.2)]
    public void Tables_size_sets_the_cells_text_at_that_size(string size, double points)
    {
        using var book = KeyedPdf.Build(Narrow, $"tables:\n  size: {size}\n");

        Assert.All(book.Word("Cellword").Word.Letters, l => Assert.Equal(points, l.PointSize, 0.01));
        Assert.All(book.Word("paragraph").Word.Letters, l => Assert.Equal(11, l.PointSize, 0.01));
    }

    [Theory]
    [InlineData(true, 3)]
    [InlineData(false, 0)]
    public void Tables_rules_draws_the_three_booktabs_rules_or_none(bool rules, int expected)
    {
        // No footer rule, so every stroke on the page is the table's.
        using var book = KeyedPdf.Build(Narrow, $"tables:\n  rules: {(rules ? "true" : "false")}\nfooter:\n  rule: none\n");

        var strokes = book.Pdf.GetPage(1).Paths.Count(p => p.IsStroked);
        Assert.Equal(expected, strokes);
    }

    /// <summary>
    /// Eight columns of one long word each: at 10 pt they need about 1.5 times the A4 text width, so the table must be
    /// set smaller (about 6.5 pt) or break its words. <c>min-size</c> is the floor of the shrinking, <c>wide: none</c>
    /// keeps the size and breaks words with a warning.
    /// </summary>
    [Theory]
    [InlineData("shrink", "9pt", 9.0, 9.0, true)]
    [InlineData("shrink", "0.4em", 4.4, 9.0, false)]
    [InlineData("none", "0.4em", 10.0, 10.0, true)]
    public void Tables_wide_and_min_size_decide_how_far_a_too_wide_table_shrinks_before_its_words_break(string wide, string minSize, double least, double most, bool warned)
    {
        var cells = Enumerable.Range(1, 8).Select(i => "Wordcell" + new string((char)('a' + i), 1) + "extraor").ToList();
        var markdown = "---\ntitle: Broad\nlang: en\n---\n\n| " + string.Join(" | ", cells) + " |\n|" + string.Concat(Enumerable.Repeat("---|", 8)) + "\n| " + string.Join(" | ", cells) + " |\n";

        using var book = KeyedPdf.Build(markdown, $"tables:\n  size: 10pt\n  min-size: {minSize}\n  wide: {wide}\n");

        var letters = book.Pdf.GetPage(1).Letters.Where(l => l.Value == "W").ToList();
        Assert.NotEmpty(letters);
        Assert.All(letters, l => Assert.InRange(l.PointSize, least - 0.01, most + 0.01));
        if (!warned)
        {
            Assert.True(letters[0].PointSize < 9, $"the table stayed at {letters[0].PointSize} pt");
        }

        Assert.Equal(warned, book.Diagnostics.Contains("PUB3510", StringComparison.Ordinal));
    }
}
