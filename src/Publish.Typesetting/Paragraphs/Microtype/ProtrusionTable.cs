namespace Publish.Typesetting.Paragraphs.Microtype;

/// <summary>
/// How far a character may hang into the left and right margins, in thousandths of its own advance: the LaTeX
/// microtype package's <c>default</c> protrusion set (microtype.dtx, <c>\SetProtrusion [name = default]</c>, the
/// values its author chose to suit most text faces), with the Unicode characters for its <c>\textquoteleft</c>,
/// <c>\textendash</c>… names. Full stop and comma hang most (700 and 500: they are small and leave a visible notch),
/// the hyphen half its width, quotes a third; a few slanted capitals (A T V W X Y) and lower-case letters slightly.
/// </summary>
internal static class ProtrusionTable
{
    /// <summary>The share of <paramref name="c"/>'s advance that may hang into the left margin (0 = none).</summary>
    public static double Left(char c) => c switch
    {
        'A' or 'J' or 'T' or 'V' or 'W' or 'X' or 'Y' or 'v' or 'w' or 'x' or '1' or '4' or '7' or '@' or '%' => 0.05,
        '(' or '/' => 0.1,
        '*' or '~' or '\u2013' => 0.2,
        '+' => 0.25,
        '\u2014' => 0.15,
        '-' or '\u2010' => 0.5,
        '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u201A' or '\u201E' or '\'' or '"' => 0.3,
        _ => 0,
    };

    /// <summary>The share of <paramref name="c"/>'s advance that may hang into the right margin (0 = none).</summary>
    public static double Right(char c) => c switch
    {
        '.' => 0.7,
        ',' or ':' or '-' or '\u2010' or '\u00AD' => 0.5,
        ';' => 0.3,
        '\u2018' or '\u2019' or '\'' => 0.4,
        '\u201C' or '\u201D' or '"' => 0.3,
        ')' or '/' or '\u2013' => 0.2,
        '\u2014' => 0.15,
        '*' => 0.2,
        '~' or '+' => 0.25,
        '!' or '?' => 0.1,
        'A' or 'F' or 'K' or 'L' or 'T' or 'V' or 'W' or 'X' or 'Y' or 'k' or 'r' or 'v' or 'w' or 'x' or 'y' or '1' or '4' or '7' or '@' or '%' => 0.05,
        _ => 0,
    };
}
