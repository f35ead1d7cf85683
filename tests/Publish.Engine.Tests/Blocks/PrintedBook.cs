using Publish.Engine.Tests.Hostile;
using Publish.Engine.Tests.Tagging;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Graphics.Operations.PathConstruction;

namespace Publish.Engine.Tests.Blocks;

/// <summary>
/// A manuscript built into a PDF through the real <c>publish</c> command (default style unless given), read back with
/// PdfPig: its words with positions and fonts, its horizontal rules, and its logical structure.
/// </summary>
internal sealed class PrintedBook
{
    private PrintedBook(IReadOnlyList<PrintedWord> words, IReadOnlyList<(int Page, double Left, double Right, double Y)> rules, TaggedNode structure, string diagnostics)
    {
        Words = words;
        Rules = rules;
        Structure = structure;
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<PrintedWord> Words { get; }

    /// <summary>Horizontal lines stroked on the pages (rules), the footer's and the note separator's included.</summary>
    public IReadOnlyList<(int Page, double Left, double Right, double Y)> Rules { get; }

    public TaggedNode Structure { get; }

    /// <summary>What <c>publish</c> wrote to stderr.</summary>
    public string Diagnostics { get; }

    public static PrintedBook Build(string markdown, string? style = null, params string[] extra)
    {
        using var build = new HostileBuild();
        var manuscript = build.Write("book.md", markdown);
        string[] options = style is null ? ["--format", "pdf", .. extra] : ["--format", "pdf", "--style", build.Write("style.yaml", style), .. extra];
        var outcome = build.Build(manuscript, options);
        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.StandardError}");

        using var pdf = PdfDocument.Open(build.Edition(manuscript, ".pdf"));
        var words = new List<PrintedWord>();
        var rules = new List<(int, double, double, double)>();
        foreach (var page in pdf.GetPages())
        {
            foreach (var word in page.GetWords())
            {
                var first = word.Letters[0];
                words.Add(new PrintedWord(page.Number, word.Text, word.BoundingBox.Left, word.BoundingBox.Right, first.StartBaseLine.Y, first.FontName ?? string.Empty, first.PointSize));
            }

            // Rules are drawn as one moveto-lineto stroke each (ContentStreamBuilder.DrawRule).
            var operations = page.Operations.ToList();
            for (var i = 0; i + 1 < operations.Count; i++)
            {
                if (operations[i] is BeginNewSubpath move && operations[i + 1] is AppendStraightLineSegment line && Math.Abs(move.Y - line.Y) < 0.01)
                {
                    rules.Add((page.Number, Math.Min(move.X, line.X), Math.Max(move.X, line.X), line.Y));
                }
            }
        }

        return new PrintedBook(words, rules, TaggedPdf.Read(pdf).Root, outcome.StandardError);
    }

    /// <summary>The one word that is exactly <paramref name="text"/>.</summary>
    public PrintedWord Word(string text) => Assert.Single(Words, w => w.Text == text);

    /// <summary>Words on the same page and baseline as <paramref name="word"/>, left to right.</summary>
    public IReadOnlyList<PrintedWord> LineOf(PrintedWord word) =>
        [.. Words.Where(w => w.Page == word.Page && Math.Abs(w.Baseline - word.Baseline) < 0.5).OrderBy(w => w.Left)];

    /// <summary>The first word of the line right above <paramref name="word"/>'s on its page.</summary>
    public PrintedWord NextLineAbove(PrintedWord word)
    {
        var above = Words.Where(w => w.Page == word.Page && w.Baseline > word.Baseline + 0.5).Min(w => w.Baseline);
        return Words.Where(w => w.Page == word.Page && Math.Abs(w.Baseline - above) < 0.5).MinBy(w => w.Left)!;
    }

    /// <summary>The first word of the line right below <paramref name="word"/>'s on its page.</summary>
    public PrintedWord NextLineStart(PrintedWord word)
    {
        var below = Words.Where(w => w.Page == word.Page && w.Baseline < word.Baseline - 0.5).Max(w => w.Baseline);
        return Words.Where(w => w.Page == word.Page && Math.Abs(w.Baseline - below) < 0.5).MinBy(w => w.Left)!;
    }
}
