using System.Globalization;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Content;

namespace Publish.Engine.Tests;

/// <summary>The print edition read back with PdfPig, for the user's manuscript and every test manuscript.</summary>
public sealed class PdfEditionTests
{
    public static TheoryData<string> Manuscripts() => [.. Repo.AllManuscripts().Select(p => Path.GetRelativePath(Repo.Root, p))];

    private static PdfDocument Open(string manuscript) => PdfDocument.Open(Editions.PdfOf(Path.Combine(Repo.Root, manuscript)));

    [Theory]
    [MemberData(nameof(Manuscripts))]
    public void Every_manuscript_builds_without_errors(string manuscript)
    {
        var result = Editions.Of(Path.Combine(Repo.Root, manuscript));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(2, result.Outputs.Length);
    }

    [Theory]
    [MemberData(nameof(Manuscripts))]
    public void Every_manuscript_language_is_hyphenated_by_what_ships(string manuscript)
    {
        var result = Editions.Of(Path.Combine(Repo.Root, manuscript));

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "PUB3002");
    }

    [Theory]
    [MemberData(nameof(Manuscripts))]
    public void Every_note_starts_on_the_page_of_its_marker(string manuscript)
    {
        using var pdf = Open(manuscript);
        var document = Editions.Of(Path.Combine(Repo.Root, manuscript)).Document!;
        var markerLinks = 0;
        foreach (var page in pdf.GetPages())
        {
            foreach (var annotation in page.GetAnnotations().Where(a => a.Action is GoToAction))
            {
                // Marker → note and note → marker links both stay on their page.
                Assert.Equal(page.Number, ((GoToAction)annotation.Action!).Destination.PageNumber);
                markerLinks++;
            }
        }

        var markers = Model.DocumentWalker.NoteReferenceCounts(document).Values.Sum();
        Assert.True(markerLinks >= markers + document.Notes.Length, $"{markerLinks} links for {markers} markers and {document.Notes.Length} notes");
    }

    [Theory]
    [MemberData(nameof(Manuscripts))]
    public void Notes_appear_in_number_order_at_the_page_foot(string manuscript)
    {
        using var pdf = Open(manuscript);
        var document = Editions.Of(Path.Combine(Repo.Root, manuscript)).Document!;
        var numbers = new List<int>();
        var tagged = Tagging.TaggedPdf.Read(pdf);
        foreach (var page in pdf.GetPages())
        {
            // A numbered list inside a note has "1." labels too, but they stand in by an em past the note text's start;
            // note numbers differ at most by a digit's width ("9." and "10.").
            var candidates = new List<(int Number, double Edge, bool RightToLeft)>();
            var lines = page.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom, 1)).OrderByDescending(g => g.Key);
            foreach (var line in lines)
            {
                // A right-to-left note (Hebrew, Arabic) starts at the right: its "N." stands rightmost, read ".N" left to right.
                var rightToLeft = line.Any(w => w.Text.Any(c => c is >= '\u0590' and <= '\u08FF'));
                var first = rightToLeft ? line.OrderBy(w => w.BoundingBox.Left).Last() : line.OrderBy(w => w.BoundingBox.Left).First();
                var label = rightToLeft ? new string([.. first.Text.Reverse()]) : first.Text;
                if (first.Letters[0].PointSize < 10 && label.EndsWith('.') && int.TryParse(label[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && IsInNoteArea(tagged, page, first))
                {
                    candidates.Add((number, rightToLeft ? -first.BoundingBox.Right : first.BoundingBox.Left, rightToLeft));
                }
            }

            if (candidates.Count > 0)
            {
                var edge = candidates.Min(c => c.Edge);
                numbers.AddRange(candidates.Where(c => c.Edge < edge + 6).Select(c => c.Number));
            }
        }

        Assert.Equal(Enumerable.Range(1, document.Notes.Length), numbers);
    }

    [Theory]
    [MemberData(nameof(Manuscripts))]
    public void The_footer_is_identical_on_every_page_and_nothing_reaches_it(string manuscript)
    {
        using var pdf = Open(manuscript);
        string? footer = null;
        foreach (var page in pdf.GetPages())
        {
            var footerLetters = page.Letters.Where(IsFooter).ToList();
            Assert.NotEmpty(footerLetters);
            var others = page.Letters.Where(l => !IsFooter(l) && !string.IsNullOrWhiteSpace(l.Value)).ToList();
            var footerTop = footerLetters.Max(l => l.BoundingBox.Top);
            if (others.Count > 0)
            {
                Assert.True(others.Min(l => l.BoundingBox.Bottom) > footerTop, $"text reaches the footer on page {page.Number}");
            }

            // The folio changes from page to page; everything else in the footer is the same, at the same place.
            var text = string.Join("|", footerLetters.Where(l => !char.IsDigit(l.Value![0]) && l.Value != "/")
                .Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Value}@{l.StartBaseLine.X:0.0},{l.StartBaseLine.Y:0.0}")));
            footer ??= text;
            Assert.Equal(footer, text);
        }

        // The footer prints the manuscript's own institution block when it has one, else the house style's (issue 19).
        var document = Editions.Of(Path.Combine(Repo.Root, manuscript)).Document!;
        var expected = document.Institution is { Lines.IsDefaultOrEmpty: false } own ? own.Lines[^1].Text : "Center for Eurasian Studies";
        var letters = string.Concat(pdf.GetPages().SelectMany(p => p.Letters.Where(IsFooter)).Select(l => l.Value));
        Assert.Contains(expected.Replace(" ", string.Empty, StringComparison.Ordinal), letters.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_reads_back_with_its_turkish_letters_title_and_page_numbers()
    {
        using var pdf = Open("manuscript/khojaly-massacre-23rd-anniversary.txt");
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));

        Assert.Contains("23rd ANNIVERSARY OF THE KHOJALY", text, StringComparison.Ordinal);
        Assert.Contains("Hocalı Sorumluluğu", text, StringComparison.Ordinal);
        Assert.Contains("İbid. pp. 191-192", text, StringComparison.Ordinal);
        Assert.Contains("Süleyman Nazif Sok.", text, StringComparison.Ordinal);
        var pages = pdf.NumberOfPages;
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{pages} / {pages}"), pdf.GetPage(pages).Text, StringComparison.Ordinal);
        Assert.Equal("23rd ANNIVERSARY OF THE KHOJALY MASSACRE", pdf.Information.Title);
        Assert.Equal("Cemre Dilay BOZTEPE", pdf.Information.Author);
    }

    [Fact]
    public void The_sample_has_bookmarks_for_title_bibliography_and_citation()
    {
        using var pdf = Open("manuscript/khojaly-massacre-23rd-anniversary.txt");

        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.GetNodes().Select(n => n.Title).ToList();
        Assert.Equal(["23rd ANNIVERSARY OF THE KHOJALY MASSACRE", "Bibliography", "To cite this article"], titles);
    }

    [Theory]
    [InlineData("tests/manuscripts/markdown/turkish-kaynakca.md", "Özet", "Kaynakça")]
    [InlineData("tests/manuscripts/markdown/full-features.md", "Abstract", "Bibliography")]
    public void The_abstract_is_labelled_in_the_manuscript_language_and_inset_between_the_title_block_and_the_body(string manuscript, string label, string bibliography)
    {
        var document = Editions.Of(Path.Combine(Repo.Root, manuscript)).Document!;
        using var pdf = Open(manuscript);
        var lines = pdf.GetPage(1).GetWords().Where(w => !w.Letters.Any(IsFooter))
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
            .OrderByDescending(g => g.Key)
            .Select(g => g.OrderBy(w => w.BoundingBox.Left).ToList())
            .ToList();
        string Text(List<Word> line) => string.Join(' ', line.Select(w => w.Text));
        var geometry = StyleResolver.Load(Repo.DefaultStyle, new Model.Diagnostics.DiagnosticBag())!.Page;
        var (left, right) = (geometry.Margins.Inner, geometry.Margins.Inner + geometry.TextWidth);

        var labelAt = lines.FindIndex(l => Text(l) == label);
        Assert.True(labelAt > 0, $"no line '{label}' on page 1");
        Assert.Contains(document.Metadata.Authors[0], Text(lines[labelAt - 1]), StringComparison.Ordinal);

        // The abstract's lines follow the label, set in from both margins; the body follows the abstract at the margin.
        var abstractText = string.Join(' ', document.FrontMatter.Select(b => Model.PlainText.Of([b])));
        var abstractWords = abstractText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var after = labelAt + 1;
        var seen = 0;
        for (; seen < abstractWords; after++)
        {
            Assert.True(lines[after][0].BoundingBox.Left > left + 10, $"'{Text(lines[after])}' is not set in from the left margin ({left})");
            Assert.True(lines[after][^1].BoundingBox.Right < right - 10, $"'{Text(lines[after])}' is not set in from the right margin ({right})");
            seen += lines[after].Count;
        }

        Assert.Equal(abstractText.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1], lines[after - 1][^1].Text);
        Assert.Equal(left, lines[after][0].BoundingBox.Left, 1.0);
        Assert.Contains(bibliography, pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    /// <summary>The footer is the only text set in the sans face.</summary>
    private static bool IsFooter(Letter letter) => letter.FontName?.Contains("NotoSans", StringComparison.Ordinal) == true;

    /// <summary>
    /// Whether the word is set in a note: its first letter is one of the page's letters held by a <c>Note</c> in the
    /// structure. (A guess by position, "the lower third of the page", missed the start of a note that takes half
    /// the page, as in long-notes.md.)
    /// </summary>
    private static bool IsInNoteArea(Tagging.TaggedPdf tagged, Page page, Word word)
    {
        var letter = word.Letters[0];
        return page.GetMarkedContents().SelectMany(Flatten)
            .Where(e => tagged.Holder(page.Number - 1, e.MarkedContentIdentifier, "Note") is not null)
            .SelectMany(e => e.Letters)
            .Any(l => l.Value == letter.Value && Math.Abs(l.StartBaseLine.X - letter.StartBaseLine.X) < 0.01 && Math.Abs(l.StartBaseLine.Y - letter.StartBaseLine.Y) < 0.01);
    }

    private static IEnumerable<MarkedContentElement> Flatten(MarkedContentElement element) =>
        element.Children is { Count: > 0 } children ? [element, .. children.SelectMany(Flatten)] : [element];
}
