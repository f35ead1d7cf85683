using System.Globalization;
using System.Text.Json.Nodes;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Publish.Engine.Tests.Books;

/// <summary>
/// Issue 20's "done when" for the print edition of the test book: the contents' page numbers are the folios of the
/// pages where the articles' titles stand, every article opens on a right-hand (odd) page, the front matter is folioed
/// in roman numerals (the PDF's page labels say so), and note numbering restarts with each article.
/// </summary>
public sealed class BookPrintEditionTests
{
    [Fact]
    public void The_contents_give_the_folio_of_each_articles_opening_page_and_it_is_odd()
    {
        using var pdf = PdfDocument.Open(TestBook.Pdf);
        var labels = PageLabels(TestBook.Pdf, pdf.NumberOfPages);
        var pages = pdf.GetPages().ToList();
        var contents = pages.First(p => Lines(p).Any(l => l is "Contents" or "CONTENTS"));
        var searchFrom = contents.Number;
        foreach (var (title, _) in TestBook.Articles)
        {
            // A long title runs over to a second line, which ends with the leaders and the folio.
            var lines = Lines(contents);
            var first = lines.FindIndex(l => l.StartsWith(title, StringComparison.Ordinal));
            Assert.True(first >= 0, $"'{title}' is not in the contents");
            var entry = lines.Skip(first).Take(2).FirstOrDefault(l => char.IsAsciiDigit(l[^1])) ?? lines[first];
            var folio = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
            Assert.True(int.TryParse(folio, NumberStyles.None, CultureInfo.InvariantCulture, out var printed), $"the contents line '{entry}' ends without a page number");

            // The opening page sets the title in display type, perhaps over two lines: the first page after the last
            // opening whose text holds it (later pages carry it only as a running title).
            var opening = pages.First(p => p.Number > searchFrom && string.Join(' ', Lines(p)).Contains(title, StringComparison.Ordinal));
            Assert.Equal(folio, labels[opening.Number - 1]);
            Assert.True(printed % 2 == 1, $"'{title}' opens on page {printed}, a left-hand page");
            Assert.True(opening.Number % 2 == 1, $"'{title}' opens on the PDF's page {opening.Number}, a left-hand page");
            searchFrom = opening.Number;
        }
    }

    [Fact]
    public void The_front_matter_is_labelled_in_roman_and_the_body_from_arabic_one()
    {
        using var pdf = PdfDocument.Open(TestBook.Pdf);
        var labels = PageLabels(TestBook.Pdf, pdf.NumberOfPages);

        Assert.Equal("i", labels[0]);
        var firstArabic = labels.ToList().FindIndex(l => l.Length > 0 && char.IsAsciiDigit(l[0]));
        Assert.True(firstArabic > 0, "no arabic folio: " + string.Join(", ", labels));
        Assert.All(labels.Take(firstArabic), l => Assert.Matches("^[ivxlc]+$", l));
        Assert.Equal("1", labels[firstArabic]);
    }

    [Fact]
    public void Note_numbering_restarts_with_each_article()
    {
        using var pdf = PdfDocument.Open(TestBook.Pdf);
        var lines = pdf.GetPages().SelectMany(Lines).ToList();

        // Each article's first note is printed as note 1 ("1 Vener, B. (2012)…"), not continuing the previous article's count.
        foreach (var (title, firstNoteWord) in TestBook.Articles)
        {
            Assert.True(
                lines.Any(l => l.StartsWith("1 " + firstNoteWord, StringComparison.Ordinal) || l.StartsWith("1. " + firstNoteWord, StringComparison.Ordinal)),
                $"the first note of '{title}' is not numbered 1");
        }
    }

    /// <summary>The page's text lines, top to bottom, words joined by one space.</summary>
    private static List<string> Lines(Page page) =>
        [.. page.GetWords()
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom, 0))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Join(' ', g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)))];

    /// <summary>Each page's label as a reader shows it, from the catalog's /PageLabels (read by qpdf's JSON).</summary>
    private static string[] PageLabels(string pdf, int count)
    {
        var start = new System.Diagnostics.ProcessStartInfo("qpdf") { RedirectStandardOutput = true };
        foreach (var argument in new[] { "--json=2", "--json-key=pagelabels", pdf })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var json = JsonNode.Parse(process.StandardOutput.ReadToEnd())!;
        process.WaitForExit();
        var ranges = json["pagelabels"]!.AsArray().Select(r => (Index: r!["index"]!.GetValue<int>(), Label: r["label"]!)).ToList();
        var labels = new string[count];
        for (var i = 0; i < ranges.Count; i++)
        {
            var (index, label) = ranges[i];
            var end = i + 1 < ranges.Count ? ranges[i + 1].Index : count;
            var style = label["/S"]?.GetValue<string>();
            var first = label["/St"]?.GetValue<int>() ?? 1;

            // A prefix alone (/P) labels a page as written; qpdf marks its text strings "u:".
            var prefix = label["/P"]?.GetValue<string>() is { } p ? (p.StartsWith("u:", StringComparison.Ordinal) ? p[2..] : p) : string.Empty;
            for (var page = index; page < end; page++)
            {
                var n = first + page - index;
                labels[page] = prefix + style switch
                {
                    "/r" => Roman(n),
                    "/D" => n.ToString(CultureInfo.InvariantCulture),
                    _ => string.Empty,
                };
            }
        }

        return labels;
    }

    private static string Roman(int n)
    {
        var text = new System.Text.StringBuilder();
        foreach (var (value, digits) in new[] { (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i") })
        {
            while (n >= value)
            {
                text.Append(digits);
                n -= value;
            }
        }

        return text.ToString();
    }
}
