namespace Publish.Typesetting.Hyphenation;

/// <summary>
/// A language's hyphenation exceptions in front of its patterns or syllable rules, as TeX's <c>\hyphenation{}</c>
/// list stands in front of its patterns: a listed word (compared without case) breaks only where its entry has a
/// hyphen, within the minimum fragment lengths. Patterns are an approximation learnt from a word list; a proper noun
/// of another language is where they fail ("Kaza-khstan": English patterns do not know the digraph kh), and a list
/// is the cure TeX and every publisher's dictionary use.
/// </summary>
public sealed class ExceptionHyphenator : IHyphenator
{
    private readonly IHyphenator? _inner;
    private readonly Dictionary<string, int[]> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <param name="inner">The language's own rules for other words; null = other words are not hyphenated.</param>
    /// <param name="exceptions">Words with hyphens at their allowed breaks (<c>Ka-zakh-stan</c>).</param>
    public ExceptionHyphenator(IHyphenator? inner, IEnumerable<string> exceptions, int leftMin, int rightMin)
    {
        _inner = inner;
        foreach (var entry in exceptions)
        {
            var word = entry.Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
            var points = new List<int>();
            var letters = 0;
            foreach (var c in entry)
            {
                if (c == '-')
                {
                    if (letters >= leftMin && word.Length - letters >= rightMin)
                    {
                        points.Add(letters);
                    }
                }
                else
                {
                    letters++;
                }
            }

            _words[word] = [.. points];
        }

        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<int> Hyphenate(ReadOnlySpan<char> word)
    {
        // One-to-one lower-casing keeps the indices (as SyllableHyphenator does).
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return _lookup.TryGetValue(lower, out var points) ? points : _inner?.Hyphenate(word) ?? [];
    }
}
