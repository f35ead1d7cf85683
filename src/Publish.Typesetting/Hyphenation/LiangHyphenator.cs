using System.Text;
using Publish.Model.Input;
using Publish.Styles.Reading;

namespace Publish.Typesetting.Hyphenation;

/// <summary>
/// Frank Liang's pattern hyphenation (TeX, LibreOffice/Hunspell <c>.dic</c> files). A pattern such as
/// <c>.ad4der</c> gives inter-letter values; the highest value at each gap wins and odd values allow a break.
/// Exceptions (<c>ta-ble</c>) override the patterns for whole words. Results are cached per word.
/// Thread-safe: patterns are read-only after loading; the cache is locked.
/// </summary>
public sealed class LiangHyphenator : IHyphenator
{
    private readonly Dictionary<string, byte[]> _patterns;
    private readonly Dictionary<string, int[]> _exceptions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _cache = new(StringComparer.Ordinal);
    private readonly int _maxPatternLength;

    /// <summary>
    /// The letters the patterns know. A word with any other letter is a foreign word (a Turkish name in an
    /// English text: "Sözleşmesi", "Hocalı"); the patterns would break it at random, so it is hyphenated by its
    /// Turkish syllables when it is spelt in Turkish letters, and not at all otherwise.
    /// </summary>
    private readonly HashSet<char> _alphabet;
    private readonly Lock _lock = new();

    private LiangHyphenator(Dictionary<string, byte[]> patterns, int leftMin, int rightMin)
    {
        _patterns = patterns;
        _maxPatternLength = patterns.Count == 0 ? 0 : patterns.Keys.Max(k => k.Length);
        _alphabet = [.. patterns.Keys.SelectMany(k => k).Where(char.IsLetter)];
        LeftMin = leftMin;
        RightMin = rightMin;
    }

    /// <summary>Fewest letters before a hyphen.</summary>
    public int LeftMin { get; }

    /// <summary>Fewest letters after a hyphen.</summary>
    public int RightMin { get; }

    public int PatternCount => _patterns.Count;

    /// <summary>
    /// Reads a Hunspell-style <c>.dic</c>: first line the encoding (only UTF-8 is accepted), then
    /// <c>LEFTHYPHENMIN</c>/<c>RIGHTHYPHENMIN</c> lines and one pattern per line. Non-standard patterns
    /// (<c>…/…</c> replacements) and other keywords are skipped. Explicit minimums override the file's.
    /// </summary>
    public static LiangHyphenator Load(string path, int? leftMin = null, int? rightMin = null)
    {
        // Through InputFile (a FIFO or /dev/zero would block or never end) and within the style loader's limit.
        var bytes = InputFile.ReadAllBytes(path, PatternFileCheck.MaxPatternFileBytes, "hyphenation pattern file");
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8);
        return Parse(reader, leftMin, rightMin);
    }

    public static LiangHyphenator Parse(TextReader reader, int? leftMin = null, int? rightMin = null)
    {
        var patterns = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        int fileLeft = 2, fileRight = 3;
        var first = reader.ReadLine();
        if (first is not null && !first.Trim().Equals("UTF-8", StringComparison.OrdinalIgnoreCase))
        {
            // The line is not quoted: a wrong path (/etc/shadow) must not put its first line in the log.
            throw new InvalidDataException("Hyphenation patterns must be UTF-8: the file's first line does not say UTF-8.");
        }

        var letters = new StringBuilder();
        var values = new List<byte>();
        while (reader.ReadLine() is { } raw)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '%' or '#')
            {
                continue;
            }

            if (line.StartsWith("LEFTHYPHENMIN", StringComparison.Ordinal))
            {
                fileLeft = int.Parse(line.AsSpan("LEFTHYPHENMIN".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                continue;
            }

            if (line.StartsWith("RIGHTHYPHENMIN", StringComparison.Ordinal))
            {
                fileRight = int.Parse(line.AsSpan("RIGHTHYPHENMIN".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                continue;
            }

            if (line.Contains('/', StringComparison.Ordinal) || char.IsAsciiLetterUpper(line[0]))
            {
                continue;
            }

            letters.Clear();
            values.Clear();
            values.Add(0);
            foreach (var c in line)
            {
                if (char.IsAsciiDigit(c))
                {
                    values[^1] = (byte)(c - '0');
                }
                else
                {
                    letters.Append(c);
                    values.Add(0);
                }
            }

            patterns[letters.ToString()] = [.. values];
        }

        return new LiangHyphenator(patterns, leftMin ?? fileLeft, rightMin ?? fileRight);
    }

    /// <summary>Adds an exception written with hyphens where breaks are allowed (<c>pro-ject</c>); no hyphen = never break.</summary>
    public void AddException(string hyphenated)
    {
        var positions = new List<int>();
        var word = new StringBuilder();
        foreach (var c in hyphenated)
        {
            if (c == '-')
            {
                positions.Add(word.Length);
            }
            else
            {
                word.Append(char.ToLowerInvariant(c));
            }
        }

        lock (_lock)
        {
            _exceptions[word.ToString()] = [.. positions];
            _cache.Clear();
        }
    }

    /// <summary>
    /// UTF-16 indices in <paramref name="word"/> before which a hyphen may go, ascending, honouring the minimums.
    /// The word is letters only (the caller strips punctuation and decides whether a token is a word at all).
    /// </summary>
    public IReadOnlyList<int> Hyphenate(ReadOnlySpan<char> word)
    {
        if (word.Length < LeftMin + RightMin)
        {
            return [];
        }

        lock (_lock)
        {
            var lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(word, out var cached))
            {
                return cached;
            }

            var key = word.ToString();
            var result = Compute(key);
            _cache[key] = result;
            return result;
        }
    }

    private int[] Compute(string word)
    {
        var lower = word.ToLowerInvariant();
        if (_exceptions.TryGetValue(lower, out var exception))
        {
            return exception;
        }

        if (_alphabet.Count > 0 && lower.Any(c => !_alphabet.Contains(c)))
        {
            return TurkishSyllables.IsTurkishWord(lower) ? TurkishSyllables.Points(lower, LeftMin, RightMin) : [];
        }

        var dotted = "." + lower + ".";
        var points = new byte[dotted.Length + 1];
        var lookup = _patterns.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int start = 0; start < dotted.Length; start++)
        {
            var maxLength = Math.Min(_maxPatternLength, dotted.Length - start);
            for (int length = 1; length <= maxLength; length++)
            {
                if (lookup.TryGetValue(dotted.AsSpan(start, length), out var values))
                {
                    for (int k = 0; k < values.Length; k++)
                    {
                        if (values[k] > points[start + k])
                        {
                            points[start + k] = values[k];
                        }
                    }
                }
            }
        }

        // points[i + 1] is the gap before word[i] (index 0 of dotted is the leading dot).
        var result = new List<int>();
        for (int i = LeftMin; i <= word.Length - RightMin; i++)
        {
            if ((points[i + 1] & 1) == 1)
            {
                result.Add(i);
            }
        }

        return [.. result];
    }
}
