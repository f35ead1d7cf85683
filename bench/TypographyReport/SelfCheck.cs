using System.Globalization;

namespace TypographyReport;

/// <summary>
/// Checks the report's heuristics on a four-page PDF drawn with known answers (SyntheticBook): every figure the report
/// prints is compared with what was drawn. Exit code 0 when all agree.
/// </summary>
internal static class SelfCheck
{
    public static int Run()
    {
        using var book = new SyntheticBook();
        const double L = SyntheticBook.Leading;
        // Page 1: a title in two lines, an author line, paragraph A (a hyphen, a raised note marker), B (a ladder of three, ends
        // on "end."), E, and C's first line at the foot, ending in a hyphen (an orphan, a word split at the page turn);
        // a note above the footer.
        book.NewPage("Synthetic footer 1");
        book.Heading("The Long Title of the", 278);
        book.Heading("Chapter One", 260);
        book.Centred("by A. Writer", 244);
        var y = 226.0;
        book.Justified(y, indent: 10);
        book.Justified(y -= L, hyphen: true, marker: true);
        book.Ragged("nation of the record.", y -= L);
        book.Justified(y -= L, indent: 10, hyphen: true);
        book.Justified(y -= L, hyphen: true, extra: 6);
        book.Justified(y -= L, hyphen: true);
        book.Ragged("end.", y -= L);
        book.Justified(y -= L, indent: 10);
        book.Justified(y -= L);
        book.Justified(y -= L);
        book.Ragged("the survey was over.", y -= L);
        book.Justified(y -= L, indent: 10, hyphen: true);
        book.Small("1 A note at the foot of the page, which runs on to", 80);
        book.Small("12. and more: a number out of sequence opens no note.", 70);
        var noteNumberGap = book.SmallWidth("1 A") - book.SmallWidth("1") - book.SmallWidth("A");
        // Page 2: C ends, D starts and the page ends early (a short page: no notes, the next page opens with text).
        book.NewPage("Synthetic footer 2");
        book.Justified(250);
        book.Ragged("goes on to its end here.", 238);
        book.Justified(226, indent: 10);
        book.Justified(214);
        // Page 3: D's last line alone at the top (a widow), a heading, G, and a heading with one line under it at the
        // foot (stranded; F's first line, an orphan), on the same bottom baseline as page 1.
        book.NewPage("Synthetic footer 3");
        book.Ragged("carried over.", 250);
        book.Heading("Chapter Two", 226);
        y = 206;
        book.Justified(y, indent: 10);
        for (var i = 0; i < 5; i++) book.Justified(y -= L);
        book.Ragged("and so the section closes.", y -= L);
        book.Heading("Three", 112);
        book.Justified(94, indent: 10);
        // Page 4: F ends (with the compound "well-known" inside a line); H and K (neither indented).
        book.NewPage("Synthetic footer 4");
        book.Justified(250);
        book.Ragged("the end of a well-known tale.", 238);
        // H breaks the same compound at its own hyphen ("well-" / "known": a hyphen, but no hyphenation) and ends on a
        // full line; K follows without an indent after two leadings of space: a new paragraph all the same.
        book.Justified(214, hyphen: true, last: "well");
        book.Justified(202, inner: false, first: "known");
        book.Justified(178);
        book.Ragged("and that is all.", 166);

        var analysis = PdfAnalyzer.Analyze(book.Build());
        var f = analysis.Figures;
        var failures = new List<string>();
        void Expect<T>(string what, T expected, T actual)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
                failures.Add($"{what}: expected {expected}, read {actual}");
        }
        void Near(string what, double expected, double actual)
        {
            if (!(Math.Abs(expected - actual) <= 0.002)) // NaN (nothing read) fails too
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{what}: expected {expected:0.0000}, read {actual:0.0000}"));
        }
        Near("body size", SyntheticBook.Size, f.BodySize);
        Near("leading", L, f.Leading);
        Expect("body lines", 31, f.BodyLines);
        Expect("paragraphs", 9, f.Paragraphs);
        Expect("lines ending in a hyphen (the compound's too)", 6, f.HyphenatedLines);
        Expect("lines ending in an added hyphen (read by words: the PDF has no U+00AD)", 5, f.DiscretionaryLines);
        Expect("added hyphens marked", false, f.DiscretionaryMarked);
        Expect("longest ladder", 3, f.LongestLadder);
        Expect("ladders of 2", 0, f.LaddersOfTwo);
        Expect("ladders of 3+", 1, f.LaddersOfThreeOrMore);
        Expect("hyphens at a page turn", 1, f.HyphensAtPageTurn);
        Expect("widows", 1, f.Widows);
        Expect("orphans", 2, f.Orphans);
        Expect("stranded headings", 1, f.StrandedHeadings);
        Expect("short-word endings", 1, f.ShortWordEndings);
        Expect("multi-line paragraphs", 9, f.MultiLineParagraphs);
        Expect("paragraph starts without indent (H, K)", 2, f.UnindentedStarts);
        Expect("title lines", 2, f.TitleLines);
        Near("title last / longest", book.HeadingWidth("Chapter One") / book.HeadingWidth("The Long Title of the"), f.TitleBalance);
        Expect("short-page candidates", 2, f.CandidatePages);
        Expect("short pages", 1, f.ShortPages);
        Expect("short page is page 2", "2", string.Join(' ', f.Where["short page"]));
        Expect("widow on page 3", "3", string.Join(' ', f.Where["widow"]));
        Expect("justified inner lines", 22, f.JustifiedLines);
        Expect("small lines (the note; the marker folded into its line)", 2, analysis.Lines.Count(l => l.Kind == LineKind.Small));
        Expect("furniture lines (the footers)", 4, analysis.Lines.Count(l => l.Kind == LineKind.Furniture));
        Expect("display lines (the author)", 1, analysis.Lines.Count(l => l.Kind == LineKind.Display));
        // The gaps of the inner lines are known. The one extra-wide gap (6 pt) gives the widest gap and the largest spread.
        Near("word space median", Stats.Percentile(book.JustifiedGaps, 50) / L, Stats.Percentile(f.LineWordSpace, 50));
        Near("word space max", book.JustifiedGaps.Max() / L, f.LineWordSpace.Max());
        var extraLineGap = book.JustifiedGaps[3]; // B2, the fourth justified line drawn
        Near("widest gap max", Math.Max(book.JustifiedGaps.Max(), extraLineGap + 6) / L, f.LineWidestGap.Max());
        Near("gap spread max (the 6 pt sentence space)", 6 / L, f.LineSpread.Max());
        Near("gap spread median (equal gaps)", 0, Stats.Percentile(f.LineSpread, 50));
        Expect("note lines", 2, f.Notes.Lines);
        Near("note leading", 10, f.Notes.Leading);
        Expect("note numbers read", 1, f.Notes.NumberGaps.Count);
        Near("gap after the note number", noteNumberGap, f.Notes.NumberGaps.DefaultIfEmpty(double.NaN).First());
        foreach (var failure in failures) Console.Error.WriteLine("self-check: " + failure);
        Console.Error.WriteLine(failures.Count == 0 ? "self-check: all figures as drawn" : $"self-check: {failures.Count} failed");
        return failures.Count == 0 ? 0 : 1;
    }
}
