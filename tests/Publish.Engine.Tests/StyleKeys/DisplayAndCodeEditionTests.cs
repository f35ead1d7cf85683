using System.IO.Compression;
using System.Text.RegularExpressions;
using Publish.Engine.Tests.Hostile;
using UglyToad.PdfPig;

namespace Publish.Engine.Tests.StyleKeys;

/// <summary>
/// Issue 18, print and EPUB agree: runs of capitals in the title and headings are letterspaced in both (the PDF opens
/// 0.06 em after each letter; the EPUB wraps the same runs in <c>span.caps</c>, 0.06 em of letter-spacing), and a code
/// block is set at <c>text.code.size</c> in print and at that size over the body's in the EPUB.
/// </summary>
public sealed partial class DisplayAndCodeEditionTests
{
    private const string Manuscript =
        "---\ntitle: THE KHOJALY MASSACRE of 1992\nlang: en\n---\n\n# NATO AND THE UN today\n\nA paragraph with NATO in it.\n\n# UN Talks\n\nAnother paragraph.\n";

    [Fact]
    public void The_runs_of_capitals_the_pdf_letterspaces_are_those_the_epub_spans_and_letterspaces()
    {
        using var build = new HostileBuild();
        var manuscript = build.Write("book.md", Manuscript);
        var outcome = build.Build(manuscript, "-q");
        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.StandardError}");

        // Print: a word whose letters stand apart, on average by over 3 % of the size (unspaced letters touch, give or
        // take kerning: "LY" and "AT" kern in by more than the 6 % tracking opens).
        using var pdf = PdfDocument.Open(build.Edition(manuscript, ".pdf"));
        var spaced = pdf.GetPage(1).GetWords()
            .Where(w => w.Letters.Count > 1 && w.Letters.Zip(w.Letters.Skip(1)).Average(p => p.Second.StartBaseLine.X - p.First.EndBaseLine.X) > 0.03 * w.Letters[0].PointSize)
            .Select(w => w.Text).ToHashSet(StringComparer.Ordinal);

        using var epub = ZipFile.OpenRead(build.Edition(manuscript, ".epub"));
        var texts = epub.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal) || e.FullName.EndsWith(".css", StringComparison.Ordinal)).Select(Read).ToList();
        var spans = texts.SelectMany(t => CapsSpan().Matches(t)).SelectMany(m => m.Groups[1].Value.Split(' ')).Where(w => w.Length > 1).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(["AND", "KHOJALY", "MASSACRE", "NATO", "THE", "UN"], spaced.Order(StringComparer.Ordinal));
        Assert.Equal(spaced.Order(StringComparer.Ordinal), spans.Order(StringComparer.Ordinal));
        Assert.Contains(texts, t => t.Contains(".caps { letter-spacing: 0.06em; }", StringComparison.Ordinal));

        // Not the body's capitals ("NATO" in the paragraph), nor two capitals alone ("UN Talks").
        Assert.Contains(texts, t => t.Contains("A paragraph with NATO in it.", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains(">UN Talks</h1>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(10, 12, "0.833em")]
    [InlineData(8, 11, "0.727em")]
    public void A_code_block_is_set_at_the_code_size_in_print_and_at_that_size_over_the_bodys_in_the_epub(double code, double body, string em)
    {
        using var build = new HostileBuild();
        var manuscript = build.Write("book.md", "---\ntitle: Code\nlang: en\n---\n\nText before the code.\n\n```\nZetacode first line\n```\n\nText after with `inline` code.\n");
        var style = build.Scratch.Write(Path.Combine("house", "style.yaml"), RoleStyleBook.Fonts() + $"text:\n  body: {{size: {body}pt}}\n  code: {{size: {code}pt}}\n");
        var outcome = build.Build(manuscript, "--style", style, "-q");
        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.StandardError}");

        using var pdf = PdfDocument.Open(build.Edition(manuscript, ".pdf"));
        var words = pdf.GetPage(1).GetWords().ToList();
        Assert.All(words.First(w => w.Text == "Zetacode").Letters, l => Assert.Equal(code, l.PointSize, 0.01));
        // Inline code stays at 0.9 of the text around it, in both editions (the stylesheet's `code` is 0.9 em).
        Assert.All(words.First(w => w.Text == "inline").Letters, l => Assert.Equal(body * 0.9, l.PointSize, 0.01));

        using var epub = ZipFile.OpenRead(build.Edition(manuscript, ".epub"));
        var css = string.Concat(epub.Entries.Where(e => e.FullName.EndsWith(".css", StringComparison.Ordinal)).Select(Read));
        Assert.Contains($"pre {{ font-size: {em}; }}", css, StringComparison.Ordinal);
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    [GeneratedRegex("<span class=\"caps\">([^<]*)</span>")]
    private static partial Regex CapsSpan();
}
