using Publish.Engine.Tests.Hostile;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Publish.Engine.Tests.StyleKeys;

/// <summary>
/// A Markdown manuscript built into a PDF through the real <c>publish</c> command with a style written by the test: the
/// shipped Noto Serif, Noto Sans (all four faces each) and DejaVu Sans Mono declared, then <c>yaml</c>. The PDF stays
/// open for reading; the scratch folder goes with it. The key tests build the same manuscript with a key set two ways.
/// </summary>
public sealed class KeyedPdf : IDisposable
{
    private readonly HostileBuild _build = new();

    private KeyedPdf(string markdown, string yaml, (string Name, string Text)[] files)
    {
        var manuscript = _build.Write("book.md", markdown);
        foreach (var (name, text) in files)
        {
            _build.Scratch.Write(Path.Combine("house", name), text);
        }

        var style = _build.Scratch.Write(Path.Combine("house", "style.yaml"), RoleStyleBook.Fonts() + yaml);
        var outcome = _build.Build(manuscript, "--style", style, "--format", "pdf");
        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        Diagnostics = outcome.StandardError;
        Pdf = PdfDocument.Open(_build.Edition(manuscript, ".pdf"));
    }

    public PdfDocument Pdf { get; }

    /// <summary>What <c>publish</c> wrote to stderr (its warnings).</summary>
    public string Diagnostics { get; }

    /// <summary>Builds <paramref name="markdown"/> with the style <paramref name="yaml"/>; <paramref name="files"/> are written beside the style file.</summary>
    public static KeyedPdf Build(string markdown, string yaml, params (string Name, string Text)[] files) => new(markdown, yaml, files);

    /// <summary>Every word of the book with its page number, in page order.</summary>
    public IEnumerable<(int Page, Word Word)> Words() => Pdf.GetPages().SelectMany(p => p.GetWords().Select(w => (p.Number, w)));

    /// <summary>The first word whose text is <paramref name="text"/>.</summary>
    public (int Page, Word Word) Word(string text) => Words().First(w => w.Word.Text == text);

    /// <summary>The fill colour of a letter as 0–255 integers.</summary>
    public static (int R, int G, int B) Rgb(Letter letter)
    {
        var (r, g, b) = letter.Color.ToRGBValues();
        return ((int)Math.Round(r * 255), (int)Math.Round(g * 255), (int)Math.Round(b * 255));
    }

    public void Dispose()
    {
        Pdf.Dispose();
        _build.Dispose();
    }
}
