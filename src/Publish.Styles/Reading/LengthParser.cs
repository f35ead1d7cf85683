using System.Globalization;
using System.Text.RegularExpressions;

namespace Publish.Styles.Reading;

/// <summary>
/// Lengths in style files: a number with an optional unit — <c>pt</c> (the default), <c>mm</c>, <c>cm</c>,
/// <c>in</c>, <c>pc</c> (pica, 12 pt), and, where the key allows it, <c>em</c> (the text's font size).
/// Space between number and unit is allowed; a decimal separator is always a point.
/// </summary>
internal static partial class LengthParser
{
    public const double PointsPerInch = 72.0;

    public const double PointsPerMillimetre = PointsPerInch / 25.4;

    public static bool TryParse(string text, bool allowEm, out Measure measure)
    {
        measure = default;
        var match = LengthPattern().Match(text);
        if (!match.Success
            || !double.TryParse(match.Groups["number"].Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var unit = match.Groups["unit"].Value.ToUpperInvariant();
        double? factor = unit switch
        {
            "" or "PT" => 1.0,
            "MM" => PointsPerMillimetre,
            "CM" => 10 * PointsPerMillimetre,
            "IN" => PointsPerInch,
            "PC" => 12.0,
            _ => null,
        };
        if (factor is { } points)
        {
            measure = Measure.Points(number * points);
            return true;
        }

        if (unit == "EM" && allowEm)
        {
            measure = Measure.Ems(number);
            return true;
        }

        return false;
    }

    [GeneratedRegex(@"^\s*(?<number>[+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*(?<unit>[A-Za-z]*)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LengthPattern();
}
