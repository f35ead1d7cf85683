using System.Globalization;
using System.Text.RegularExpressions;

namespace Publish.Model;

/// <summary>
/// What a line of an institution's contact block is, and its link. One reading for every way such a line comes in
/// (a house style's footer line that does not state its <c>kind:</c>, a legacy export's trailing contact block), so
/// the same line gets the same kind and link whichever way it came. The rules are strict enough to find a contact
/// block at the end of a manuscript without taking prose for one: a telephone line starts with its label and has a
/// digit, an e-mail line is the address (after an optional label), a social handle is the handle alone. A bare
/// <c>@handle</c> keeps no URL: the network it belonged to was lost with its icon.
/// </summary>
public static partial class InstitutionLineClassifier
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase;

    /// <summary>Contact lines are short; a longer text is prose.</summary>
    public const int MaxLineLength = 300;

    /// <summary>A web address on one of these hosts, or a subdomain of one (<c>www.</c>, <c>m.</c>), is a social-media line.</summary>
    private static readonly string[] SocialHosts =
        ["facebook.com", "twitter.com", "x.com", "instagram.com", "linkedin.com", "youtube.com", "t.me", "tiktok.com"];

    /// <summary>
    /// The kind of a contact line's clean text, or null when it is no contact line at all. A postal address is
    /// recognised last, by its postcode; a caller that knows the line is a contact line maps null to
    /// <see cref="InstitutionLineKind.Other"/>.
    /// </summary>
    public static InstitutionLineKind? KindOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        if (text.Length == 0 || text.Length > MaxLineLength)
        {
            return null;
        }

        // First: an address such as https://www.tiktok.com/@name also reads as local@domain.
        if (IsWebAddress(text))
        {
            return KindOfAddress(text);
        }

        if (IsCopyright(text))
        {
            return InstitutionLineKind.Copyright;
        }

        if (EmailLine().IsMatch(text))
        {
            return InstitutionLineKind.Email;
        }

        if (Telephone().IsMatch(text))
        {
            return InstitutionLineKind.Telephone;
        }

        if (Handle().IsMatch(text))
        {
            return InstitutionLineKind.Social;
        }

        return IsPostalAddress(text) ? InstitutionLineKind.Address : null;
    }

    /// <summary>A web address's kind: <see cref="InstitutionLineKind.Social"/> on a social-media host, else <see cref="InstitutionLineKind.Web"/>.</summary>
    public static InstitutionLineKind KindOfAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && SocialHosts.Any(h => IsHostOrSubdomain(uri.Host, h))
            ? InstitutionLineKind.Social
            : InstitutionLineKind.Web;

    /// <summary>The link of a line of the given kind: the URL itself, or <c>mailto:</c> the address in it; else null.</summary>
    public static string? ImpliedUrl(InstitutionLineKind kind, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        return kind switch
        {
            InstitutionLineKind.Web or InstitutionLineKind.Social when IsWebAddress(text) => text,
            InstitutionLineKind.Email when EmailLine().Match(text) is { Success: true } line => "mailto:" + line.Groups["address"].Value,

            // A line its author declared an e-mail line may hold its address anywhere; the last word is the likeliest.
            InstitutionLineKind.Email when LastWordAddress(text) is { } address => "mailto:" + address,
            _ => null,
        };
    }

    /// <summary>Telephone, e-mail and copyright lines are found only in contact blocks; URLs, handles and addresses also elsewhere.</summary>
    public static bool IsStrong(InstitutionLineKind kind) =>
        kind is InstitutionLineKind.Telephone or InstitutionLineKind.Email or InstitutionLineKind.Copyright;

    private static bool IsCopyright(string text) =>
        text.StartsWith('©') || text.StartsWith("(c)", StringComparison.OrdinalIgnoreCase)
        || CopyrightWord().IsMatch(text)
        || text.Contains("All Rights Reserved", StringComparison.OrdinalIgnoreCase)
        || text.Contains("Tüm hakları saklıdır", StringComparison.OrdinalIgnoreCase);

    private static bool IsWebAddress(string text) =>
        (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        && !text.Any(char.IsWhiteSpace)
        && Uri.TryCreate(text, UriKind.Absolute, out _);

    private static bool IsHostOrSubdomain(string host, string domain) =>
        string.Equals(host, domain, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A postal address line: not a sentence, with a postcode (five digits, or four digits that are not a year).
    /// Legacy exports trust it only next to other contact lines.
    /// </summary>
    private static bool IsPostalAddress(string text)
    {
        if (text.EndsWith('.') || text.StartsWith('['))
        {
            return false;
        }

        foreach (Match number in Postcode().Matches(text))
        {
            var value = int.Parse(number.Value, NumberStyles.None, CultureInfo.InvariantCulture);
            if (number.Value.Length == 5 || value < 1800 || value > 2099)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last whitespace-separated word when it looks like <c>local@domain.tld</c>.</summary>
    private static string? LastWordAddress(string text)
    {
        var word = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
        var at = word.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && word.IndexOf('.', at) > at + 1 && !word.EndsWith('.') ? word : null;
    }

    [GeneratedRegex(@"^(?:E-?mail|E-?posta)\s*:?\s*<?(?:mailto:)?(?<address>[^\s<>@]+@[^\s<>@]+?)>?$|^<?(?:mailto:)?(?<address>[^\s<>@]+@[^\s<>@]+?)>?$", Options)]
    private static partial Regex EmailLine();

    [GeneratedRegex(@"^(?:Tel|Tel\.|Telephone|Phone|Telefon|Fax|Faks|Fax\.)\s*:?.*[0-9]", Options)]
    private static partial Regex Telephone();

    [GeneratedRegex(@"^@[\p{L}\p{N}_.]{1,50}$", Options)]
    private static partial Regex Handle();

    [GeneratedRegex(@"^Copyright\b", Options)]
    private static partial Regex CopyrightWord();

    [GeneratedRegex(@"(?<![0-9])[0-9]{4,5}(?![0-9])", Options)]
    private static partial Regex Postcode();
}
