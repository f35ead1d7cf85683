namespace Publish.Engine.Tests.StyleKeys;

/// <summary>
/// Issue 18 (every style key has a test showing its effect): the line breaker's levers, <c>hyphenation.penalty</c>,
/// <c>hyphenation.double-hyphen-demerits</c>, <c>typography.tolerance</c> and <c>typography.emergency-stretch</c>, each
/// set two ways on a narrow justified English page of long words (A6, 15 mm margins), where many lines must choose
/// between a hyphen and loose word spaces. The PDF maps an added hyphen to a soft hyphen ending its line's last word.
/// </summary>
public sealed class LineBreakingKeyTests
{
    private const string Page = "page:\n  size: A6\n  margins: 15mm\n";

    /// <summary>Long and short words in an order that does not repeat line by line (a repeated sentence that fits four lines exactly leaves the breaker no choice).</summary>
    private static readonly string[] Vocabulary =
        "the international and understanding of characteristically a demonstrates on extraordinary responsibilities in notwithstanding considerable to administrative complications for government by settlement with correspondence".Split(' ');

    private static readonly string Text = string.Join(' ', Enumerable.Range(0, 200).Select(i => Vocabulary[((i * 7) + (i / Vocabulary.Length)) % Vocabulary.Length]));

    [Fact]
    public void Hyphenation_penalty_of_ten_thousand_forbids_added_hyphens_where_zero_invites_them()
    {
        var free = HyphenatedLines(Book("  penalty: 0\n"));
        var forbidden = HyphenatedLines(Book("  penalty: 10000\n"));

        Assert.True(free.Count(h => h) > 5, $"only {free.Count(h => h)} hyphenated lines at penalty 0");
        Assert.DoesNotContain(true, forbidden);
    }

    [Fact]
    public void Double_hyphen_demerits_make_two_hyphenated_lines_in_a_row_rarer()
    {
        var cheap = Ladders(HyphenatedLines(Book("  penalty: 0\n  double-hyphen-demerits: 0\n")));
        var dear = Ladders(HyphenatedLines(Book("  penalty: 0\n  double-hyphen-demerits: 10000000\n")));

        Assert.True(dear < cheap, $"{dear} pairs of hyphenated lines with dear ladders, {cheap} with free ones");
    }

    [Fact]
    public void A_tolerance_the_paragraph_meets_keeps_it_in_the_hyphenating_pass_where_a_strict_one_sends_it_to_the_looser_emergency_pass()
    {
        // Hyphens dear (5000), so the choice between a hyphen and a loose line is close: at tolerance 10000 the
        // hyphenating pass sets the paragraph; at 100 no way through it exists, and the emergency pass (its 6 pt of
        // extra stretch per line) takes looser lines with fewer hyphens.
        var strict = HyphenatedLines(Book("  penalty: 5000\n", "  tolerance: 100\n"));
        var lenient = HyphenatedLines(Book("  penalty: 5000\n", "  tolerance: 10000\n"));

        Assert.True(strict.Count(h => h) < lenient.Count(h => h), $"{strict.Count(h => h)} hyphenated lines at tolerance 100, {lenient.Count(h => h)} at 10000");
    }

    [Fact]
    public void Emergency_stretch_lets_a_paragraph_that_fails_the_tolerance_take_looser_lines_instead_of_hyphens()
    {
        // Tolerance 0: no paragraph passes the hyphenating pass, so every one is set by the emergency pass.
        var none = HyphenatedLines(Book(string.Empty, "  tolerance: 0\n  emergency-stretch: 0pt\n"));
        var wide = HyphenatedLines(Book(string.Empty, "  tolerance: 0\n  emergency-stretch: 100pt\n"));

        Assert.True(wide.Count(h => h) < none.Count(h => h), $"{wide.Count(h => h)} hyphenated lines with 100pt emergency stretch, {none.Count(h => h)} without");
    }

    /// <param name="hyphenation">Keys of <c>hyphenation:</c> besides the English patterns, indented.</param>
    /// <param name="typography">Keys of <c>typography:</c>, indented; empty for none.</param>
    private static KeyedPdf Book(string hyphenation, string typography = "")
    {
        var patterns = Path.Combine(Repo.Root, "styles", "hyphenation", "hyph_en_US.dic");
        var style = Page + $"hyphenation:\n  patterns:\n    en: \"{patterns}\"\n" + hyphenation
            + (typography.Length == 0 ? string.Empty : "typography:\n" + typography);
        return KeyedPdf.Build($"---\ntitle: Long\nlang: en\n---\n\n{Text}.\n", style);
    }

    /// <summary>For each line of the book, top to bottom, whether it ends in an added (soft) hyphen.</summary>
    private static List<bool> HyphenatedLines(KeyedPdf book)
    {
        using (book)
        {
            return [.. book.Pdf.GetPages().SelectMany(page => page.GetWords()
                .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1))
                .OrderByDescending(g => g.Key)
                .Select(g => g.OrderBy(w => w.BoundingBox.Left).Last().Text is { Length: > 1 } last && last[^1] == '\u00AD'))];
        }
    }

    /// <summary>Pairs of consecutive hyphenated lines.</summary>
    private static int Ladders(List<bool> lines) => Enumerable.Range(1, Math.Max(0, lines.Count - 1)).Count(i => lines[i] && lines[i - 1]);
}
