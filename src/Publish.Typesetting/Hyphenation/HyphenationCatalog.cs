using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Typesetting.Hyphenation;

/// <summary>
/// Finds the pattern file for a document language in a folder of <c>hyph_xx_YY.dic</c> files (e.g.
/// <c>styles/hyphenation</c>): <c>en-US</c> → <c>hyph_en_US.dic</c>, <c>en</c> → <c>hyph_en.dic</c> or the
/// first <c>hyph_en_*.dic</c>. An unknown language gives null (no hyphenation) and one warning per language.
/// Each file is loaded once.
/// </summary>
public sealed class HyphenationCatalog
{
    private readonly string _directory;
    private readonly Dictionary<string, LiangHyphenator?> _loaded = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public HyphenationCatalog(string directory)
    {
        _directory = directory;
    }

    public LiangHyphenator? For(string? language, DiagnosticBag diagnostics, SourceSpan span)
    {
        var tag = string.IsNullOrWhiteSpace(language) ? "en" : language.Trim();
        lock (_lock)
        {
            if (_loaded.TryGetValue(tag, out var known))
            {
                return known;
            }

            var path = Resolve(tag);
            var hyphenator = path is null ? null : LiangHyphenator.Load(path);
            if (hyphenator is null)
            {
                diagnostics.Warning(TypesettingDiagnosticCodes.UnknownHyphenationLanguage, span,
                    $"No hyphenation patterns for language '{tag}'; the text is set without hyphenation.");
            }

            _loaded.Add(tag, hyphenator);
            return hyphenator;
        }
    }

    private string? Resolve(string tag)
    {
        if (!Directory.Exists(_directory))
        {
            return null;
        }

        var parts = tag.Replace('-', '_').Split('_', StringSplitOptions.RemoveEmptyEntries);
        var primary = parts[0].ToLowerInvariant();
        var candidates = new List<string>();
        if (parts.Length > 1)
        {
            candidates.Add($"hyph_{primary}_{parts[1].ToUpperInvariant()}.dic");
        }

        candidates.Add($"hyph_{primary}.dic");
        foreach (var candidate in candidates)
        {
            var path = Path.Combine(_directory, candidate);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return Directory.EnumerateFiles(_directory, $"hyph_{primary}_*.dic")
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
