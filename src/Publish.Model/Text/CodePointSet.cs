namespace Publish.Model.Text;

/// <summary>
/// A set of Unicode code points built from every character of a book: a flag per BMP character and a hash set for
/// the rest. A hash insert per character of a long book costs more than the work the set serves.
/// </summary>
public sealed class CodePointSet
{
    private readonly bool[] _basic = new bool[char.MaxValue + 1];
    private readonly HashSet<int> _supplementary = [];

    /// <summary>True the first time a code point is added.</summary>
    public bool Add(int codePoint)
    {
        if (codePoint > char.MaxValue)
        {
            return _supplementary.Add(codePoint);
        }

        if (_basic[codePoint])
        {
            return false;
        }

        _basic[codePoint] = true;
        return true;
    }

    /// <summary>Every code point of <paramref name="text"/>; an unpaired surrogate is skipped (it draws nothing).</summary>
    public void AddAll(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                _supplementary.Add(char.ConvertToUtf32(c, text[++i]));
            }
            else if (!char.IsSurrogate(c))
            {
                _basic[c] = true;
            }
        }
    }

    /// <summary>The code points in ascending order.</summary>
    public List<int> Ordered()
    {
        var ordered = new List<int>();
        for (var c = 0; c < _basic.Length; c++)
        {
            if (_basic[c])
            {
                ordered.Add(c);
            }
        }

        ordered.AddRange(_supplementary.Order());
        return ordered;
    }
}
