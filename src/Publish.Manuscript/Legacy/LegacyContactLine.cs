using System.Globalization;
using System.Text.RegularExpressions;
using Publish.Model;

namespace Publish.Manuscript.Legacy;

/// <summary>
/// Recognises the lines of an institution's contact block (address, telephone/fax, social handle, URLs,
/// e-mail, copyright) and gives each its kind, its clean display text (no <c>**bold**</c> remnants, no URL
/// wrappers) and its link. A bare <c>@handle</c> keeps no URL: the network it belonged to was lost with its icon.
/// </summary>
internal static partial class InstitutionLineClassifier
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase;

    /// <summary>Contact lines are short; a longer paragraph is prose (and is not scanned further).</summary>
    private const int MaxLineLength = 300;

    private static readonly string[] SocialHosts =
        ["facebook.com", "twitter.com", "x.com", "instagram.com", "linkedin.com", "youtube.com", "t.me", "tiktok.com"];

    /// <summary>A contact line: telephone, e-mail or copyright lines prove a contact block on their own ("strong").</summary>
    public static InstitutionLine? Classify(LegacyParagraph paragraph)
    {
        if (paragraph.Text.Length > MaxLineLength)
        {
            return null;
        }

        var text = Clean(paragraph.Text);
        if (text.StartsWith('©') || text.StartsWith("(c)", StringComparison.OrdinalIgnoreCase)
            || text.Contains("All Rights Reserved", StringComparison.OrdinalIgnoreCase)
            || text.Contains("Tüm hakları saklıdır", StringComparison.OrdinalIgnoreCase))
        {
            return new InstitutionLine(InstitutionLineKind.Copyright, text, null, paragraph.Span);
        }

        var email = Email().Match(text);
        if (email.Success)
        {
            return new InstitutionLine(InstitutionLineKind.Email, text, "mailto:" + email.Groups["address"].Value, paragraph.Span);
        }

        if (Telephone().IsMatch(text))
        {
            return new InstitutionLine(InstitutionLineKind.Telephone, text, null, paragraph.Span);
        }

        if (Handle().IsMatch(text))
        {
            return new InstitutionLine(InstitutionLineKind.Social, text, null, paragraph.Span);
        }

        var url = LegacyPatterns.UrlOnly().Match(paragraph.Text.Trim());
        if (url.Success)
        {
            var target = url.Groups["url"].Value;
            var kind = IsSocial(target) ? InstitutionLineKind.Social : InstitutionLineKind.Web;
            return new InstitutionLine(kind, target, target, paragraph.Span);
        }

        return null;
    }

    /// <summary>Telephone, e-mail and copyright lines are found only in contact blocks; URLs and handles also elsewhere.</summary>
    public static bool IsStrong(InstitutionLine line) =>
        line.Kind is InstitutionLineKind.Telephone or InstitutionLineKind.Email or InstitutionLineKind.Copyright;

    /// <summary>
    /// A postal address line: short, not a sentence, with a postcode (five digits, or four digits that are not a
    /// year). Only trusted next to other contact lines (see <see cref="LegacyLayoutAnalyzer"/>).
    /// </summary>
    public static InstitutionLine? ClassifyAddress(LegacyParagraph paragraph)
    {
        if (paragraph.Text.Length > MaxLineLength)
        {
            return null;
        }

        var text = Clean(paragraph.Text);
        if (text.EndsWith('.') || text.StartsWith('['))
        {
            return null;
        }

        foreach (Match number in Postcode().Matches(text))
        {
            var value = int.Parse(number.Value, NumberStyles.None, CultureInfo.InvariantCulture);
            if (number.Value.Length == 5 || value < 1800 || value > 2099)
            {
                return new InstitutionLine(InstitutionLineKind.Address, text, null, paragraph.Span);
            }
        }

        return null;
    }

    /// <summary>Without <c>**</c>/<c>__</c> emphasis remnants and with runs of spaces collapsed.</summary>
    private static string Clean(string text) =>
        Spaces().Replace(text.Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal), " ").Trim();

    private static bool IsSocial(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        return SocialHosts.Any(social => string.Equals(host, social, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"^(?:E-?mail|E-?posta)\s*:?\s*<?(?:mailto:)?(?<address>[^\s<>@]+@[^\s<>@]+?)>?$|^<?(?:mailto:)?(?<address>[^\s<>@]+@[^\s<>@]+?)>?$", Options)]
    private static partial Regex Email();

    [GeneratedRegex(@"^(?:Tel|Tel\.|Telephone|Phone|Telefon|Fax|Faks|Fax\.)\s*:?.*[0-9]", Options)]
    private static partial Regex Telephone();

    [GeneratedRegex(@"^@[\p{L}\p{N}_.]{1,50}$", Options)]
    private static partial Regex Handle();

    [GeneratedRegex(@"(?<![0-9])[0-9]{4,5}(?![0-9])", Options)]
    private static partial Regex Postcode();

    [GeneratedRegex(@"\s+", Options)]
    private static partial Regex Spaces();
}
