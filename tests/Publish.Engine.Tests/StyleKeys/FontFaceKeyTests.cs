using System.Globalization;
using Publish.Engine.Tests.Hostile;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Publish.Engine.Tests.StyleKeys;

/// <summary>
/// Issue 18 point 6: a face a family declares is the face its text is set in (<c>fonts.&lt;family&gt;.italic</c>,
/// <c>bold</c>, <c>bold-italic</c>), and a face it lacks is imitated, never silently the upright or light face: the
/// regular face slanted 12° through the text matrix, or stroked (text rendering mode 2), with one warning per family and
/// missing face (PUB2048) at the family's declaration. Read back with PdfPig: which font draws each word, whether its
/// glyph boxes lean, and how it is rendered.
/// </summary>
public sealed class FontFaceKeyTests
{
    private const string Sentence = "Upright words, then *Leaning words*, then **Heavy words**, then ***Bothways words*** and back.";

    /// <summary>tan 12°: how far a synthesized oblique's glyph box leans per point of its height.</summary>
    private const double Shear = 0.21;

    [Fact]
    public void A_family_with_every_face_sets_emphasis_in_its_italic_and_strong_in_its_bold()
    {
        using var book = Build(
            $"  Sans Four:\n    regular: \"{HostileStyle.Shipped("NotoSans-Regular.ttf")}\"\n    italic: \"{HostileStyle.Shipped("NotoSans-Italic.ttf")}\"\n" +
            $"    bold: \"{HostileStyle.Shipped("NotoSans-Bold.ttf")}\"\n    bold-italic: \"{HostileStyle.Shipped("NotoSans-BoldItalic.ttf")}\"\n");

        Assert.DoesNotContain("PUB2048", book.Errors, StringComparison.Ordinal);
        Assert.Equal(("NotoSans-Regular", 0.0, TextRenderingMode.Fill), book.Look("Upright"));
        Assert.Equal(("NotoSans-Italic", 0.0, TextRenderingMode.Fill), book.Look("Leaning"));
        Assert.Equal(("NotoSans-Bold", 0.0, TextRenderingMode.Fill), book.Look("Heavy"));
        Assert.Equal(("NotoSans-BoldItalic", 0.0, TextRenderingMode.Fill), book.Look("Bothways"));
    }

    [Fact]
    public void A_family_with_a_regular_face_only_slants_emphasis_and_strokes_strong_with_a_warning_for_each_face()
    {
        using var book = Build($"  Sans Four:\n    regular: \"{HostileStyle.Shipped("NotoSans-Regular.ttf")}\"\n");

        Assert.Equal(("NotoSans-Regular", 0.0, TextRenderingMode.Fill), book.Look("Upright"));
        Assert.Equal(("NotoSans-Regular", Shear, TextRenderingMode.Fill), book.Look("Leaning"));
        Assert.Equal(("NotoSans-Regular", 0.0, TextRenderingMode.FillThenStroke), book.Look("Heavy"));
        Assert.Equal(("NotoSans-Regular", Shear, TextRenderingMode.FillThenStroke), book.Look("Bothways"));

        // One warning per missing face, each at the family's declaration (the line after the shipped families),
        // naming what the print edition does instead.
        var declaredAt = RoleStyleBook.Fonts().Count(c => c == '\n') + 1;
        var warnings = HostileBuild.Lines(book.Outcome, book.StylePath, "warning", "PUB2048");
        Assert.Equal(3, warnings.Count);
        Assert.All(warnings, w => Assert.Equal((declaredAt.ToString(CultureInfo.InvariantCulture), "3"), (w.Groups["line"].Value, w.Groups["column"].Value)));
        Assert.All(warnings, w => Assert.Contains("'Sans Four'", w.Groups["message"].Value, StringComparison.Ordinal));
        Assert.Single(warnings, w => w.Groups["message"].Value.Contains("no italic face", StringComparison.Ordinal) && w.Groups["message"].Value.Contains("slanted 12°", StringComparison.Ordinal));
        Assert.Single(warnings, w => w.Groups["message"].Value.Contains("no bold face", StringComparison.Ordinal) && w.Groups["message"].Value.Contains("thickened", StringComparison.Ordinal));
        Assert.Single(warnings, w => w.Groups["message"].Value.Contains("no bold italic face", StringComparison.Ordinal));

        // One embedded font program serves the upright, slanted and stroked words alike.
        Assert.Single(book.Pdf.GetPage(1).Letters.Where(l => l.FontName?.Contains("NotoSans", StringComparison.Ordinal) == true).Select(l => l.FontName).Distinct());
    }

    private static Book Build(string family)
    {
        var build = new HostileBuild();
        var style = build.Scratch.Write(Path.Combine("house", "style.yaml"), RoleStyleBook.Fonts() + family + "text:\n  body: {family: Sans Four, align: ragged}\n");
        var manuscript = build.Write("book.md", "---\ntitle: Faces\nlang: en\n---\n\n" + Sentence + "\n");

        var outcome = build.Build(manuscript, "--style", style, "--format", "pdf");

        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        return new Book(build, outcome, style, build.Edition(manuscript, ".pdf"));
    }

    /// <summary>A built book: its PDF open for reading, its scratch folder removed with it.</summary>
    private sealed class Book(HostileBuild build, PublishProcess.Outcome outcome, string stylePath, string path) : IDisposable
    {
        public PdfDocument Pdf { get; } = PdfDocument.Open(path);

        public PublishProcess.Outcome Outcome => outcome;

        public string StylePath => stylePath;

        public string Errors => outcome.StandardError;

        /// <summary>A word's font (without the subset tag), how far its glyph boxes lean per point of height, and its rendering mode.</summary>
        public (string Font, double Lean, TextRenderingMode Mode) Look(string word)
        {
            var letters = Pdf.GetPage(1).GetWords().First(w => w.Text.StartsWith(word, StringComparison.Ordinal)).Letters;
            var fonts = letters.Select(l => l.FontName![(l.FontName!.IndexOf('+', StringComparison.Ordinal) + 1)..]).Distinct().ToList();
            var modes = letters.Select(l => l.RenderingMode).Distinct().ToList();
            return (Assert.Single(fonts), Math.Round(letters.Average(Lean), 2), Assert.Single(modes));
        }

        public void Dispose()
        {
            Pdf.Dispose();
            build.Dispose();
        }

        private static double Lean(Letter letter)
        {
            var box = letter.BoundingBox;
            return (box.TopLeft.X - box.BottomLeft.X) / (box.TopLeft.Y - box.BottomLeft.Y);
        }
    }
}
