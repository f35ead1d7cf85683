namespace Publish.Typesetting.Hyphenation;

/// <summary>Where a word of one language may take a hyphen. Implementations are thread-safe.</summary>
public interface IHyphenator
{
    /// <summary>
    /// UTF-16 indices in <paramref name="word"/> before which a hyphen may go, ascending, honouring the
    /// minimum fragment lengths. The word is letters only (the caller strips punctuation).
    /// </summary>
    IReadOnlyList<int> Hyphenate(ReadOnlySpan<char> word);
}
