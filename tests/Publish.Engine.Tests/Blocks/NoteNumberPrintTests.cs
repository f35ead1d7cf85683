using System.Text.RegularExpressions;
using Publish.Engine.Tests.Hostile;

namespace Publish.Engine.Tests.Blocks;

/// <summary>
/// Issue 18 point 5, print: a note's number stands in a box of fixed width, right-aligned, so the text after it starts
/// at one x in every note (it varied from 3.2 to 11.5 pt with the justification of the note's first line); hanging by
/// default (every line of the note after the box), inline with <c>notes.number: inline</c>; a note's second paragraph
/// indents by the body's first-line indent scaled to the note's size. Default style (note 9 pt), read back with PdfPig.
/// </summary>
public sealed partial class NoteNumberPrintTests
{
    private const double ColumnLeft = 25 * 72 / 25.4;

    /// <summary>Twelve notes (one- and two-figure numbers) whose first lines justify differently, all on page 1.</summary>
    private static readonly string Manuscript = """
        ---
        title: Note numbers
        lang: en
        ---

        Bodytext refers to twelve notes:
        """ + string.Join(" ", Enumerable.Range(1, 12).Select(n => $"mark{n}[^{n}]")) + ".\n\n" + string.Join("\n\n", Enumerable.Range(1, 12).Select(Note)) + "\n";

    private static readonly Lazy<PrintedBook> Hanging = new(() => PrintedBook.Build(Manuscript));

    private static readonly Lazy<PrintedBook> Inline = new(() => PrintedBook.Build(Manuscript, HostileStyle.StyleText(HostileStyle.ShippedSerif, "notes:\n  number: inline\n")));

    private static string Note(int n) => n switch
    {
        // Long words make loose justified lines, short ones tight: the old no-break space after the number stretched with them.
        _ when n % 3 == 0 => $"[^{n}]: Notetext{n} Internationalization, telecommunications and responsibilities notwithstanding, administrative characteristics overwhelmingly predominate.",
        _ when n % 3 == 1 => $"[^{n}]: Notetext{n} is a short note.",
        _ => $"[^{n}]: Notetext{n} a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j.\n\n    Secondpara{n} follows in the same note.",
    };

    [Fact]
    public void The_text_after_every_notes_number_starts_at_one_x_and_the_numbers_are_right_aligned()
    {
        var book = Hanging.Value;
        var numbers = NumberWords(book);

        Assert.Equal(12, numbers.Count);
        var texts = numbers.Select(n => book.Word("Notetext" + n.Text.TrimEnd('.'))).ToList();
        Assert.All(texts, t => Assert.Equal(texts[0].Left, t.Left, 0.3));
        Assert.All(numbers, n => Assert.Equal(numbers[0].Right, n.Right, 0.3));
        Assert.All(texts.Zip(numbers), p => Assert.Same(p.Second, book.LineOf(p.First)[0]));

        // A fixed gap of about half the note's em after the widest number, not a justified space.
        Assert.InRange(texts[0].Left - numbers.Max(n => n.Right), 3, 6);
    }

    [Fact]
    public void Hanging_every_line_of_a_note_starts_after_the_number_box()
    {
        var book = Hanging.Value;
        var text = book.Word("Notetext3").Left;

        Assert.Equal(text, book.NextLineStart(book.Word("Notetext3")).Left, 0.3);
        Assert.True(text > ColumnLeft + 9, "the note's text does not hang after its number");
    }

    [Fact]
    public void Inline_the_lines_after_the_first_return_to_the_notes_edge_and_the_gap_is_still_fixed()
    {
        var book = Inline.Value;
        var numbers = NumberWords(book);
        var texts = numbers.Select(n => book.Word("Notetext" + n.Text.TrimEnd('.'))).ToList();

        Assert.All(texts, t => Assert.Equal(texts[0].Left, t.Left, 0.3));
        Assert.Equal(ColumnLeft, book.NextLineStart(book.Word("Notetext3")).Left, 0.5);
    }

    [Fact]
    public void A_notes_second_paragraph_indents_by_the_bodys_indent_scaled_to_the_note_size()
    {
        var book = Hanging.Value;
        var text = book.Word("Notetext2").Left;

        // The default body indent is 1 em of 11 pt: 9 pt at the note's 9 pt.
        Assert.Equal(9, book.Word("Secondpara2").Left - text, 0.5);
    }

    [Theory]
    [InlineData("")]
    [InlineData("notes:\n  number: inline\n")]
    public void A_right_to_left_notes_number_box_mirrors_a_left_to_right_ones(string placement)
    {
        // An English note and a Hebrew one (right to left by its first strong letter) in one document: one number box.
        const string markdown = """
            ---
            title: Mirrored notes
            lang: en
            ---

            Bodytext refers to two notes.[^1] And to another.[^2]

            [^1]: Leftnote opens a note that runs left to right.

            [^2]: הערה שנכתבה מימין לשמאל על הנמל הישן.
            """;
        using var build = new HostileBuild();
        var manuscript = build.Write("book.md", markdown);
        string[] options = placement.Length == 0 ? ["--format", "pdf"] : ["--format", "pdf", "--style", build.Write("style.yaml", HostileStyle.StyleText(HostileStyle.ShippedSerif, placement))];
        var outcome = build.Build(manuscript, options);
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(build.Edition(manuscript, ".pdf"));
        var lines = pdf.GetPage(1).Letters
            .Where(l => !string.IsNullOrWhiteSpace(l.Value) && Math.Abs(l.PointSize - 9) < 0.2)
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
            .Select(g => g.OrderBy(l => l.StartBaseLine.X).ToList())
            .ToList();
        var left = Assert.Single(lines, l => l.Count > 3 && l[0].Value == "1" && l[1].Value == ".");
        var right = Assert.Single(lines, l => l.Count > 3 && l.Any(c => c.Value[0] is >= '\u0590' and <= '\u05FF'));

        // Left to right: from the pen's stop after "1." to the first letter of the text. Right to left: from the pen's
        // stop after the text's rightmost letter to the number ("2." in its two rightmost letters).
        var ltrGap = left[2].StartBaseLine.X - left[1].EndBaseLine.X;
        var numberLetters = right.TakeLast(2).Select(l => l.Value).Order().ToList();
        Assert.Equal([".", "2"], numberLetters);
        var rtlGap = right[^2].StartBaseLine.X - right[^3].EndBaseLine.X;
        Assert.InRange(ltrGap, 3, 6);
        Assert.True(Math.Abs(rtlGap - ltrGap) <= 0.1, $"gap after the right-to-left note's number {rtlGap:0.##} pt, left to right {ltrGap:0.##} pt");

        // The right-to-left number stands at the right edge of the column, as the left-to-right one at its left edge.
        Assert.Equal(595.2756 - ColumnLeft, right[^1].EndBaseLine.X, 1.0);
    }

    /// <summary>The notes' numbers ("1." … "12."), top to bottom: 9 pt words in the foot's first column.</summary>
    private static List<PrintedWord> NumberWords(PrintedBook book) =>
        [.. book.Words.Where(w => w.Page == 1 && Math.Abs(w.Size - 9) < 0.2 && NumberPattern().IsMatch(w.Text) && w.Left < ColumnLeft + 20).OrderByDescending(w => w.Baseline)];

    [GeneratedRegex(@"^\d+\.$")]
    private static partial Regex NumberPattern();
}
