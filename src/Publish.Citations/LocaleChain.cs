using System.Globalization;

namespace Publish.Citations;

/// <summary>
/// The locales a style renders with, most specific first (CSL 1.0.2 §Locale Fallback): the style's inline locale
/// for the exact language, then for the bare language, then the inline locale without a language, then the
/// locale file of the language, of its primary dialect, and last en-US.
/// </summary>
internal sealed class LocaleChain
{
    private readonly IReadOnlyList<CslLocale> locales;
    private readonly Dictionary<(string Name, string Form, bool Plural), string?> termCache = [];

    public LocaleChain(string language, IReadOnlyList<CslLocale> locales)
    {
        Language = language;
        this.locales = locales;
        Culture = CultureFor(language);
        PunctuationInQuote = locales.Select(l => l.PunctuationInQuote).FirstOrDefault(v => v is not null) ?? false;
        LimitDayOrdinalsToDay1 = locales.Select(l => l.LimitDayOrdinalsToDay1).FirstOrDefault(v => v is not null) ?? false;
    }

    /// <summary>The language tag the chain was built for, e.g. "tr-TR".</summary>
    public string Language { get; }

    /// <summary>The .NET culture for casing and collation in this language (Turkish İ/ı follow from it).</summary>
    public CultureInfo Culture { get; }

    public bool PunctuationInQuote { get; }

    public bool LimitDayOrdinalsToDay1 { get; }

    public static CultureInfo CultureFor(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    /// <summary>
    /// The text of a term, following the form fallback (verb-short → verb → long, symbol → short → long,
    /// short → long); null when no locale defines it.
    /// </summary>
    public string? Term(string name, string form = "long", bool plural = false)
    {
        if (termCache.TryGetValue((name, form, plural), out var cached))
        {
            return cached;
        }

        string? found = null;
        foreach (var candidate in FormFallback(form))
        {
            var term = Find(name, candidate);
            if (term is not null)
            {
                found = plural ? term.Multiple : term.Single;
                break;
            }
        }

        termCache[(name, form, plural)] = found;
        return found;
    }

    /// <summary>The term itself (for its gender), following the same form fallback.</summary>
    public CslTerm? TermEntry(string name, string form = "long")
    {
        foreach (var candidate in FormFallback(form))
        {
            var term = Find(name, candidate);
            if (term is not null)
            {
                return term;
            }
        }

        return null;
    }

    public CslElement? DateFormat(string form)
    {
        foreach (var locale in locales)
        {
            if (locale.Dates.TryGetValue(form, out var date))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// The ordinal suffix for a number (CSL 1.0.2 §Ordinal Suffixes): "ordinal-XX" terms matched on the last two
    /// digits first, then the last digit, then "ordinal"; a term with the wanted gender form wins. Ordinal terms
    /// of the first locale that defines any replace those of the locales after it.
    /// </summary>
    public string Ordinal(int number, string? gender)
    {
        var set = locales.FirstOrDefault(l => l.Terms.Any(t => t.Name.StartsWith("ordinal", StringComparison.Ordinal)));
        if (set is null)
        {
            return string.Empty;
        }

        var ordinals = set.Terms.Where(t => t.Name.StartsWith("ordinal", StringComparison.Ordinal) && t.Form == "long").ToList();
        var abs = Math.Abs(number);
        CslTerm? Pick(Func<CslTerm, bool> predicate)
        {
            var matches = ordinals.Where(predicate).ToList();
            return matches.FirstOrDefault(t => gender is not null && t.GenderForm == gender) ?? matches.FirstOrDefault(t => t.GenderForm is null) ?? matches.FirstOrDefault();
        }

        var lastTwo = abs % 100;
        var twoDigit = Pick(t => t.Name.Length == 10 && int.TryParse(t.Name.AsSpan(8), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 10
            && (t.Match == "whole-number" ? n == abs : n == lastTwo));
        if (twoDigit is not null)
        {
            return twoDigit.Single;
        }

        var oneDigit = Pick(t => t.Name.Length == 10 && int.TryParse(t.Name.AsSpan(8), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < 10
            && (t.Match == "last-two-digits" ? n == lastTwo : t.Match == "whole-number" ? n == abs : n == abs % 10));
        if (oneDigit is not null)
        {
            return oneDigit.Single;
        }

        return Pick(t => t.Name == "ordinal")?.Single ?? string.Empty;
    }

    /// <summary>"first" … "tenth" for 1–10 when the locale has long ordinals, else the number with its suffix.</summary>
    public string LongOrdinal(int number, string? gender)
    {
        if (number is >= 1 and <= 10)
        {
            var name = "long-ordinal-" + number.ToString("00", CultureInfo.InvariantCulture);
            var set = locales.FirstOrDefault(l => l.Terms.Any(t => t.Name == name));
            if (set is not null)
            {
                var terms = set.Terms.Where(t => t.Name == name).ToList();
                var term = terms.FirstOrDefault(t => gender is not null && t.GenderForm == gender) ?? terms.FirstOrDefault(t => t.GenderForm is null) ?? terms[0];
                return term.Single;
            }
        }

        return number.ToString(CultureInfo.InvariantCulture) + Ordinal(number, gender);
    }

    private CslTerm? Find(string name, string form)
    {
        foreach (var locale in locales)
        {
            // The first term of that name and form without a gender-form is the term; gendered variants serve ordinals.
            CslTerm? fallback = null;
            foreach (var term in locale.Terms)
            {
                if (term.Name == name && term.Form == form)
                {
                    if (term.GenderForm is null)
                    {
                        return term;
                    }

                    fallback ??= term;
                }
            }

            if (fallback is not null)
            {
                return fallback;
            }
        }

        return null;
    }

    private static IEnumerable<string> FormFallback(string form)
    {
        yield return form;
        switch (form)
        {
            case "verb-short":
                yield return "verb";
                yield return "long";
                break;
            case "symbol":
                yield return "short";
                yield return "long";
                break;
            case "short":
            case "verb":
                yield return "long";
                break;
        }
    }
}
