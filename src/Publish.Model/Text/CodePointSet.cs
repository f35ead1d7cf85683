using System.Numerics;
using System.Text;

namespace Publish.Model.Text;

/// <summary>
/// A set of Unicode code points built from every character of a book: a bit per BMP character and a hash set for
/// the rest. A hash insert per character of a long book costs more than the work the set serves, and a book asks for
/// one set per article: bits (8 KB) rather than a flag per character (64 KB, zeroed each time).
/// </summary>
public sealed class CodePointSet
{
    private readonly ulong[] _basic = new ulong[(char.MaxValue + 1) / 64];
    private readonly HashSet<int> _supplementary = [];

    /// <summary>True the first time a code point is added.</summary>
    public bool Add(int codePoint)
    {
        if (codePoint > char.MaxValue)
        {
            return _supplementary.Add(codePoint);
        }

        ref var word = ref _basic[codePoint >> 6];
        var bit = 1UL << (codePoint & 63);
        if ((word & bit) != 0)
        {
            return false;
        }

        word |= bit;
        return true;
    }

    /// <summary>Every code point of <paramref name="text"/>; an unpaired surrogate is skipped (it draws nothing).</summary>
    public void AddAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                _supplementary.Add(char.ConvertToUtf32(c, text[++i]));
            }
            else if (!char.IsSurrogate(c))
            {
                _basic[c >> 6] |= 1UL << (c & 63);
            }
        }
    }

    /// <summary>
    /// Every code point of UTF-8 <paramref name="utf8"/>, read in place (no string made); an ill-formed sequence is
    /// skipped, as <see cref="AddAll(string)"/> skips an unpaired surrogate (decoding would make it U+FFFD).
    /// </summary>
    public void AddAllUtf8(ReadOnlySpan<byte> utf8)
    {
        while (!utf8.IsEmpty)
        {
            // ASCII, most of a document and all of its markup, a byte at a time without the decoder.
            if (utf8[0] < 0x80)
            {
                _basic[utf8[0] >> 6] |= 1UL << (utf8[0] & 63);
                utf8 = utf8[1..];
                continue;
            }

            var status = Rune.DecodeFromUtf8(utf8, out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                Add(rune.Value);
            }

            utf8 = utf8[consumed..];
        }
    }

    /// <summary>The code points in ascending order.</summary>
    public List<int> Ordered()
    {
        var ordered = new List<int>();
        for (var w = 0; w < _basic.Length; w++)
        {
            var word = _basic[w];
            while (word != 0)
            {
                ordered.Add((w << 6) + BitOperations.TrailingZeroCount(word));
                word &= word - 1;
            }
        }

        ordered.AddRange(_supplementary.Order());
        return ordered;
    }
}
