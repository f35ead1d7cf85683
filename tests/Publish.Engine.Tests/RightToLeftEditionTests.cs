using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Publish.Engine.Tests.Hostile;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Publish.Engine.Tests;

/// <summary>
/// Issue 16 item 4 end to end: the Hebrew and Arabic test manuscripts are set right to left (lines flush right,
/// Latin words and numbers inside them left to right), their text layer reads in logical order (the content stream
/// holds the text as written: PdfPig's letters in stream order, MuPDF, poppler's reading order), no character prints
/// as .notdef, and the EPUB says <c>dir="rtl"</c>. A quotation in Hebrew, Arabic, Armenian and Georgian inside English
/// text gets its glyphs from the shipped Noto faces.
/// </summary>
public sealed partial class RightToLeftEditionTests
{
    /// <summary>The default style's right margin: A4 (595.28 pt) less 25 mm.</summary>
    private const double RightMargin = 595.2756 - (25 * 72 / 25.4);

    private static string Manuscript(string name) => Path.Combine(Repo.Root, "tests", "manuscripts", "markdown", name + ".md");

    public static TheoryData<string> RightToLeftManuscripts() => ["hebrew-harbour", "arabic-harbour"];

    [Theory]
    [MemberData(nameof(RightToLeftManuscripts))]
    public void The_text_layer_in_stream_order_is_the_manuscripts_words_in_logical_order(string name)
    {
        using var pdf = PdfDocument.Open(Editions.PdfOf(Manuscript(name)));

        // Letters in content-stream order, as a screen reader or pdftotext -raw meets them (not sorted by position).
        var text = string.Concat(pdf.GetPages().SelectMany(page => page.Letters).Select(l => l.Value));
        var words = Words(text);
        var expected = ManuscriptWords(Manuscript(name));
        var missing = expected.Except(words, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"not in the text layer: {string.Join(" | ", missing)}\ntext layer: {text}");
        AssertInOrder(expected, words);
    }

    [Theory]
    [MemberData(nameof(RightToLeftManuscripts))]
    public void Every_line_of_body_text_ends_at_the_right_margin(string name)
    {
        using var pdf = PdfDocument.Open(Editions.PdfOf(Manuscript(name)));
        var page = pdf.GetPage(1);
        var lines = BodyLines(page).ToList();

        Assert.True(lines.Count >= 8, $"only {lines.Count} body lines");
        foreach (var line in lines)
        {
            // Where the pen stops after the rightmost glyph: the margin, or 1 em (11 pt) short of it on a paragraph's
            // indented first line, whose indent is on the right.
            var right = line.Max(l => l.EndBaseLine.X);
            Assert.True(Math.Abs(right - RightMargin) <= 0.5 || Math.Abs(right - (RightMargin - 11)) <= 0.5,
                $"line \"{Text(line)}\" ends at {right:0.##}, not at the right margin {RightMargin:0.##}");
        }

        // The first-line indent is on the right, and the short last lines show alignment, not justification.
        Assert.Contains(lines, line => Math.Abs(line.Max(l => l.EndBaseLine.X) - (RightMargin - 11)) <= 0.5);
        Assert.Contains(lines, line => line.Min(l => l.StartBaseLine.X) > 200);
    }

    [Theory]
    [MemberData(nameof(RightToLeftManuscripts))]
    public void Right_to_left_words_run_leftwards_and_a_latin_name_inside_them_rightwards(string name)
    {
        using var pdf = PdfDocument.Open(Editions.PdfOf(Manuscript(name)));
        var letters = pdf.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();

        // The first body word in stream (logical) order: each next letter lies left of the one before.
        var first = ManuscriptWords(Manuscript(name))[0];
        var start = IndexOfWord(letters, first);
        Assert.True(start >= 0, $"'{first}' not in the stream");
        var word = letters.Skip(start).Take(first.Length).ToList();
        for (var i = 1; i < word.Count; i++)
        {
            Assert.True(word[i].StartBaseLine.X < word[i - 1].StartBaseLine.X + 0.01, $"'{first}' letter {i} '{word[i].Value}' is not left of '{word[i - 1].Value}'");
        }

        // "Maria" inside the right-to-left sentence reads left to right.
        var maria = IndexOfWord(letters, "Maria");
        Assert.True(maria >= 0, "Maria is not in the stream");
        var name5 = letters.Skip(maria).Take(5).ToList();
        for (var i = 1; i < name5.Count; i++)
        {
            Assert.True(name5[i].StartBaseLine.X > name5[i - 1].StartBaseLine.X, $"'Maria' letter {i} is not right of the one before");
        }
    }

