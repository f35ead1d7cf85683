using Publish.Model;

namespace Publish.Styles.Reading;

/// <summary>
/// Guesses what a footer line is when the style does not say (<c>kind:</c>), and its link: web lines link
/// to themselves, e-mail lines to <c>mailto:</c>. Addresses cannot be recognised reliably, so an unmarked
/// line that is nothing else is <see cref="InstitutionLineKind.Other"/>.
/// </summary>
internal static class InstitutionLineClassifier
{
    private static readonly string[] SocialHosts = ["facebook.com", "twitter.com", "x.com", "instagram.com", "linkedin.com", "youtube.com"];

    public static InstitutionLineKind Classify(string text)
    {
        if (text.StartsWith('@'))
        {
            return InstitutionLineKind.Social;
        }

        if (IsWebAddress(text))
        {
            var host = new Uri(text).Host;
            return SocialHosts.Any(h => host == h || host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase))
                ? InstitutionLineKind.Social
                : InstitutionLineKind.Web;
        }

        if (EmailAddress(text) is not null)
        {
            return InstitutionLineKind.Email;
        }

        if (StartsWithAny(text, "Tel", "Phone", "Fax", "Telefon", "Faks"))
        {
            return InstitutionLineKind.Telephone;
        }

        return text.StartsWith('©') || StartsWithAny(text, "(c)", "Copyright")
            ? InstitutionLineKind.Copyright
            : InstitutionLineKind.Other;
    }

    /// <summary>The link of a line of the given kind: the URL itself, or <c>mailto:</c> the address in it; else null.</summary>
    public static string? ImpliedUrl(InstitutionLineKind kind, string text) => kind switch
    {
        InstitutionLineKind.Web or InstitutionLineKind.Social when IsWebAddress(text) => text,
        InstitutionLineKind.Email when EmailAddress(text) is { } address => "mailto:" + address,
        _ => null,
    };

    private static bool IsWebAddress(string text) =>
        (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        && !text.Contains(' ', StringComparison.Ordinal)
        && Uri.TryCreate(text, UriKind.Absolute, out _);

    /// <summary>The last whitespace-separated word when it looks like <c>local@domain.tld</c>.</summary>
    private static string? EmailAddress(string text)
    {
        var word = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
        var at = word.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && word.IndexOf('.', at) > at + 1 && !word.EndsWith('.') ? word : null;
    }

    private static bool StartsWithAny(string text, params string[] prefixes) =>
        prefixes.Any(p => text.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
