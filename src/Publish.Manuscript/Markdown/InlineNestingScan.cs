namespace Publish.Manuscript.Markdown;

/// <summary>
/// The inline levels of one paragraph for <see cref="MarkdownNesting"/>, fed line by line. Brackets: every
/// unclosed <c>[</c> (or <c>![</c>) is a level, since Markdig keeps an unmatched opener as a container of all that
/// follows it in the paragraph, and a <c>]</c> closes the nearest one. Emphasis: delimiter runs of <c>*</c> and
/// <c>_</c> are classed by CommonMark's flanking rules and matched on a stack; a closer that matches counts every
/// opener unit still open at that point as a level around it (an upper bound: some of them may never close), while
/// unmatched openers alone are never counted (<c>*a *a *a…</c> is text, not nesting). Code spans (backtick runs
/// matched within the line) and backslash escapes are skipped. Linear: each run is pushed and popped once, and each
/// backtick run is looked up once in a queue of the runs of its length. It also counts the paragraph's emphasis
/// delimiter runs (<see cref="MarkdownLimits.MaxEmphasisDelimitersPerParagraph"/>): Markdig's cost grows with their square.
/// </summary>
internal sealed class InlineNestingScan(string text, int maxDepth, int maxDelimiterRuns)
{
    private readonly List<(char Delimiter, int Count, int Offset)> _emphasis = [];
    private readonly Dictionary<int, Queue<int>> _backtickRunsByLength = [];
    private readonly List<(int Start, int Length)> _backtickRuns = [];
    private int _brackets;
    private int _openUnits;
    private int _openStars;
    private int _openUnderscores;
    private int _delimiterRuns;

    private MarkdownNestingExcess? _tooManyRuns;

    /// <summary>
    /// The paragraph (or heading) ends: the first delimiter run past the limit, if there was one. It is reported only
    /// now, so that a paragraph both too deep and too full of delimiters is reported as too deep, its real fault.
    /// </summary>
    public MarkdownNestingExcess? Reset()
    {
        var tooManyRuns = _tooManyRuns;
        _tooManyRuns = null;
        _brackets = 0;
        _emphasis.Clear();
        _openUnits = 0;
        _openStars = 0;
        _openUnderscores = 0;
        _delimiterRuns = 0;
        return tooManyRuns;
    }

    /// <summary>Scans the paragraph text <c>[start, end)</c> inside <paramref name="containers"/> containers; where it first goes past a limit, or null.</summary>
    public MarkdownNestingExcess? Scan(int start, int end, int containers)
    {
        FindBacktickRuns(start, end);
        var nextRun = 0;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            switch (c)
            {
                case '\\':
                    i += i + 1 < end && IsAsciiPunctuation(text[i + 1]) ? 2 : 1;
                    break;
                case '`':
                    while (nextRun < _backtickRuns.Count && _backtickRuns[nextRun].Start < i)
                    {
                        nextRun++;
                    }

                    // A backtick right after an escaped one is the rest of that run: plain text.
                    i = nextRun < _backtickRuns.Count && _backtickRuns[nextRun].Start == i ? AfterCodeSpan(nextRun, out nextRun) : i + 1;
                    break;
                case '[':
                    _brackets++;
                    if (containers + _brackets > maxDepth)
                    {
                        return new MarkdownNestingExcess(i, MarkdownNestingLimit.Depth);
                    }

                    i++;
                    break;
                case ']':
                    _brackets = Math.Max(0, _brackets - 1);
                    i++;
                    break;
                case '*' or '_':
                    var runEnd = i;
                    while (runEnd < end && text[runEnd] == c)
                    {
                        runEnd++;
                    }

                    if (Delimiters(c, i, runEnd, start, end, containers) is { } tooDeep)
                    {
                        return tooDeep;
                    }

                    i = runEnd;
                    break;
                default:
                    i++;
                    break;
            }
        }

