using System.Text.RegularExpressions;
using Publish.Model.Books;

namespace Publish.Epub.Packaging;

/// <summary>
/// Recognises an ISSN as a journal's manifest writes one ("ISSN 2146-5665", "2146-5665", "urn:issn:2146-5665") and
/// gives its URN (RFC 3044 <c>urn:issn:NNNN-NNNC</c>). ISO 3297: seven digits weighted 8…2, the check character making
/// the sum a multiple of 11 (X for 10). A number that does not check is no ISSN: it is written as given.
/// </summary>
internal static partial class Issn
{
    public static string? Urn(string identifier)
    {
        var match = Written().Match(identifier.Trim());
        if (!match.Success)
        {
            return null;
        }

        var digits = match.Groups["first"].Value + match.Groups["second"].Value.ToUpperInvariant();
        return digits[7] == CheckDigits.Modulo11(digits.AsSpan(0, 7)) ? "urn:issn:" + digits[..4] + "-" + digits[4..] : null;
    }

    [GeneratedRegex(@"^(?:(?:urn:)?(?:e-?|p-?)?issn:?\s*)?(?<first>[0-9]{4})[- ]?(?<second>[0-9]{3}[0-9Xx])$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Written();
}
