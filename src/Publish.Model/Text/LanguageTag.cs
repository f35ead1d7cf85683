using System.Globalization;

namespace Publish.Model.Text;

/// <summary>
/// BCP 47 language tags (RFC 5646 section 2.1 syntax): <c>language[-extlang][-script][-region](-variant)*(-extension)*[-x-private]</c>,
/// or a private-use tag alone. One deliberate narrowing: the primary language must be 2–3 letters. RFC 5646 also
/// admits 4 (reserved) and 5–8 letter subtags, but none is registered, so in a manuscript they are always a
/// language's name written out (<c>english</c>, <c>deutsch</c>) that would reach the EPUB and PDF as a bogus tag.
/// Grandfathered tags (<c>i-klingon</c>) are refused. An invalid <c>lang</c> makes an EPUB epubcheck refuses.
/// </summary>
public static class LanguageTag
{
    /// <summary>True when <paramref name="tag"/> is well-formed (case-insensitive).</summary>
    public static bool IsWellFormed(string tag) => Canonical(tag) is not null;

    /// <summary>
    /// The tag in its conventional case (<c>en</c>, <c>sr-Latn-RS</c>) when it is well-formed, also after the
    /// repairs a typo or a POSIX locale needs (<c>en_GB</c> → <c>en-GB</c>, surrounding spaces); else null.
    /// </summary>
    public static string? Repair(string text)
    {
        var trimmed = text.Trim();
        var posix = trimmed.IndexOfAny(['.', '@']) is var cut and > 0 ? trimmed[..cut] : trimmed; // en_GB.UTF-8
        return Canonical(posix.Replace('_', '-'));
    }

    /// <summary>
    /// For a language written out by name (<c>english</c>, <c>Türkçe</c>): the tag of the language of that English
    /// or native name, as a suggestion; null when no language is called so.
    /// </summary>
    public static string? ForLanguageName(string name)
    {
        var wanted = name.Trim();
        if (wanted.Length < 3)
        {
            return null;
        }

        foreach (var culture in CultureInfo.GetCultures(CultureTypes.NeutralCultures))
        {
            if (culture.Name.Length is 2 or 3 &&
                (string.Equals(culture.EnglishName, wanted, StringComparison.OrdinalIgnoreCase) ||
                 string.Equals(culture.NativeName, wanted, StringComparison.OrdinalIgnoreCase)))
            {
                return culture.Name;
            }
        }

        return null;
    }

    /// <summary>The tag in conventional case when it is well-formed, else null.</summary>
    public static string? Canonical(string tag)
    {
        if (tag.Length is 0 or > 255)
        {
            return null;
        }

        var parts = tag.Split('-');
        if (parts.Any(p => p.Length is 0 or > 8 || !p.All(char.IsAsciiLetterOrDigit)))
        {
            return null;
        }

        var output = new List<string>(parts.Length);
        var i = 0;
        if (IsSingleton(parts[0], 'x'))
        {
            return PrivateUse(parts, 0, output) ? string.Join('-', output) : null;
        }

        // Primary language: 2–3 letters, then up to three 3-letter extended language subtags.
        if (!IsLetters(parts[0], 2, 3))
        {
            return null;
        }

        output.Add(parts[i++].ToLowerInvariant());
        for (var extlangs = 0; extlangs < 3 && i < parts.Length && IsLetters(parts[i], 3, 3); extlangs++)
        {
            output.Add(parts[i++].ToLowerInvariant());
        }

        if (i < parts.Length && IsLetters(parts[i], 4, 4))
        {
            var script = parts[i++];
            output.Add(char.ToUpperInvariant(script[0]) + script[1..].ToLowerInvariant());
        }

        if (i < parts.Length && (IsLetters(parts[i], 2, 2) || (parts[i].Length == 3 && parts[i].All(char.IsAsciiDigit))))
        {
            output.Add(parts[i++].ToUpperInvariant());
        }

        while (i < parts.Length && IsVariant(parts[i]))
        {
            output.Add(parts[i++].ToLowerInvariant());
        }

        // Extensions: a singleton (not x) followed by one or more 2–8 character subtags.
        while (i < parts.Length && parts[i].Length == 1 && !IsSingleton(parts[i], 'x'))
        {
            output.Add(parts[i++].ToLowerInvariant());
            var start = i;
            while (i < parts.Length && parts[i].Length >= 2)
            {
                output.Add(parts[i++].ToLowerInvariant());
            }

            if (i == start)
            {
                return null;
            }
        }

        if (i < parts.Length)
        {
            return IsSingleton(parts[i], 'x') && PrivateUse(parts, i, output) ? string.Join('-', output) : null;
        }

        return string.Join('-', output);
    }

    private static bool PrivateUse(string[] parts, int start, List<string> output)
    {
        if (start + 1 >= parts.Length)
        {
            return false;
        }

        output.AddRange(parts[start..].Select(p => p.ToLowerInvariant()));
        return true;
    }

    private static bool IsSingleton(string part, char letter) => part.Length == 1 && char.ToLowerInvariant(part[0]) == letter;

    private static bool IsLetters(string part, int min, int max) => part.Length >= min && part.Length <= max && part.All(char.IsAsciiLetter);

    /// <summary>5–8 alphanumerics, or a digit and three alphanumerics (<c>1996</c>, <c>fonipa</c>).</summary>
    private static bool IsVariant(string part) => part.Length is >= 5 and <= 8 || (part.Length == 4 && char.IsAsciiDigit(part[0]));
}
