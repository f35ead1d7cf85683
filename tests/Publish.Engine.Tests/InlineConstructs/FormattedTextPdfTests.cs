using Publish.Model.Blocks;
using Publish.Model.Inlines;
using Publish.Typesetting.Frames;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using static Publish.Engine.Tests.InlineConstructs.InlinePdf;

namespace Publish.Engine.Tests.InlineConstructs;

/// <summary>
/// Sub- and superscripts, small capitals and struck text as a reader sees them in the PDF (PdfPig's glyph boxes) and as
/// the text layer gives them back: smaller and raised or lowered, capitals of one height, a rule through the struck
/// words only, and the words themselves unchanged for search and copy.
/// </summary>
public sealed class FormattedTextPdfTests
{
    private static FormattedInline Formatted(InlineFormat format, string text, int column) =>
        new(format, [Text(text, 1, column)], Span(1, column));

    private static Letter[] LettersOf(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return [.. pdf.GetPage(1).Letters];
    }

    /// <summary>The letters of the first occurrence of <paramref name="text"/> in the page's letter sequence.</summary>
    private static Letter[] Find(Letter[] letters, string text, int occurrence = 0)
    {
        var all = string.Concat(letters.Select(l => l.Value));
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            at = all.IndexOf(text, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{text}' (occurrence {occurrence}) is not in the page's text: {all}");
        }

        // Letters are one character each for this Latin text (no ligatures among the probed words).
        return letters[at..(at + text.Length)];
    }

    [Fact]
    public void Superscripts_are_smaller_and_raised_subscripts_smaller_and_lowered_on_an_unchanged_baseline()
    {
        using var pdf = Of(new ParagraphBlock(
        [
            Text("Energy in 2 forms: mc", 1, 1), Formatted(InlineFormat.Superscript, "2", 22), Text(" and water H", 1, 30),
            Formatted(InlineFormat.Subscript, "2", 42), Text("O, the nth", 1, 45), Formatted(InlineFormat.Superscript, "th", 56), Text(" time.", 1, 60),
        ], Span(1)));

        var letters = LettersOf(pdf.Path);
        var plain = Find(letters, "2 forms")[0];
        var superscript = Find(letters, "mc2")[2];
        var subscript = Find(letters, "H2O")[1];
        var baseline = Find(letters, "mc2")[0].StartBaseLine.Y;

        Assert.True(superscript.BoundingBox.Height < plain.BoundingBox.Height * 0.8, $"superscript 2 is {superscript.BoundingBox.Height:0.00} pt tall, the text's 2 {plain.BoundingBox.Height:0.00} pt");
        Assert.True(superscript.BoundingBox.Bottom > baseline + 1.5, $"superscript 2 starts {superscript.BoundingBox.Bottom - baseline:0.00} pt above the baseline");
        Assert.True(subscript.BoundingBox.Height < plain.BoundingBox.Height * 0.8, $"subscript 2 is {subscript.BoundingBox.Height:0.00} pt tall");
        Assert.True(subscript.BoundingBox.Bottom < baseline - 0.5, $"subscript 2 reaches {baseline - subscript.BoundingBox.Bottom:0.00} pt below the baseline");

        // Letters too (designed superiors when the face has them for every letter, else scaled and raised).
        var th = Find(letters, "nthth")[3];
        var t = Find(letters, "nthth")[1];
        Assert.True(th.BoundingBox.Height < t.BoundingBox.Height * 0.8 && th.BoundingBox.Bottom > baseline + 1.5);

        // The line's baseline is the paragraph's: the raised and lowered figures do not move the text around them.
        Assert.Equal(baseline, Find(letters, "O, the")[0].StartBaseLine.Y, 2);
    }

    [Fact]
    public void Small_capitals_are_capitals_of_one_height_below_the_capitals_and_read_as_written()
    {
        using var pdf = Of(new ParagraphBlock(
        [
            Text("The reformer ", 1, 1), Formatted(InlineFormat.SmallCaps, "Atatürk", 14), Text(" spoke; atatürk in lower case.", 1, 30),
        ], Span(1)));

        var letters = LettersOf(pdf.Path);
        var small = Find(letters, "Atatürk");
        var lower = Find(letters, "atatürk");

        // In lower case the k's ascender towers over the t; in small capitals every letter is one height, below the A.
        Assert.True(lower[6].BoundingBox.Top - lower[1].BoundingBox.Top > 0.8, "control: lower-case k is taller than t");
        Assert.Equal(small[1].BoundingBox.Top, small[6].BoundingBox.Top, 1);
        Assert.True(small[0].BoundingBox.Top - small[6].BoundingBox.Top > 1, "the capital A stands above the small capitals");
        Assert.True(lower[6].BoundingBox.Top - small[6].BoundingBox.Top > 1.5, "a small-capital k has no ascender");
        Assert.Contains("Atatürk spoke", string.Concat(letters.Select(l => l.Value)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_strike_is_a_rule_through_the_struck_words_at_half_the_x_height_and_the_text_stays()
    {
        using var pdf = Of(new ParagraphBlock(
        [
            Text("Keep these, ", 1, 1), Formatted(InlineFormat.Strikethrough, "not those words", 13), Text(", and keep the rest.", 1, 30),
        ], Span(1)));

        var page = pdf.Print.Document.Pages[0];
        var rule = Assert.Single(page.Items.OfType<RuleItem>(), r => r.Y1 > 100 && r.Y1 < page.Height - 100);
        using var document = PdfDocument.Open(pdf.Path);
        var letters = document.GetPage(1).Letters.ToArray();
        var struck = Find(letters, "not those words");
        var before = Find(letters, "these,");
        var after = Find(letters, ", and");

        // Frame y runs down from the top; PdfPig's up from the bottom.
        var ruleY = page.Height - rule.Y1;
        var baseline = struck[0].StartBaseLine.Y;
        var xHeight = Find(letters, "not")[0].BoundingBox.Top - baseline;
        Assert.InRange(ruleY - baseline, xHeight * 0.35, xHeight * 0.65);
        Assert.Equal(struck[0].BoundingBox.Left, rule.X1, 0);
        Assert.Equal(struck[^1].EndBaseLine.X, rule.X2, 0);
        Assert.True(rule.X1 > before[^1].BoundingBox.Right, "the rule starts after the words kept");
        Assert.True(rule.X2 < after[0].BoundingBox.Left + 0.5, "the rule ends before the comma kept");
        Assert.Contains("not those words", document.GetPage(1).Text, StringComparison.Ordinal);
    }
}
