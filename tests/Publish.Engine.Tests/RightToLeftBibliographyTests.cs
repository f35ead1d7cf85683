using Publish.Engine.Tests.Hostile;
using UglyToad.PdfPig;

namespace Publish.Engine.Tests;

/// <summary>
/// A hanging indent hangs from the side a line starts on: in a right-to-left book a bibliography entry's first line
/// reaches the right margin and its further lines stand in from the right by the style's hanging indent (1.5 em of
/// 10 pt in the default style), while their left ends stay free.
/// </summary>
public sealed class RightToLeftBibliographyTests
{
    /// <summary>The default style's right margin: A4 (595.28 pt) less 25 mm.</summary>
    private const double RightMargin = 595.2756 - (25 * 72 / 25.4);

    private const double Hang = 15;

    [Fact]
    public void A_right_to_left_entrys_first_line_reaches_the_right_margin_and_the_rest_hang_from_it()
    {
        using var build = new HostileBuild();
        var entry = string.Join(' ', Enumerable.Repeat("כהן, נועה. הנמל בערב: סיפורים מן החוף ומן השוק הקטן שליד המזח.", 4));
        var path = build.Write("he.md", $"---\ntitle: הנמל\nlang: he\n---\n\n# על החוף\n\nהדייגים יוצאים לים לפני עלות השחר.\n\n# References\n\n{entry}\n");

        var outcome = build.Build(path);

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        using var pdf = PdfDocument.Open(build.Edition(path, ".pdf"));
        var lines = pdf.GetPage(1).Letters
            .Where(l => l.PointSize is > 9.5 and < 10.5 && l.Value.Any(c => c is >= '\u0590' and <= '\u05FF'))
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key)
            .Select(g => g.Max(l => l.EndBaseLine.X))
            .ToList();

        Assert.True(lines.Count >= 3, $"the entry has {lines.Count} lines");
        Assert.Equal(RightMargin, lines[0], precision: 0);
        Assert.All(lines.Skip(1), right => Assert.Equal(RightMargin - Hang, right, precision: 0));
    }
}
