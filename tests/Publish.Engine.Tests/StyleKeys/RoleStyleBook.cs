using System.Globalization;
using System.Text;
using Publish.Engine.Tests.Hostile;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Publish.Engine.Tests.StyleKeys;

/// <summary>
/// A book with text in every role (title, author, three heading levels, body, a note, a captioned figure, code, a
/// bibliography), each led by a marker word of its own and long enough to take two lines, built once through the real
/// CLI on A5 with a style that sets every role's family, face, size, leading and colour away from its default. The
/// fonts are declared with all four faces, so each face asked for is a face of its own in the PDF.
/// </summary>
public sealed class RoleStyleBook : IDisposable
{
    /// <summary>Role → (marker word, family, face key, PostScript name of that face, size, leading, colour): no two alike in font and size.</summary>
    public static readonly IReadOnlyDictionary<string, RoleCase> Cases = new Dictionary<string, RoleCase>(StringComparer.Ordinal)
    {
        ["title"] = new("Zetatitle", "Noto Sans", "italic", "NotoSans-Italic", 19, 27, "#7a1f1f") { Align = "ragged" },
        ["author"] = new("Zetaauthor", "Noto Serif", "bold", "NotoSerif-Bold", 13.5, 19, "#1f7a1f") { Align = "ragged" },
        ["heading-1"] = new("Zetaheadone", "Noto Sans", "regular", "NotoSans-Regular", 17, 23, "#1f1f7a") { Align = "centered" },
        ["heading-2"] = new("Zetaheadtwo", "Noto Sans", "bold-italic", "NotoSans-BoldItalic", 14.5, 21, "#7a7a1f") { Align = "centered" },
        ["heading-3"] = new("Zetaheadthree", "Noto Serif", "regular", "NotoSerif-Regular", 12.5, 18, "#7a1f7a") { Align = "justified" },
        ["body"] = new("Zetabody", "Noto Sans", "regular", "NotoSans-Regular", 10.5, 16, "#1f7a7a") { Align = "centered", Extra = ", first-line-indent: 0" },
        ["note"] = new("Zetanote", "Noto Sans", "italic", "NotoSans-Italic", 8.25, 12, "#5a3a1a") { Align = "ragged" },
        ["caption"] = new("Zetacaption", "Noto Serif", "bold", "NotoSerif-Bold", 9.25, 13, "#1a3a5a"),
        ["bibliography"] = new("Zetabib", "Noto Sans", "bold", "NotoSans-Bold", 11.5, 17, "#3a5a1a") { Align = "centered", Extra = ", hanging-indent: 0" },
        // A code block is printed at text.code.size itself (styles/README.md); only inline code is scaled to its text.
        ["code"] = new("Zetacode", "Noto Serif", "italic", "NotoSerif-Italic", 9.75, 15, "#5a1a3a"),
    };

    /// <summary>Every margin, in points: the book is one-sided, the text block the same on every page.</summary>
    public const double Margin = 50;

    private readonly HostileBuild _build = new();

