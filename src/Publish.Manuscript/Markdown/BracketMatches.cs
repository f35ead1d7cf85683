namespace Publish.Manuscript.Markdown;

/// <summary>
/// The matching <c>]</c> of every <c>[</c> in one leaf block's text, found in one linear pass, so that parsers of
/// <c>^[…]</c> and <c>[…]{…}</c> never scan ahead once per bracket (a paragraph of unclosed brackets would cost the
/// square of its length). Brackets escaped with a backslash or inside a code span do not count: a code span runs
/// from a backtick string to the next one of the same length (CommonMark 0.31, §6.1), found through a table of the
/// next run of each length.
/// </summary>
internal sealed class BracketMatches
{
    private readonly Dictionary<int, int> _closes = [];

    public BracketMatches(string text)
    {
        Text = text;
        var codeEnds = CodeSpans(text);
        var open = new Stack<int>();
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '`' when codeEnds.TryGetValue(i, out var end):
                    i = end;
                    break;
                case '`':
                    while (i + 1 < text.Length && text[i + 1] == '`')
                    {
                        i++;
                    }

                    break;
                case '[':
                    open.Push(i);
                    break;
                case ']' when open.Count > 0:
                    _closes[open.Pop()] = i;
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>The text these matches were found in (one leaf's inline text).</summary>
    public string Text { get; }

    /// <summary>The index of the <c>]</c> closing the <c>[</c> at <paramref name="open"/>, or -1.</summary>
    public int CloseOf(int open) => _closes.GetValueOrDefault(open, -1);

    /// <summary>Each code span's opening backtick index mapped to the index of its closing string's last backtick.</summary>
    private static Dictionary<int, int> CodeSpans(string text)
    {
        var runs = new List<(int Start, int Length)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }

            if (text[i] != '`')
            {
                continue;
            }

            var start = i;
            while (i + 1 < text.Length && text[i + 1] == '`')
            {
                i++;
            }

            runs.Add((start, i - start + 1));
        }

        var nextSame = new int[runs.Count];
        var lastOfLength = new Dictionary<int, int>();
        for (var r = runs.Count - 1; r >= 0; r--)
        {
            nextSame[r] = lastOfLength.GetValueOrDefault(runs[r].Length, -1);
            lastOfLength[runs[r].Length] = r;
        }

        var spans = new Dictionary<int, int>();
        for (var r = 0; r < runs.Count;)
        {
            if (nextSame[r] < 0)
            {
                r++;
                continue;
            }

            var close = runs[nextSame[r]];
            spans[runs[r].Start] = close.Start + close.Length - 1;
            r = nextSame[r] + 1;
        }

        return spans;
    }
}
