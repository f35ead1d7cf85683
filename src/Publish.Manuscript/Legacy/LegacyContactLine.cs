using System.Text.RegularExpressions;
using Publish.Model;

namespace Publish.Manuscript.Legacy;

/// <summary>
/// A paragraph of a legacy export's trailing contact block as an institution line: its clean display text (no
/// <c>**bold**</c> remnants, no URL wrappers), and the kind and link <see cref="InstitutionLineClassifier"/> gives
/// it, the same a house style's footer line with that text gets.
/// </summary>
internal static partial class LegacyContactLine
{
    /// <summary>The paragraph as a contact line, or null when it is none (and the contact block does not reach it).</summary>
    public static InstitutionLine? Read(LegacyParagraph paragraph)
    {
        if (paragraph.Text.Length > InstitutionLineClassifier.MaxLineLength)
        {
            return null;
        }

        var url = LegacyPatterns.UrlOnly().Match(paragraph.Text.Trim());
        if (url.Success)
        {
            var target = url.Groups["url"].Value;
            return new InstitutionLine(InstitutionLineClassifier.KindOfAddress(target), target, target, paragraph.Span);
        }

        var text = Clean(paragraph.Text);
        return InstitutionLineClassifier.KindOf(text) is { } kind
            ? new InstitutionLine(kind, text, InstitutionLineClassifier.ImpliedUrl(kind, text), paragraph.Span)
            : null;
    }

    /// <summary>Without <c>**</c>/<c>__</c> emphasis remnants and with runs of spaces collapsed.</summary>
    private static string Clean(string text) =>
        Spaces().Replace(text.Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal), " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
