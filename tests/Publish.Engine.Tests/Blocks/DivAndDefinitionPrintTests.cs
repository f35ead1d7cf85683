namespace Publish.Engine.Tests.Blocks;

/// <summary>
/// Issue 17 points 2 and 7, print: definition lists (bold terms, definitions inset, tagged L/LI/Lbl/LBody), fenced divs
/// set by the house style's treatment of their class (note and warning boxes ruled above and below with their label,
/// an epigraph against the right edge in italic with its attribution flush right, an unknown class plainly), a div's
/// lang reaching its paragraphs' hyphenation, and display math centred in italic. Built through the real CLI with the
/// default style (A4, 25 mm margins: the column runs from 70.87 to 524.41 pt), read back with PdfPig.
/// </summary>
public sealed class DivAndDefinitionPrintTests
{
    private const double ColumnLeft = 25 * 72 / 25.4;
    private const double ColumnRight = (210 - 25) * 72 / 25.4;

    private const string Manuscript = """
        ---
        title: Divs and definitions
        lang: en
        ---

        ::: epigraph
        Epigraphword opens the epigraph.

        --- Attributionword
        :::

        Termone
        :   Definitionone explains the first term.

        ::: note
        Boxedword sits in the note box.
        :::

        ::: warning
        Warnedword sits in the warning box.
        :::

        ::: {.sidebar}
        Plainword sits in a div of a class the style does not know.
        :::

        $$
        Emathword = mc^2
        $$

        ::: {lang=sw}
        Swahiliword ni neno la Kiswahili ambalo linaendelea hadi mwisho wa mstari na zaidi ya hapo ili mstari uvunjike.
        :::
        """;

    private static readonly Lazy<PrintedBook> Book = new(() => PrintedBook.Build(Manuscript));

    [Fact]
    public void A_term_is_bold_and_its_definition_inset_beneath_it_tagged_as_label_and_body()
    {
        var book = Book.Value;
        var term = book.Word("Termone");
        var definition = book.Word("Definitionone");

        Assert.Contains("Bold", term.Font, StringComparison.Ordinal);
        Assert.DoesNotContain("Bold", definition.Font, StringComparison.Ordinal);
        Assert.Equal(ColumnLeft, term.Left, 1.0);
        Assert.Equal(16.5, definition.Left - term.Left, 1.0);
        Assert.True(definition.Baseline < term.Baseline - 10, "the definition is not on the line below its term");

        var item = Assert.Single(book.Structure.Descendants(), e => e.Type == "LI" && e.Text.Contains("Termone", StringComparison.Ordinal));
        Assert.Equal(["Lbl", "LBody"], item.Elements.Select(e => e.Type));
        Assert.Equal("Termone", item.Elements.First().Text.Trim());
        Assert.StartsWith("Definitionone", item.Elements.Last().Text.Trim(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Boxedword", "Note")]
    [InlineData("Warnedword", "Warning")]
    public void A_note_or_warning_is_an_inset_box_ruled_above_its_label_and_below_its_text(string text, string label)
    {
        var book = Book.Value;
        var word = book.Word(text);
        var heading = book.LineOf(book.NextLineAbove(word))[0];

        Assert.Equal(label, heading.Text);
        Assert.Contains("Bold", heading.Font, StringComparison.Ordinal);

        // The rules span the column; the text stands in from it.
        var above = book.Rules.Where(r => r.Page == word.Page && r.Y > heading.Baseline).MinBy(r => r.Y);
        var below = book.Rules.Where(r => r.Page == word.Page && r.Y < word.Baseline).MaxBy(r => r.Y);
        Assert.Equal((ColumnLeft, ColumnRight), (above.Left, above.Right), new PointsComparer());
        Assert.Equal((ColumnLeft, ColumnRight), (below.Left, below.Right), new PointsComparer());
        Assert.InRange(above.Y - heading.Baseline, 8, 20);
        Assert.InRange(word.Baseline - below.Y, 2, 12);
        Assert.InRange(word.Left - ColumnLeft, 8, 12);
        Assert.True(word.Size < 11, $"{text} is set at {word.Size} pt, not the box's smaller size");

        var box = Assert.Single(book.Structure.Descendants(), e => e.Type == "Div" && e.Text.Contains(text, StringComparison.Ordinal));
        Assert.StartsWith(label, box.Text.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_epigraph_stands_against_the_right_edge_in_italic_with_its_attribution_flush_right()
    {
        var book = Book.Value;
        var epigraph = book.Word("Epigraphword");
        var attribution = book.Word("Attributionword");

        Assert.Contains("Italic", epigraph.Font, StringComparison.Ordinal);
        Assert.DoesNotContain("Italic", attribution.Font, StringComparison.Ordinal);

        // 60 % of the column, at its right: the epigraph starts 40 % of the way across.
        Assert.Equal(ColumnLeft + (0.4 * (ColumnRight - ColumnLeft)), epigraph.Left, 1.0);
        Assert.Equal(ColumnRight, attribution.Right, 1.0);
        Assert.True(attribution.Baseline < epigraph.Baseline, "the attribution is not beneath the epigraph");
    }

    [Fact]
    public void A_div_of_a_class_the_style_does_not_know_is_set_as_body_text_without_rules()
    {
        var book = Book.Value;
        var word = book.Word("Plainword");
        var line = book.LineOf(word);

        Assert.Equal(11, word.Size, 0.1);
        Assert.DoesNotContain("Italic", word.Font, StringComparison.Ordinal);
        Assert.InRange(word.Left, ColumnLeft - 0.5, ColumnLeft + 11.5);
        Assert.DoesNotContain(book.Rules, r => r.Page == word.Page && Math.Abs(r.Y - word.Baseline) < 12);
        Assert.True(line.Count > 3);
    }

    [Fact]
    public void Display_math_is_centred_in_the_column_in_italic_on_its_own_line()
    {
        var book = Book.Value;
        var math = book.LineOf(book.Word("Emathword"));

        Assert.Equal(["Emathword", "=", "mc^2"], math.Select(w => w.Text));
        Assert.Contains("Italic", math[0].Font, StringComparison.Ordinal);
        Assert.Equal((ColumnLeft + ColumnRight) / 2, (math[0].Left + math[^1].Right) / 2, 1.5);
    }

    [Fact]
    public void A_divs_lang_is_the_language_its_paragraphs_hyphenate_in()
    {
        // Swahili has no patterns in the default style: the one warning is the proof that the div's paragraph asked
        // for Swahili, not the document's English, and it points at that paragraph.
        var warnings = Book.Value.Diagnostics.Split('\n').Where(l => l.Contains("PUB3002", StringComparison.Ordinal)).ToList();

        var warning = Assert.Single(warnings);
        Assert.Contains("'sw'", warning, StringComparison.Ordinal);
        Assert.Contains("book.md:32:", warning, StringComparison.Ordinal);
    }

    /// <summary>Two x positions equal within a point.</summary>
    private sealed class PointsComparer : IEqualityComparer<(double, double)>
    {
        public bool Equals((double, double) x, (double, double) y) => Math.Abs(x.Item1 - y.Item1) < 1 && Math.Abs(x.Item2 - y.Item2) < 1;

        public int GetHashCode((double, double) obj) => 0;
    }
}