        return null;
    }

    /// <summary>One delimiter run <c>[from, to)</c>: closes what it can, opens with the rest; where it goes past a limit, or null.</summary>
    private MarkdownNestingExcess? Delimiters(char c, int from, int to, int lineStart, int lineEnd, int containers)
    {
        var before = from > lineStart ? text[from - 1] : ' ';
        var after = to < lineEnd ? text[to] : ' ';
        var leftFlanking = !char.IsWhiteSpace(after) && (!IsPunctuation(after) || char.IsWhiteSpace(before) || IsPunctuation(before));
        var rightFlanking = !char.IsWhiteSpace(before) && (!IsPunctuation(before) || char.IsWhiteSpace(after) || IsPunctuation(after));
        var canOpen = c == '*' ? leftFlanking : leftFlanking && (!rightFlanking || IsPunctuation(before));
        var canClose = c == '*' ? rightFlanking : rightFlanking && (!leftFlanking || IsPunctuation(after));
        if ((canOpen || canClose) && ++_delimiterRuns > maxDelimiterRuns)
        {
            _tooManyRuns ??= new MarkdownNestingExcess(from, MarkdownNestingLimit.EmphasisDelimiters);
        }

        var remaining = to - from;
        while (canClose && remaining > 0 && OpenOf(c) > 0)
        {
            // Openers of the other character between are left unmatched by this closer, as in CommonMark.
            while (_emphasis[^1].Delimiter != c)
            {
                Pop(_emphasis[^1].Count);
            }

            var opener = _emphasis[^1];
            if (containers + _brackets + _openUnits > maxDepth)
            {
                return new MarkdownNestingExcess(opener.Offset, MarkdownNestingLimit.Depth);
            }

            var used = Math.Min(opener.Count, remaining);
            remaining -= used;
            Pop(used);
        }

        if (canOpen && remaining > 0)
        {
            _emphasis.Add((c, remaining, from));
            _openUnits += remaining;
            AddOpen(c, remaining);
        }

        return null;
    }

    /// <summary>Takes <paramref name="units"/> from the top opener, removing it when none are left.</summary>
    private void Pop(int units)
    {
        var top = _emphasis[^1];
        _openUnits -= units;
        AddOpen(top.Delimiter, -units);
        if (top.Count == units)
        {
            _emphasis.RemoveAt(_emphasis.Count - 1);
        }
        else
        {
            _emphasis[^1] = top with { Count = top.Count - units };
        }
    }

    private int OpenOf(char c) => c == '*' ? _openStars : _openUnderscores;

    private void AddOpen(char c, int units)
    {
        if (c == '*')
        {
            _openStars += units;
        }
        else
        {
            _openUnderscores += units;
        }
    }

    private static bool IsAsciiPunctuation(char c) => c < 128 && char.IsPunctuation(c) || c < 128 && char.IsSymbol(c);

    /// <summary>CommonMark's Unicode punctuation: the P and S general categories.</summary>
    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

    /// <summary>The backtick runs of the line, and for each length a queue of the runs that have it.</summary>
    private void FindBacktickRuns(int start, int end)
    {
        _backtickRuns.Clear();
        _backtickRunsByLength.Clear();
        var i = text.IndexOf('`', start, end - start);
        while (i >= 0)
        {
            var runEnd = i;
            while (runEnd < end && text[runEnd] == '`')
            {
                runEnd++;
            }

            var length = runEnd - i;
            if (!_backtickRunsByLength.TryGetValue(length, out var runs))
            {
                runs = new Queue<int>();
                _backtickRunsByLength.Add(length, runs);
            }

            runs.Enqueue(_backtickRuns.Count);
            _backtickRuns.Add((i, length));
            i = runEnd < end ? text.IndexOf('`', runEnd, end - runEnd) : -1;
        }
    }

    /// <summary>Where scanning goes on after the backtick run <paramref name="run"/>: past its code span when a later run of the same length closes it, else past the run itself.</summary>
    private int AfterCodeSpan(int run, out int nextRun)
    {
        var (start, length) = _backtickRuns[run];
        var sameLength = _backtickRunsByLength[length];
        while (sameLength.Count > 0 && sameLength.Peek() <= run)
        {
            sameLength.Dequeue();
        }

        if (sameLength.Count > 0)
        {
            var closer = sameLength.Dequeue();
            nextRun = closer + 1;
            return _backtickRuns[closer].Start + length;
        }

        nextRun = run + 1;
        return start + length;
    }
}
