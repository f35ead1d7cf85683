using System.Globalization;

namespace Publish.Engine.Tests.StyleKeys;

/// <summary>
/// Issue 18 (every style key has a test showing its effect): a class under <c>divs:</c> with its <c>treatment</c>,
/// <c>label</c>, <c>size</c>, <c>inset</c>, <c>rule</c>, <c>rule-color</c> and <c>width</c>, each set two ways and read
/// back from the printed page (A4, 25 mm margins: the column runs from 70.87 to 524.41 pt; no footer rule, so every
/// stroke on the page is the div's).
/// </summary>
public sealed class DivKeyTests
{
    private const double ColumnLeft = 25 * 72 / 25.4;
    private const double ColumnRight = (210 - 25) * 72 / 25.4;

    private const string Manuscript =
        "---\ntitle: Divs\nlang: en\n---\n\nA paragraph before.\n\n::: sidebar\nSidebarword opens the div, and its text runs on long enough to fill more than one line of the column at any size the test sets it, so that its edges can be measured.\n:::\n\nA paragraph after.\n";

    [Theory]
    [InlineData("box", true)]
    [InlineData("plain", false)]
    public void Treatment_box_rules_and_labels_the_div_and_plain_sets_it_as_body_text(string treatment, bool boxed)
    {
        // A class the file names takes plain's values for the keys it leaves out: the box's label and rule are given.
        var keys = boxed ? ", label: Asidelabel, rule: 1pt" : string.Empty;
        using var book = KeyedPdf.Build(Manuscript, $"footer:\n  rule: none\ndivs:\n  sidebar: {{treatment: {treatment}{keys}}}\n");

        var word = book.Word("Sidebarword").Word;
        Assert.Equal(boxed, book.Words().Any(w => w.Word.Text == "Asidelabel"));
        Assert.Equal(boxed ? 2 : 0, book.Pdf.GetPage(1).Paths.Count(p => p.IsStroked));
        Assert.Equal(11, word.Letters[0].PointSize, 0.01);
    }

    [Theory]
    [InlineData("Asidelabel")]
    [InlineData("Otherlabel")]
    public void Label_is_the_word_heading_the_box_in_bold(string label)
    {
        using var book = KeyedPdf.Build(Manuscript, $"divs:\n  sidebar: {{treatment: box, label: {label}}}\n");

        var heading = book.Word(label).Word;
        Assert.Contains("Bold", heading.Letters[0].FontName, StringComparison.Ordinal);
        Assert.True(heading.BoundingBox.Bottom > book.Word("Sidebarword").Word.BoundingBox.Top, "the label is not above the box's text");
    }

    [Theory]
    [InlineData("box", "8pt", 8)]
    [InlineData("box", "1.2em", 13.2)]
    [InlineData("epigraph", "7pt", 7)]
    public void Size_sets_the_divs_text_size(string treatment, string size, double points)
    {
        using var book = KeyedPdf.Build(Manuscript, $"divs:\n  sidebar: {{treatment: {treatment}, size: {size}}}\n");

        Assert.All(book.Word("Sidebarword").Word.Letters, l => Assert.Equal(points, l.PointSize, 0.01));
        Assert.All(book.Word("before.").Word.Letters, l => Assert.Equal(11, l.PointSize, 0.01));
    }

    [Theory]
    [InlineData("10pt", 10)]
    [InlineData("4em", 44)]
    public void Inset_stands_the_box_text_in_from_both_edges_of_the_column(string inset, double points)
    {
        // size 1em (11 pt), so an inset in em is in the body's em.
        using var book = KeyedPdf.Build(Manuscript, $"microtype:\n  protrusion: false\ndivs:\n  sidebar: {{treatment: box, size: 1em, inset: {inset}}}\n");

        var (page, word) = book.Word("Sidebarword");
        var line = book.Words().Where(w => w.Page == page && Math.Abs(w.Word.BoundingBox.Bottom - word.BoundingBox.Bottom) < 3).Select(w => w.Word).ToList();
        Assert.Equal(ColumnLeft + points, word.Letters[0].StartBaseLine.X, 0.5);
        Assert.Equal(ColumnRight - points, line.Max(w => w.Letters[^1].EndBaseLine.X), 0.5);
    }

    [Theory]
    [InlineData("2pt", "#cc0000")]
    [InlineData("0.25pt", "#0033cc")]
    public void Rule_and_rule_color_are_the_thickness_and_colour_of_the_boxs_rules(string rule, string color)
    {
        using var book = KeyedPdf.Build(Manuscript, $"footer:\n  rule: none\ndivs:\n  sidebar: {{treatment: box, rule: {rule}, rule-color: \"{color}\"}}\n");

        var strokes = book.Pdf.GetPage(1).Paths.Where(p => p.IsStroked).ToList();
        Assert.Equal(2, strokes.Count);
        var thickness = double.Parse(rule[..^2], CultureInfo.InvariantCulture);
        var expected = (int.Parse(color.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            int.Parse(color.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            int.Parse(color.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        Assert.All(strokes, s =>
        {
            Assert.Equal(thickness, (double)s.LineWidth, 3);
            var (r, g, b) = s.StrokeColor!.ToRGBValues();
            Assert.Equal(expected, ((int)Math.Round(r * 255), (int)Math.Round(g * 255), (int)Math.Round(b * 255)));
        });
    }

    [Fact]
    public void Rule_zero_draws_no_rules_around_the_box()
    {
        using var book = KeyedPdf.Build(Manuscript, "footer:\n  rule: none\ndivs:\n  sidebar: {treatment: box, rule: 0}\n");

        Assert.DoesNotContain(book.Pdf.GetPage(1).Paths, p => p.IsStroked);
    }

    [Theory]
    [InlineData("40%", 0.4)]
    [InlineData("0.8", 0.8)]
    public void Width_is_the_epigraphs_share_of_the_column_against_its_right_edge(string width, double share)
    {
        using var book = KeyedPdf.Build(Manuscript, $"microtype:\n  protrusion: false\ndivs:\n  sidebar: {{treatment: epigraph, width: {width}}}\n");

        var word = book.Word("Sidebarword").Word;
        Assert.Equal(ColumnRight - (share * (ColumnRight - ColumnLeft)), word.Letters[0].StartBaseLine.X, 1.0);
        Assert.Contains("Italic", word.Letters[0].FontName, StringComparison.Ordinal);
    }
}