    public RoleStyleBook()
    {
        var manuscript = _build.Write("book.md", Manuscript());
        _build.WriteBytes("images/plate.png", TestImages.Png(60, 30, (90, 120, 150)));
        var style = _build.Scratch.Write(Path.Combine("house", "style.yaml"), Style());

        var outcome = _build.Build(manuscript, "--style", style, "--format", "pdf", "-q");

        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        Pdf = PdfDocument.Open(_build.Edition(manuscript, ".pdf"));
        Letters = [.. Pdf.GetPages().SelectMany(p => p.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => (p.Number, l)))];
    }

    public PdfDocument Pdf { get; }

    /// <summary>Every visible letter of the book with its page number.</summary>
    public IReadOnlyList<(int Page, Letter Letter)> Letters { get; }

    /// <summary>All four faces of the shipped Noto Serif and Noto Sans, and DejaVu Sans Mono, by absolute path.</summary>
    public static string Fonts()
    {
        static string Family(string name, string file) =>
            $"  {name}:\n" +
            $"    regular: \"{HostileStyle.Shipped(file + "-Regular.ttf")}\"\n" +
            $"    italic: \"{HostileStyle.Shipped(file + "-Italic.ttf")}\"\n" +
            $"    bold: \"{HostileStyle.Shipped(file + "-Bold.ttf")}\"\n" +
            $"    bold-italic: \"{HostileStyle.Shipped(file + "-BoldItalic.ttf")}\"\n";

        return "fonts:\n" + Family("Noto Serif", "NotoSerif") + Family("Noto Sans", "NotoSans") +
            $"  DejaVu Sans Mono:\n    regular: \"{HostileStyle.Shipped("DejaVuSansMono.ttf")}\"\n";
    }

    /// <summary>The lines (top to bottom, each its letters left to right) set in a role's font and size, on the page of its marker word.</summary>
    public List<List<Letter>> LinesOf(string role)
    {
        var wanted = Cases[role];
        var marker = MarkerPage(wanted.Marker);
        return [.. Letters
            .Where(x => x.Page == marker && x.Letter.FontName?.EndsWith("+" + wanted.PostScriptName, StringComparison.Ordinal) == true && Math.Abs(x.Letter.PointSize - wanted.PrintedSize) < 0.01)
            .Select(x => x.Letter)
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key)
            .Select(g => g.OrderBy(l => l.StartBaseLine.X).ToList())];
    }

    /// <summary>The letters of the first occurrence of <paramref name="marker"/>, as PdfPig reads them.</summary>
    public List<Letter> MarkerLetters(string marker)
    {
        foreach (var page in Pdf.GetPages())
        {
            if (page.GetWords().FirstOrDefault(w => w.Text.Contains(marker, StringComparison.Ordinal)) is { } word)
            {
                return [.. word.Letters];
            }
        }

        throw new InvalidOperationException($"{marker} is not in the book");
    }

    public void Dispose()
    {
        Pdf.Dispose();
        _build.Dispose();
    }

    private int MarkerPage(string marker) => Pdf.GetPages().First(p => p.GetWords().Any(w => w.Text.Contains(marker, StringComparison.Ordinal))).Number;

    /// <summary>The marker and enough words for two or more lines. (A title and author block of 15 lines set each title line on a page of its own: kept short here, reported in issue 18.)</summary>
    private static string Words(string marker, int repeats = 5) => marker + " " + string.Join(' ', Enumerable.Repeat("harbour evening market letter garden window", repeats));

    private static string Manuscript()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"---\ntitle: {Words(Cases["title"].Marker, 2)}\nauthor: {Words(Cases["author"].Marker, 2)}\nlang: en\n---\n\n");
        text.Append(CultureInfo.InvariantCulture, $"# {Words(Cases["heading-1"].Marker)}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{Words(Cases["body"].Marker)} {Words("and")}.[^1]\n\n");
        text.Append(CultureInfo.InvariantCulture, $"[^1]: {Words(Cases["note"].Marker)}.\n\n");
        text.Append(CultureInfo.InvariantCulture, $"## {Words(Cases["heading-2"].Marker)}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"![{Words(Cases["caption"].Marker)}](images/plate.png)\n\n");
        text.Append(CultureInfo.InvariantCulture, $"### {Words(Cases["heading-3"].Marker)}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"```\n{Cases["code"].Marker} first line\nsecond line\n```\n\n");
        text.Append(CultureInfo.InvariantCulture, $"# Bibliography\n\n{Words(Cases["bibliography"].Marker)}.\n");
        return text.ToString();
    }

    private static string Style()
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"page:\n  size: A5\n  margins: {Margin}pt\n");
        // Note numbers inline: a note's lines after the first return to the note's edge, where the align test measures
        // them (a hanging number would set every line after the number's box); no protrusion, so edges are where align puts them.
        text.Append(Fonts()).Append("notes:\n  number: inline\nmicrotype:\n  protrusion: false\n").Append("text:\n");
        foreach (var (role, c) in Cases)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {role}: {{family: {c.Family}, face: {c.Face}, size: {c.Size}pt, leading: {c.Leading}pt, color: \"{c.Color}\"{(c.Align is null ? string.Empty : ", align: " + c.Align)}{c.Extra}}}\n");
        }

        return text.ToString();
    }

    /// <summary>What the style sets for one role, and the PostScript name of the face that should show it.</summary>
    public sealed record RoleCase(string Marker, string Family, string Face, string PostScriptName, double Size, double Leading, string Color)
    {
        /// <summary>The role's <c>align</c>, far from its default; null for a role that does not take it.</summary>
        public string? Align { get; init; }

        /// <summary>More keys for the role's mapping, e.g. an indent of 0 so a centred line is centred on the measure.</summary>
        public string Extra { get; init; } = string.Empty;

        /// <summary>The size the glyphs are drawn at.</summary>
        public double PrintedSize { get; init; } = Size;
    }
}