    /// <summary>
    /// Needs the Unicode bidi algorithm's rules W2–N2 (a number and a two-word Latin name inside right-to-left text are
    /// one left-to-right run each), not only the letters' own directions.
    /// </summary>
    [Theory]
    [MemberData(nameof(RightToLeftManuscripts))]
    public void Numbers_and_a_two_word_name_inside_right_to_left_text_read_left_to_right(string name)
    {
        using var pdf = PdfDocument.Open(Editions.PdfOf(Manuscript(name)));
        var letters = pdf.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();

        var year = IndexOfWord(letters, "1948");
        Assert.True(year >= 0, "1948 not in the stream");
        Assert.Equal("1948", string.Concat(letters.Skip(year).Take(4).OrderBy(l => l.StartBaseLine.X).Select(l => l.Value)));
        var maria = letters[IndexOfWord(letters, "Maria")];
        var luisa = letters[IndexOfWord(letters, "Luisa")];
        Assert.True(luisa.StartBaseLine.X > maria.StartBaseLine.X, "Luisa stands left of Maria");
    }

    [Theory]
    [InlineData("hebrew-harbour")]
    [InlineData("arabic-harbour")]
    [InlineData("script-quotations")]
    public void No_character_is_missing_from_the_fonts(string name)
    {
        var result = Editions.Of(Manuscript(name));

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "PUB3001");
        using var pdf = PdfDocument.Open(Editions.PdfOf(Manuscript(name)));
        var fonts = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        var expected = name switch
        {
            "hebrew-harbour" => new[] { "NotoSerifHebrew" },
            "arabic-harbour" => ["NotoNaskhArabic"],
            _ => ["NotoSerifHebrew", "NotoNaskhArabic", "NotoSerifArmenian", "NotoSerifGeorgian"],
        };
        foreach (var font in expected)
        {
            Assert.Contains(fonts, f => f?.Contains(font, StringComparison.Ordinal) == true);
        }
    }

    [Fact]
    public void A_whole_hebrew_quotation_in_an_english_book_is_set_right_to_left_in_both_editions()
    {
        var manuscript = Manuscript("script-quotations");
        using var pdf = PdfDocument.Open(Editions.PdfOf(manuscript));
        var letters = pdf.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var quote = IndexOfWord(letters, "אין");
        Assert.True(quote >= 0);
        var next = IndexOfWord(letters, "חדש");
        Assert.True(letters[next].StartBaseLine.X < letters[quote].StartBaseLine.X, "the quotation's second word is not left of its first");

        var xhtml = ContentDocuments(Editions.EpubOf(manuscript));
        Assert.Matches("<p dir=\"rtl\">אין חדש", xhtml);
        Assert.DoesNotContain("<html dir=", xhtml, StringComparison.Ordinal);
        Assert.DoesNotMatch("<html[^>]*dir=\"rtl\"", xhtml);
    }

    [Theory]
    [InlineData("hebrew-harbour", "he")]
    [InlineData("arabic-harbour", "ar")]
    public void The_epub_of_a_right_to_left_book_runs_right_to_left_and_passes_epubcheck(string name, string language)
    {
        var epub = Editions.EpubOf(Manuscript(name));

        var xhtml = ContentDocuments(epub);
        Assert.Matches($"<html[^>]*lang=\"{language}\"[^>]*dir=\"rtl\"", xhtml);
        using (var zip = ZipFile.OpenRead(epub))
        {
            var opfEntry = zip.Entries.Single(e => e.FullName.EndsWith(".opf", StringComparison.Ordinal));
            using var reader = new StreamReader(opfEntry.Open());
            Assert.Contains("page-progression-direction=\"rtl\"", reader.ReadToEnd(), StringComparison.Ordinal);
        }

        EditionValidators.AssertEpubClean(epub);
    }

    [Theory]
    [MemberData(nameof(RightToLeftManuscripts))]
    public void Mupdf_reads_the_words_in_logical_order(string name)
    {
        var pdf = Editions.PdfOf(Manuscript(name));
        var expected = ManuscriptWords(Manuscript(name));

        // MuPDF keeps the stream's order but starts a line where the direction changes (a comma after "Luisa" stands
        // apart), so the words' letters and digits are compared: punctuation placement is the tool's business, the
        // stream has it right (test above). Poppler's pdftotext (default mode) reorders by position with a bidi pass of
        // its own: the letters come out in logical order, but wrapped in embedding marks (U+202A–U+202C), with a full
        // stop moved across the space after it and the space between a number and the next Hebrew word lost
        // ("1948נבנה"), so it is not a judge of word order here; pdftotext -raw assumes text runs rightwards and gives
        // a right-to-left line one character per line.
        if (Run("mutool", ["draw", "-q", "-F", "txt", pdf]) is { } output)
        {
            AssertInOrder(LettersOnly(expected), LettersOnly(Words(output)));
        }
    }

    /// <summary>The manuscript's words: its body and note text, Markdown syntax and front matter left out, note references as their numbers.</summary>
    private static List<string> ManuscriptWords(string path)
    {
        var body = File.ReadAllText(path).Split("---", 3)[2];
        body = Regex.Replace(body, @"^\[\^[^\]]+\]:", "1.", RegexOptions.Multiline);
        body = NoteReference().Replace(body, "1");
        body = Regex.Replace(body, @"^#+\s", string.Empty, RegexOptions.Multiline);
        return Words(body);
    }

    private static List<string> LettersOnly(List<string> words) =>
        [.. words.Select(w => string.Concat(w.Where(char.IsLetterOrDigit))).Where(w => w.Length > 0)];

    private static List<string> Words(string text) => [.. text.Split((char[])[' ', '\n', '\r', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>Every expected word, in order, within the extracted ones (headers, folios and the footer may come in between).</summary>
    private static void AssertInOrder(List<string> expected, List<string> actual)
    {
        var at = 0;
        foreach (var word in expected)
        {
            var found = actual.IndexOf(word, at);
            Assert.True(found >= 0, $"'{word}' missing after position {at} of: {string.Join(' ', actual)}");
            at = found + 1;
        }
    }

    /// <summary>The lines of the body text: letters grouped by baseline, below the title block and above the notes.</summary>
    private static IEnumerable<List<Letter>> BodyLines(Page page) =>
        page.Letters
            .Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.PointSize is > 10.5 and < 11.5)
            .GroupBy(l => Math.Round(l.StartBaseLine.Y))
            .Select(g => g.ToList())
            .Where(g => g.Count > 3);

    private static string Text(List<Letter> line) => string.Concat(line.Select(l => l.Value));

    private static int IndexOfWord(List<Letter> letters, string word)
    {
        for (var i = 0; i + word.Length <= letters.Count; i++)
        {
            if (string.Concat(letters.Skip(i).Take(word.Length).Select(l => l.Value)) == word)
            {
                return i;
            }
        }

        return -1;
    }

    private static string ContentDocuments(string epub)
    {
        using var zip = ZipFile.OpenRead(epub);
        return string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal)).Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        }));
    }

    private static string? Run(string tool, string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    [GeneratedRegex(@"\[\^[^\]]+\](?!:)")]
    private static partial Regex NoteReference();
}
