using System.Xml.Linq;

namespace Publish.Citations;

/// <summary>
/// CSL locale files read from one folder (<c>locales-xx-XX.xml</c>), loaded on first use and kept.
/// </summary>
public sealed class LocaleStore
{
    // CSL locales' primary dialects (locales.json "primary-dialects"), for the languages a bare tag may name.
    private static readonly Dictionary<string, string> PrimaryDialects = new(StringComparer.Ordinal)
    {
        ["af"] = "af-ZA", ["ar"] = "ar", ["bg"] = "bg-BG", ["ca"] = "ca-AD", ["cs"] = "cs-CZ", ["da"] = "da-DK",
        ["de"] = "de-DE", ["el"] = "el-GR", ["en"] = "en-US", ["es"] = "es-ES", ["et"] = "et-EE", ["fa"] = "fa-IR",
        ["fi"] = "fi-FI", ["fr"] = "fr-FR", ["he"] = "he-IL", ["hr"] = "hr-HR", ["hu"] = "hu-HU", ["is"] = "is-IS",
        ["it"] = "it-IT", ["ja"] = "ja-JP", ["ko"] = "ko-KR", ["lt"] = "lt-LT", ["lv"] = "lv-LV", ["nb"] = "nb-NO",
        ["nl"] = "nl-NL", ["nn"] = "nn-NO", ["pl"] = "pl-PL", ["pt"] = "pt-PT", ["ro"] = "ro-RO", ["ru"] = "ru-RU",
        ["sk"] = "sk-SK", ["sl"] = "sl-SI", ["sr"] = "sr-RS", ["sv"] = "sv-SE", ["th"] = "th-TH", ["tr"] = "tr-TR",
        ["uk"] = "uk-UA", ["vi"] = "vi-VN", ["zh"] = "zh-CN",
    };

    private readonly string folder;
    private readonly Dictionary<string, CslLocale?> loaded = new(StringComparer.Ordinal);
    private readonly object gate = new();

    /// <summary>Locales from <paramref name="folder"/> (files named <c>locales-LANG.xml</c>).</summary>
    public LocaleStore(string folder) => this.folder = folder;

    /// <summary>The file locales for a language, most specific first, ending with en-US.</summary>
    internal List<CslLocale> FileChain(string language)
    {
        var result = new List<CslLocale>();
        void Add(string tag)
        {
            var locale = Load(tag);
            if (locale is not null && !result.Contains(locale))
            {
                result.Add(locale);
            }
        }

        Add(language);
        var bare = language.Split('-')[0];
        if (PrimaryDialects.TryGetValue(bare, out var primary))
        {
            Add(primary);
        }

        Add("en-US");
        return result;
    }

    private CslLocale? Load(string tag)
    {
        lock (gate)
        {
            if (loaded.TryGetValue(tag, out var cached))
            {
                return cached;
            }

            var path = Path.Combine(folder, "locales-" + tag + ".xml");
            CslLocale? locale = null;
            if (tag.Length is > 1 and < 20 && !tag.Contains('/', StringComparison.Ordinal) && File.Exists(path))
            {
                locale = CslLocale.Parse(XDocument.Load(path).Root!);
            }

            loaded[tag] = locale;
            return locale;
        }
    }
}
