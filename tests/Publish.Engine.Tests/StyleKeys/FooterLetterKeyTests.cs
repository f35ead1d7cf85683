using System.Globalization;

namespace Publish.Engine.Tests.StyleKeys;

/// <summary>
/// Issue 18 (every style key has a test showing its effect): <c>footer.family</c>, <c>face</c>, <c>leading</c> and
/// <c>color</c>, and the rule's <c>color</c>, read back from the footer of a printed book. Each is built two ways, both
/// away from the default (Noto Sans regular, 9 pt leading, #333333, a grey rule), so a key the footer ignored shows as
/// the default's face, line gap or colour in both rows. The footer is the only 6 pt text of the book.
/// </summary>
public sealed class FooterLetterKeyTests
{
    private const string Lines =
        "  size: 6pt\n" +
        "  lines:\n" +
        "    - \"Alpha Institute for Testing, Long Street 1234, 06550 Somewhere City, Province of Examples\"\n" +
        "    - \"Telephone +90 312 000 00 00, Facsimile +90 312 000 00 01, Office Hours Every Weekday\"\n";

    [Theory]
    [InlineData("Noto Serif", "bold", "NotoSerif-Bold", 14, "#aa1100", "#00aa22")]
    [InlineData("Noto Sans", "italic", "NotoSans-Italic", 11, "#1100aa", "#aa00aa")]
    public void Footer_family_face_leading_and_colour_set_the_institution_lines(string family, string face, string postScript, double leading, string color, string ruleColor)
    {
        using var book = KeyedPdf.Build(
            "---\ntitle: Footer\nlang: en\n---\n\nA paragraph of body text.\n",
            $"page:\n  size: A4\n  margins: 25mm\nfooter:\n  family: {family}\n  face: {face}\n  leading: {leading}pt\n  color: \"{color}\"\n" +
            $"  rule: {{thickness: 1pt, color: \"{ruleColor}\"}}\n" + Lines);

        var page = book.Pdf.GetPage(1);
        var footer = page.Letters.Where(l => Math.Abs(l.PointSize - 6) < 0.01 && !string.IsNullOrWhiteSpace(l.Value)).ToList();
        Assert.NotEmpty(footer);
        Assert.All(footer, l => Assert.EndsWith("+" + postScript, l.FontName, StringComparison.Ordinal));
        Assert.All(footer, l => Assert.Equal(Rgb(color), KeyedPdf.Rgb(l)));

        // Two institution lines (the folio beside the first): their baselines stand one leading apart.
        var baselines = footer.Select(l => Math.Round(l.StartBaseLine.Y, 1)).Distinct().OrderByDescending(y => y).ToList();
        Assert.Equal(2, baselines.Count);
        Assert.Equal(leading, baselines[0] - baselines[1], 0.1);

        var rule = Assert.Single(page.Paths, p => p.IsStroked && p.GetBoundingRectangle() is { } r && r.Top < 25 * 72 / 25.4);
        var (red, green, blue) = rule.StrokeColor!.ToRGBValues();
        Assert.Equal(Rgb(ruleColor), ((int)Math.Round(red * 255), (int)Math.Round(green * 255), (int)Math.Round(blue * 255)));
    }

    private static (int, int, int) Rgb(string hex) =>
        (int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
}
