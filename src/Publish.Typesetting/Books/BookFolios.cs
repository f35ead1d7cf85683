using System.Globalization;

namespace Publish.Typesetting.Books;

/// <summary>
/// The book's page numbers as printed: lower-case roman in the front matter, arabic from 1 at the first article
/// (Chicago Manual of Style 1.5: front matter in roman, text in arabic), and the style's folio format filled in with them.
/// </summary>
internal static class BookFolios
{
    /// <summary>Lower-case roman numeral of a positive number (i, ii, iv, xiv).</summary>
    public static string Roman(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        return Model.Text.RomanNumerals.Lower(number);
    }

    public static string Arabic(int number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The style's <c>footer.page-number</c> with <c>{page}</c> the folio and <c>{pages}</c> the last folio of the same
    /// numbering ("iii / vi" in the front matter, "12 / 240" in the text), as the style replaces them for one article.
    /// </summary>
    public static string Format(string format, string folio, string lastFolio) => format
        .Replace("{pages}", lastFolio, StringComparison.Ordinal)
        .Replace("{page}", folio, StringComparison.Ordinal);
}
