using System.Globalization;
using System.Text;

namespace Publish.Model.Text;

/// <summary>Lower-case roman numerals (i, iv, xiv, mcmxc), shared by the book's front-matter folios and CSL's <c>form="roman"</c>.</summary>
public static class RomanNumerals
{
    private static readonly (int Value, string Numeral)[] Numerals =
    [
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ];

    /// <summary>
    /// The lower-case roman numeral of 1–3999; any other number in arabic digits (roman has no zero, no negatives, and
    /// nothing above 3999 without overlines — citeproc-js prints those as digits too).
    /// </summary>
    public static string Lower(int number)
    {
        if (number is <= 0 or >= 4000)
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        var text = new StringBuilder();
        foreach (var (value, numeral) in Numerals)
        {
            while (number >= value)
            {
                text.Append(numeral);
                number -= value;
            }
        }

        return text.ToString();
    }
}
