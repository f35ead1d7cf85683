using System.Diagnostics;
using System.Globalization;
using System.Text;
using Publish.Model.Diagnostics;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Content;

namespace Publish.Engine.Tests;

/// <summary>
/// The print edition end to end, read back with PdfPig: figure captions under their photos, notes between the
/// text and the footer, reproducible bytes, and a generated book (30 sections, 60 notes, 6 photos) whose notes
/// all stay on their marker's page, tagged and clean for qpdf.
/// </summary>
public sealed class PrintEditionGeneratedBookTests : IDisposable
{
    private const double BodySize = 11, NoteSize = 9;

    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private static ManuscriptResult Build(string manuscript, string output)
    {
        var diagnostics = new DiagnosticBag();
        var style = StyleResolver.Load(Repo.DefaultStyle, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToImmutableSorted()));
        var result = Publisher.Create(style).Build(new BuildRequest([manuscript], output, BuildDate: Editions.BuildDate));
        var built = Assert.Single(result.Manuscripts);
        Assert.False(built.HasErrors, string.Join("\n", built.Diagnostics));
        return built;
    }

    private static string Pdf(ManuscriptResult result) => result.Outputs.Single(o => o.Format == EditionFormats.Pdf).Path;

    /// <summary>A Markdown book: sections of a few paragraphs, two notes each (every third several sentences long), a photo every fifth section.</summary>
    private string GeneratedBook(int sections)
    {
        var random = new Random(20241126);
        string[] words = ["harbour", "treaty", "archive", "İstanbul", "railway", "council", "Şanlıurfa", "province", "record", "survey", "market", "the", "of", "and", "in", "with", "between", "Çanakkale", "witness", "report"];
        string Sentence(int length) =>
            string.Join(' ', Enumerable.Range(0, length).Select(_ => words[random.Next(words.Length)])) is var s ? char.ToUpperInvariant(s[0]) + s[1..] + "." : string.Empty;
        string Sentences(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => Sentence(random.Next(8, 18))));

        var book = new StringBuilder("---\ntitle: \"A Generated Book\"\nauthor: \"Test Author\"\nlang: en\ndate: 2024-01-02\n---\n\n");
        var notes = new StringBuilder();
        var note = 0;
        Directory.CreateDirectory(_scratch.File("images"));
        for (var s = 1; s <= sections; s++)
        {
            book.Append(CultureInfo.InvariantCulture, $"# Section {s}\n\n");
            for (var p = 0; p < 4; p++)
            {
                book.Append(Sentences(random.Next(3, 6)));
                if (p is 1 or 2)
                {
                    note++;
                    book.Append(CultureInfo.InvariantCulture, $"[^n{note}]");
                    var text = note % 3 == 0 ? Sentences(random.Next(5, 9)) : Sentence(random.Next(6, 14));
                    notes.Append(CultureInfo.InvariantCulture, $"[^n{note}]: {text}\n\n");
                }

                book.Append(' ').Append(Sentences(2)).Append("\n\n");
            }

            if (s % 5 == 0)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"images/photo{s / 5}.jpg");
                File.WriteAllBytes(_scratch.File(name), Photo(s));
                book.Append(CultureInfo.InvariantCulture, $"![Photo {s / 5}: the harbour seen from section {s}]({name})\n\n");
            }
        }

        return _scratch.Write("book.md", book.Append(notes).ToString());
    }

    /// <summary>A 1200×800 JPEG with a gradient and a disc, different for each seed.</summary>
    private static byte[] Photo(int seed)
    {
        using var bitmap = new SKBitmap(1200, 800);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(1200, 800), [new SKColor((byte)(seed * 40), 90, 160), new SKColor(240, 220, (byte)(seed * 20))], SKShaderTileMode.Clamp);
            using var paint = new SKPaint { Shader = shader };
            canvas.DrawRect(0, 0, 1200, 800, paint);
            using var disc = new SKPaint { Color = new SKColor(250, 250, 250), IsAntialias = true };
            canvas.DrawCircle(300 + (seed * 50), 400, 150, disc);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }

    [Fact]
    public void A_generated_book_keeps_every_note_on_its_markers_page()
    {
        var result = Build(GeneratedBook(sections: 30), _scratch.File("out"));
        Assert.Equal(60, result.Document!.Notes.Length);

        using var pdf = PdfDocument.Open(Pdf(result));
        var links = 0;
        var offPage = new List<string>();
        foreach (var page in pdf.GetPages())
        {
            foreach (var annotation in page.GetAnnotations().Where(a => a.Action is GoToAction))
            {
                links++;
                var target = ((GoToAction)annotation.Action!).Destination.PageNumber;
                if (target != page.Number)
                {
                    offPage.Add(string.Create(CultureInfo.InvariantCulture, $"page {page.Number} → {target}"));
                }
            }
        }

        // 60 markers and 60 back-links, none leaving its page.
        Assert.Empty(offPage);
        Assert.Equal(120, links);
        Assert.Equal(6, pdf.GetPages().Sum(p => p.GetImages().Count()));
        Assert.Equal(Enumerable.Range(1, 60), NoteStarts(pdf).Select(n => n.Number));
    }

    [Fact]
    public void Each_notes_number_and_first_words_lie_below_the_last_body_line_and_above_the_footer()
    {
        var result = Build(GeneratedBook(sections: 12), _scratch.File("out"));
        using var pdf = PdfDocument.Open(Pdf(result));

        var checkedNotes = 0;
        foreach (var (number, page, line) in NoteStarts(pdf))
        {
            var body = page.Letters.Where(l => !IsFooter(l) && l.PointSize >= BodySize - 0.5 && !string.IsNullOrWhiteSpace(l.Value)).ToList();
            var footerTop = page.Letters.Where(IsFooter).Max(l => l.BoundingBox.Top);
            var lineTop = line.Max(w => w.BoundingBox.Top);
            var lineBottom = line.Min(w => w.BoundingBox.Bottom);
            Assert.True(line.Count >= 2, $"note {number} starts with its number alone");
            Assert.True(body.Count == 0 || lineTop < body.Min(l => l.BoundingBox.Bottom), $"note {number} on page {page.Number} reaches into the text");
            Assert.True(lineBottom > footerTop, $"note {number} on page {page.Number} reaches the footer");
            checkedNotes++;
        }

        Assert.Equal(24, checkedNotes);
    }

    [Fact]
    public void The_caption_sits_centred_under_its_photo()
    {
        var result = Build(Path.Combine(Repo.Root, "tests", "manuscripts", "legacy", "ports-of-the-caspian.txt"), _scratch.File("out"));
        using var pdf = PdfDocument.Open(Pdf(result));

        var page = pdf.GetPages().Single(p => p.GetImages().Any());
        var image = Assert.Single(page.GetImages()).BoundingBox;
        var caption = page.GetWords().Where(w => w.Letters[0].FontName?.Contains("Italic", StringComparison.Ordinal) == true && w.Letters[0].PointSize < BodySize).ToList();
        Assert.Equal("The port of Aktau at dawn", string.Join(' ', caption.Select(w => w.Text)));
        var top = caption.Max(w => w.BoundingBox.Top);
        Assert.InRange(image.Bottom - top, 0, 20); // under the photo, close to it
        var centre = (caption.Min(w => w.BoundingBox.Left) + caption.Max(w => w.BoundingBox.Right)) / 2;
        Assert.Equal((image.Left + image.Right) / 2, centre, 1.0);
    }

    [Fact]
    public void Two_builds_with_the_same_date_in_different_folders_give_identical_bytes()
    {
        var source = Path.Combine(Repo.Root, "tests", "manuscripts", "legacy");
        var pdfs = new List<byte[]>();
        foreach (var folder in new[] { "first", "second/deeper" })
        {
            var input = _scratch.File(folder);
            Directory.CreateDirectory(input);
            foreach (var file in new[] { "ports-of-the-caspian.txt", "ports-of-the-caspian.jpg" })
            {
                File.Copy(Path.Combine(source, file), Path.Combine(input, file));
            }

            pdfs.Add(File.ReadAllBytes(Pdf(Build(Path.Combine(input, "ports-of-the-caspian.txt"), Path.Combine(input, "out")))));
        }

        Assert.True(pdfs[0].Length > 10_000);
        Assert.Equal(pdfs[0], pdfs[1]);
    }

    /// <summary>
    /// A long book's paragraphs are set on helper threads while the flow is built; which thread set what must
    /// not show: the same frames, hence the same PDF bytes, and the same diagnostics as on one thread.
    /// </summary>
    [Fact]
    public void Setting_paragraphs_on_helper_threads_gives_the_same_pdf_and_diagnostics_as_one_thread()
    {
        var manuscript = GeneratedBook(sections: 30);
        var diagnostics = new DiagnosticBag();
        var style = StyleResolver.Load(Repo.DefaultStyle, diagnostics)!;
        var document = Manuscript.ManuscriptReader.Read(manuscript, Manuscript.ReadOptions.Default).Document!;
        (byte[] Pdf, string Diagnostics) Edition(int helperThreads)
        {
            var bag = new DiagnosticBag();
            var print = new Typesetting.Layout.PrintLayout(style) { HelperThreads = helperThreads }.Layout(document, Editions.BuildDate, "test", bag);
            return (new Pdf.PdfWriter().WriteToArray(print.Document), string.Join("\n", bag.ToImmutableSorted()));
        }

        var single = Edition(helperThreads: 0);
        var helped = Edition(helperThreads: 2);

        Assert.True(single.Pdf.AsSpan().SequenceEqual(helped.Pdf), "helper threads changed the PDF");
        Assert.Equal(single.Diagnostics, helped.Diagnostics);
    }

    [Fact]
    public void The_generated_book_is_a_tagged_pdf_that_qpdf_finds_clean()
    {
        var pdf = Pdf(Build(GeneratedBook(sections: 10), _scratch.File("out")));

        var info = Run("pdfinfo", pdf);
        Assert.Matches(@"Tagged:\s+yes", info);
        var check = Run("qpdf", "--check", pdf);
        Assert.Contains("No syntax or stream encoding errors found", check, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING", check, StringComparison.Ordinal);
    }

    /// <summary>Each note's first line: the word "N." set at note size in the regular face, and the words on its baseline.</summary>
    private static List<(int Number, Page Page, List<Word> Line)> NoteStarts(PdfDocument pdf)
    {
        var starts = new List<(int, Page, List<Word>)>();
        foreach (var page in pdf.GetPages())
        {
            var words = page.GetWords().Where(w => !IsFooter(w.Letters[0])).ToList();
            foreach (var word in words.OrderByDescending(w => w.Letters[0].StartBaseLine.Y))
            {
                var letter = word.Letters[0];
                if (Math.Abs(letter.PointSize - NoteSize) < 0.2 && letter.FontName?.Contains("Italic", StringComparison.Ordinal) != true &&
                    word.Text.EndsWith('.') && int.TryParse(word.Text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                {
                    var baseline = letter.StartBaseLine.Y;
                    starts.Add((number, page, [.. words.Where(w => Math.Abs(w.Letters[0].StartBaseLine.Y - baseline) < 0.5)]));
                }
            }
        }

        return starts;
    }

    /// <summary>The footer is the only text set in the sans face.</summary>
    private static bool IsFooter(Letter letter) => letter.FontName?.Contains("NotoSans", StringComparison.Ordinal) == true;

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + tool);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return output.Result + error.Result;
    }
}
