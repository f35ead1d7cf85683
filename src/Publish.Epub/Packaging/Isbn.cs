using System.Text.RegularExpressions;
using Publish.Model.Books;

namespace Publish.Epub.Packaging;

/// <summary>
/// Recognises an ISBN among the ways manuscripts write one ("ISBN 978-3-16-148410-0", "ISBN-10: 0-306-40615-2",
/// "urn:isbn:…", or a bare 978/979 number) and gives its URN (RFC 3187 <c>urn:isbn:</c>, digits only), the form
/// Calibre and the retailers' ingestion read as an ISBN; a free-text "ISBN …" is kept by them as an unknown identifier.
/// A number marked as an ISBN whose check digit is wrong (ISO 2108: modulo 10 with weights 1/3 for 13 digits,
/// modulo 11 with weights 10…1 for 10) is a typo, not an ISBN.
/// </summary>
internal static partial class Isbn
{
    /// <summary>The parsed identifier: <see cref="Urn"/> when it is a valid ISBN; <see cref="WrongCheckDigit"/> when it is marked as one but does not check.</summary>
    public readonly record struct Reading(string? Urn, bool WrongCheckDigit);

    public static Reading Read(string identifier)
    {
        var match = Written().Match(identifier.Trim());
        if (!match.Success)
        {
            return default;
        }

        var digits = match.Groups["number"].Value.Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var marked = match.Groups["prefix"].Success;
        var shaped = digits.Length == 13 ? digits.StartsWith("978", StringComparison.Ordinal) || digits.StartsWith("979", StringComparison.Ordinal)
            : digits.Length == 10 && marked;
        if (!shaped || (digits.Length == 13 && digits.Contains('X', StringComparison.Ordinal)))
        {
            return default;
        }

        if (Checks(digits))
        {
            return new Reading("urn:isbn:" + digits, false);
        }

        // A bare number that fails the check is just a number; one called an ISBN is a mistyped ISBN.
        return new Reading(null, marked);
    }

    /// <summary>Whether the last digit checks (the regex has let an X through only in the last place of 10).</summary>
    private static bool Checks(string digits) =>
        digits[^1] == (digits.Length == 13 ? CheckDigits.Isbn13(digits.AsSpan(0, 12)) : CheckDigits.Modulo11(digits.AsSpan(0, 9)));

    [GeneratedRegex(@"^(?<prefix>(urn:)?isbn(-1[03])?:?\s*)?(?<number>[0-9](?:[- ]?[0-9]){8}(?:[- ]?[0-9Xx])(?:(?:[- ]?[0-9]){3})?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Written();
}
