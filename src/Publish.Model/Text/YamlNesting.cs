namespace Publish.Model.Text;

/// <summary>
/// A linear pre-scan of YAML text for how deeply its collections nest, run before YamlDotNet sees the text:
/// YamlDotNet's representation model recurses once per level, so 50,000 nested <c>[</c> overflow the stack and kill
/// the process (no diagnostic, every other manuscript of the run lost). The scan counts flow collections
/// (<c>[</c>, <c>{</c> outside quotes and comments) plus block levels (rising indentation, compact <c>- - -</c>
/// entries); it may count a level too many, never too few, and stays far below any real file's depth.
/// </summary>
public static class YamlNesting
{
    /// <summary>Deeper than any manuscript, manifest or style needs (they nest three or four levels).</summary>
    public const int MaxDepth = 64;

    /// <summary>The 1-based line and column where <paramref name="yaml"/> first nests deeper than <paramref name="maxDepth"/>, or null.</summary>
    public static (int Line, int Column)? FirstTooDeep(string yaml, int maxDepth = MaxDepth)
    {
        var scan = new Scan(maxDepth);
        var lineNumber = 0;
        var start = 0;
        while (start <= yaml.Length)
        {
            var end = yaml.IndexOf('\n', start);
            end = end < 0 ? yaml.Length : end;
            lineNumber++;
            if (scan.Line(yaml.AsSpan(start, end - start).TrimEnd('\r')) is { } column)
            {
                return (lineNumber, column);
            }

            start = end + 1;
        }

        return null;
    }

    private sealed class Scan(int maxDepth)
    {
        private readonly List<int> _indents = [];
        private int _flowDepth;
        private char _quote;
        private int? _blockScalarParent;

        /// <summary>Reads one line; the 1-based column of the first level too deep, or null.</summary>
        public int? Line(ReadOnlySpan<char> line)
        {
            var indent = 0;
            while (indent < line.Length && line[indent] == ' ')
            {
                indent++;
            }

            var blank = indent == line.Length || line[indent] == '#';
            if (_blockScalarParent is { } parent)
            {
                // The text of a '|' or '>' scalar: everything indented deeper than the key that opened it.
                if (blank || indent > parent)
                {
                    return null;
                }

                _blockScalarParent = null;
            }

            var position = 0;
            var valueStart = false;
            if (_quote == '\0' && _flowDepth == 0)
            {
                if (blank)
                {
                    return null;
                }

                if (indent == 0 && (line.StartsWith("---") || line.StartsWith("...")))
                {
                    _indents.Clear();
                    return null;
                }

                if (Push(indent) is { } tooDeep)
                {
                    return tooDeep;
                }

                position = indent;
                valueStart = true;
            }

            for (var i = position; i < line.Length; i++)
            {
                var c = line[i];
                var next = i + 1 < line.Length ? line[i + 1] : ' ';
                if (_quote == '\'')
                {
                    if (c == '\'')
                    {
                        if (next == '\'')
                        {
                            i++;
                        }
                        else
                        {
                            _quote = '\0';
                        }
                    }

                    continue;
                }

                if (_quote == '"')
                {
                    if (c == '\\')
                    {
                        i++;
                    }
                    else if (c == '"')
                    {
                        _quote = '\0';
                    }

                    continue;
                }

                if (c == '#' && (i == 0 || line[i - 1] is ' ' or '\t'))
                {
                    break;
                }

                if (_flowDepth > 0)
                {
                    switch (c)
                    {
                        case '[' or '{':
                            _flowDepth++;
                            if (_indents.Count + _flowDepth > maxDepth)
                            {
                                return i + 1;
                            }

                            break;
                        case ']' or '}':
                            _flowDepth--;
                            break;
                        case '"' or '\'' when PreviousNonSpace(line, i) is null or '[' or '{' or ',' or ':':
                            _quote = c;
                            break;
                    }

                    continue;
                }

                if (c is ' ' or '\t')
                {
                    continue;
                }

                if (!valueStart)
                {
                    // In a plain scalar or after a key: ': ' starts the value.
                    valueStart = c == ':' && next is ' ' or '\t';
                    continue;
                }

                switch (c)
                {
                    case '-' or '?' or ':' when next is ' ' or '\t':
                        // A block entry or explicit key/value: its content is one level deeper ("- - - x").
                        if (Push(i + 1) is { } tooDeep)
                        {
                            return tooDeep;
                        }

                        break;
                    case '[' or '{':
                        _flowDepth = 1;
                        if (_indents.Count + _flowDepth > maxDepth)
                        {
                            return i + 1;
                        }

                        valueStart = false;
                        break;
                    case '"' or '\'':
                        _quote = c;
                        valueStart = false;
                        break;
                    case '|' or '>':
                        _blockScalarParent = indent;
                        return null;
                    case '&' or '!' or '*':
                        // An anchor, tag or alias: skip its name; what follows is still the value's start.
                        while (i + 1 < line.Length && line[i + 1] is not ' ' and not '\t')
                        {
                            i++;
                        }

                        break;
                    default:
                        valueStart = false;
                        break;
                }
            }

            return null;
        }

        /// <summary>Enters the block level at <paramref name="column"/> (0-based), leaving deeper ones; the column when too deep.</summary>
        private int? Push(int column)
        {
            while (_indents.Count > 0 && _indents[^1] > column)
            {
                _indents.RemoveAt(_indents.Count - 1);
            }

            if (_indents.Count == 0 || _indents[^1] < column)
            {
                _indents.Add(column);
            }

            return _indents.Count > maxDepth ? column + 1 : null;
        }

        private static char? PreviousNonSpace(ReadOnlySpan<char> line, int index)
        {
            for (var i = index - 1; i >= 0; i--)
            {
                if (line[i] is not ' ' and not '\t')
                {
                    return line[i];
                }
            }

            return null;
        }
    }
}
