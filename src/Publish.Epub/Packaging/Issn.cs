using System.Text.RegularExpressions;

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
        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            sum += (digits[i] - '0') * (8 - i);
        }

        var check = (11 - (sum % 11)) % 11;
        var expected = check == 10 ? 'X' : (char)('0' + check);
        return digits[7] == expected ? "urn:issn:" + digits[..4] + "-" + digits[4..] : null;
    }

    [GeneratedRegex(@"^(?:(?:urn:)?(?:e-?|p-?)?issn:?\s*)?(?<first>[0-9]{4})[- ]?(?<second>[0-9]{3}[0-9Xx])$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Written();
}
