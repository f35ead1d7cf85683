using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Styles;

namespace Publish.Typesetting.Hyphenation;

/// <summary>
/// The hyphenator for a document language, as the house style says: the style's pattern file for the tag or its
/// primary subtag (<c>en-GB</c> → <c>en</c>), loaded once, with the style's minimum fragment lengths (they override
/// the file's); for Turkish and Azerbaijani without a pattern file, their syllable rules; the style's exceptions for
/// the language in front of either (<see cref="ExceptionHyphenator"/>). Any other language gives
/// null (no hyphenation) and one warning per language, except a right-to-left one.
/// </summary>
public sealed class HyphenationCatalog
{
    private readonly HyphenationSettings _settings;
    private readonly Dictionary<string, IHyphenator?> _loaded = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Pattern files by path: en, en-GB and en-US share one load of the same file.</summary>
    private readonly Dictionary<string, LiangHyphenator> _files = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public HyphenationCatalog(HyphenationSettings settings)
    {
        _settings = settings;
    }

    public IHyphenator? For(string? language, DiagnosticBag diagnostics, SourceSpan span)
    {
        var tag = string.IsNullOrWhiteSpace(language) ? "en" : language.Trim().Replace('_', '-');
        lock (_lock)
        {
            if (_loaded.TryGetValue(tag, out var known))
            {
                return known;
            }

            var hyphenator = Create(tag);
            // Hebrew and Arabic script are not hyphenated (their lines are justified by spacing, Arabic's also by
            // kashida), so no patterns is what a book in those languages expects, not worth a warning.
            if (hyphenator is null && !Model.Text.TextDirection.IsRightToLeftLanguage(tag))
            {
                diagnostics.Warning(TypesettingDiagnosticCodes.UnknownHyphenationLanguage, span,
                    $"No hyphenation patterns for language '{tag}'; the text is set without hyphenation.");
            }

            _loaded.Add(tag, hyphenator);
            return hyphenator;
        }
    }

    private IHyphenator? Create(string tag)
    {
        var exceptions = _settings.ExceptionsFor(tag);
        var rules = CreateRules(tag);
        return rules is null || exceptions.IsDefaultOrEmpty ? rules : new ExceptionHyphenator(rules, exceptions, _settings.MinLeft, _settings.MinRight);
    }

    private IHyphenator? CreateRules(string tag)
    {
        if (_settings.PatternFileFor(tag) is { } path)
        {
            if (!_files.TryGetValue(path, out var patterns))
            {
                patterns = LiangHyphenator.Load(path, _settings.MinLeft, _settings.MinRight);
                _files.Add(path, patterns);
            }

            return patterns;
        }

        var primary = tag.Split('-')[0];
        return SyllableHyphenator.Languages.Contains(primary, StringComparer.OrdinalIgnoreCase)
            ? new SyllableHyphenator(_settings.MinLeft, _settings.MinRight)
            : null;
    }
}
