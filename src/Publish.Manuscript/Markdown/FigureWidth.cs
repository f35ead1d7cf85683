using System.Globalization;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// A figure's <c>width=</c> attribute as Pandoc reads it (its manual, "Extension: link_attributes"): a number with
/// a unit <c>%</c>, <c>px</c>, <c>cm</c>, <c>mm</c>, <c>in</c>/<c>inch</c> or <c>pt</c>; a bare number is pixels.
/// A pixel is 1/96 in (CSS Values and Units 3, §5.2), so 96 px = 72 pt.
/// </summary>
internal readonly record struct FigureWidth(double? Fraction, double? Points)
{
    private const double PointsPerInch = 72;

    public static bool TryParse(string written, out FigureWidth width)
    {
        width = default;
        var text = written.Trim().ToLowerInvariant();
        var unitStart = text.Length;
        while (unitStart > 0 && (char.IsAsciiLetter(text[unitStart - 1]) || text[unitStart - 1] == '%'))
        {
            unitStart--;
        }

        if (!double.TryParse(text.AsSpan(0, unitStart), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0 || !double.IsFinite(value))
        {
            return false;
        }

        var points = text[unitStart..] switch
        {
            "%" => double.NaN,
            "" or "px" => value * PointsPerInch / 96,
            "cm" => value * PointsPerInch / 2.54,
            "mm" => value * PointsPerInch / 25.4,
            "in" or "inch" => value * PointsPerInch,
            "pt" => value,
            _ => -1,
        };

        if (double.IsNaN(points))
        {
            // More than the measure is no share of it.
            if (value > 100)
            {
                return false;
            }

            width = new FigureWidth(value / 100, null);
            return true;
        }

        if (points < 0)
        {
            return false;
        }

        width = new FigureWidth(null, points);
        return true;
    }
}
