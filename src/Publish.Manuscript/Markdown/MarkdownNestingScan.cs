namespace Publish.Manuscript.Markdown;

/// <summary>
/// The line-by-line state of <see cref="MarkdownNesting"/>: the open containers (block quotes and list items, as in
/// CommonMark's first phase), an open code fence, whether a paragraph is open (lazy continuation lines keep their
/// containers) and the paragraph's inline levels. Columns count tabs to the next multiple of four, as CommonMark does.
/// </summary>
internal sealed class MarkdownNestingScan(string text, int maxDepth, int maxDelimiterRuns)
{
    /// <summary>A block quote in <see cref="_containers"/>; a list item is stored as its content indent (at least 1).</summary>
    private const int Quote = 0;

    /// <summary>The indent of a note definition's continuation lines.</summary>
    private const int FootnoteIndent = 4;

    private readonly List<int> _containers = [];
    private readonly InlineNestingScan _inline = new(text, maxDepth, maxDelimiterRuns);
    private bool _paragraph;
    private char _fenceChar;
    private int _fenceLength;
    private int _pos;
    private int _col;
    private int _end;

    private MarkdownNestingExcess? _endedParagraph;

    /// <summary>Reads the line <c>[start, end)</c>; where it first goes past a limit, or null.</summary>
    public MarkdownNestingExcess? Line(int start, int end)
    {
        // A paragraph that ended on this line came before anything found on it.
        var found = ReadLine(start, end);
        var excess = _endedParagraph ?? found;
        _endedParagraph = null;
        return excess;
    }

    /// <summary>The end of the text: what its last paragraph went past, or null.</summary>
    public MarkdownNestingExcess? End() => _inline.Reset();

    private MarkdownNestingExcess? ReadLine(int start, int end)
    {
        _pos = start;
        _col = 0;
        _end = end;
        var matched = MatchOpenContainers();
        if (_fenceChar != '\0')
        {
            if (matched == _containers.Count)
            {
                if (ClosesFence())
                {
                    _fenceChar = '\0';
                }

                return null;
            }

            // The fence's container ended, and the code block with it.
            _fenceChar = '\0';
        }

        var (_, first) = Whitespace();
        if (first >= end)
        {
            Truncate(matched);
            EndParagraph();
            return null;
        }

        var opened = false;
        while (true)
        {
            var (indent, next) = Whitespace();
            if (indent > 3 || next >= end)
            {
                break;
            }

            if (text[next] == '>')
            {
                Open(matched, ref opened);
                _containers.Add(Quote);
                if (_containers.Count > maxDepth)
                {
                    return new MarkdownNestingExcess(next, MarkdownNestingLimit.Depth);
                }

                Advance(indent);
                _pos++;
                _col++;
                SkipOneColumn();
                continue;
            }

            if (FootnoteLabelEnd(next) is { } labelEnd)
            {
                // A note definition ("[^a]: …") is a container too: its body continues on lines indented by four.
                Open(matched, ref opened);
                _containers.Add(FootnoteIndent);
                if (_containers.Count > maxDepth)
                {
                    return new MarkdownNestingExcess(next, MarkdownNestingLimit.Depth);
                }

                Advance(indent);
                _col += labelEnd - _pos;
                _pos = labelEnd;
                continue;
            }

            var (marker, ordinalOne) = ListMarker(next);
            if (marker == 0 || IsThematicBreak(next))
            {
                break;
            }

            var afterMarker = Whitespace(next + marker, _col + indent + marker);
            var emptyItem = afterMarker.Next >= end;
            if (_paragraph && !opened && matched == _containers.Count && (emptyItem || !ordinalOne))
            {
                // An empty item, or an ordered one not starting at 1, cannot interrupt a paragraph: it is text.
                break;
            }

            Open(matched, ref opened);
            Advance(indent);
            _pos += marker;
            _col += marker;
            var spaces = afterMarker.Columns;
            int contentIndent;
            if (emptyItem || spaces > 4)
            {
                contentIndent = indent + marker + 1;
                SkipOneColumn();
            }
            else
            {
                contentIndent = indent + marker + spaces;
                Advance(spaces);
            }

            _containers.Add(contentIndent);
            if (_containers.Count > maxDepth)
            {
                return new MarkdownNestingExcess(next, MarkdownNestingLimit.Depth);
            }
        }

        if (!opened && matched < _containers.Count && !_paragraph)
        {
            // Not a lazy continuation of a paragraph: the unmatched containers end here.
            Truncate(matched);
        }

        return Content(matched);
    }

    /// <summary>
    /// The leaf content after the container markers: code, a fence, a heading, a break, or paragraph text. Only
    /// paragraph text continues lazily; anything else ends the containers its line did not match.
    /// </summary>
    private MarkdownNestingExcess? Content(int matched)
    {
        var (indent, next) = Whitespace();
        if (next >= _end)
        {
            // A line of markers only ("> -"): its containers are open, its paragraph is not.
            EndParagraph();
            return null;
        }

        if (indent >= 4)
        {
            // Indented code, unless it continues a paragraph.
            return _paragraph ? _inline.Scan(next, _end, _containers.Count) : null;
        }

        if (OpensFence(next) || IsThematicBreak(next))
        {
            Truncate(matched);
            EndParagraph();
            return null;
        }

        if (IsAtxHeading(next))
        {
            Truncate(matched);
            EndParagraph();
            var heading = _inline.Scan(next, _end, _containers.Count);
            EndParagraph();
            return heading;
        }

        if (!_paragraph)
        {
            EndParagraph();
            _paragraph = true;
        }

        return _inline.Scan(next, _end, _containers.Count);
    }

    /// <summary>Consumes the markers of the containers that stay open on this line; how many did.</summary>
    private int MatchOpenContainers()
    {
        var matched = 0;
        while (matched < _containers.Count)
        {
            var container = _containers[matched];
            var (indent, next) = Whitespace();
            if (container == Quote)
            {
                if (indent > 3 || next >= _end || text[next] != '>')
                {
                    break;
                }

                Advance(indent);
                _pos++;
                _col++;
                SkipOneColumn();
            }
            else if (next >= _end)
            {
                // A blank line does not end a list item.
                Advance(indent);
            }
            else if (indent >= container)
            {
                Advance(container);
            }
            else
            {
                break;
            }

            matched++;
        }

        return matched;
    }

    private void Open(int matched, ref bool opened)
    {
        if (!opened)
        {
            Truncate(matched);
            EndParagraph();
            opened = true;
        }
    }

    private void Truncate(int count)
    {
        if (_containers.Count > count)
        {
            _containers.RemoveRange(count, _containers.Count - count);
        }
    }

    private void EndParagraph()
    {
        _paragraph = false;
        _endedParagraph ??= _inline.Reset();
    }

    /// <summary>The width of a list marker at <paramref name="at"/> (<c>-</c>, <c>+</c>, <c>*</c>, or 1–9 digits and <c>.</c> or <c>)</c>) followed by a space, a tab or the line's end; 0 if none.</summary>
    private (int Width, bool OrdinalOne) ListMarker(int at)
    {
        var c = text[at];
        int width;
        var one = true;
        if (c is '-' or '+' or '*')
        {
            width = 1;
        }
        else
        {
            var digits = 0;
            while (at + digits < _end && digits < 10 && char.IsAsciiDigit(text[at + digits]))
            {
                digits++;
            }

            if (digits is 0 or > 9 || at + digits >= _end || text[at + digits] is not ('.' or ')'))
            {
                return (0, false);
            }

            one = digits == 1 && c == '1';
            width = digits + 1;
        }

        return at + width >= _end || text[at + width] is ' ' or '\t' ? (width, one) : (0, false);
    }

    /// <summary>The index after <c>[^label]:</c> at <paramref name="at"/> (a label without spaces or brackets), or null.</summary>
    private int? FootnoteLabelEnd(int at)
    {
        if (at + 1 >= _end || text[at] != '[' || text[at + 1] != '^')
        {
            return null;
        }

        var i = at + 2;
        while (i < _end && text[i] is not (']' or '[' or ' ' or '\t'))
        {
            i++;
        }

        return i > at + 2 && i + 1 < _end && text[i] == ']' && text[i + 1] == ':' ? i + 2 : null;
    }

    /// <summary>Three or more of one of <c>-</c>, <c>*</c>, <c>_</c> with only spaces or tabs between, from <paramref name="at"/> to the line's end.</summary>
    private bool IsThematicBreak(int at)
    {
        var c = text[at];
        if (c is not ('-' or '*' or '_'))
        {
            return false;
        }

        var count = 0;
        for (var i = at; i < _end; i++)
        {
            if (text[i] == c)
            {
                count++;
            }
            else if (text[i] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return count >= 3;
    }

    private bool IsAtxHeading(int at)
    {
        var hashes = 0;
        while (at + hashes < _end && text[at + hashes] == '#')
        {
            hashes++;
        }

        return hashes is >= 1 and <= 6 && (at + hashes >= _end || text[at + hashes] is ' ' or '\t');
    }

    private bool OpensFence(int at)
    {
        var c = text[at];
        if (c is not ('`' or '~'))
        {
            return false;
        }

        var length = Run(at, c);
        if (length < 3 || (c == '`' && text.AsSpan(at + length, _end - at - length).Contains('`')))
        {
            return false;
        }

        _fenceChar = c;
        _fenceLength = length;
        return true;
    }

    private bool ClosesFence()
    {
        var (indent, next) = Whitespace();
        if (indent > 3 || next >= _end || text[next] != _fenceChar)
        {
            return false;
        }

        var length = Run(next, _fenceChar);
        return length >= _fenceLength && text.AsSpan(next + length, _end - next - length).Trim(" \t").IsEmpty;
    }

    private int Run(int at, char c)
    {
        var i = at;
        while (i < _end && text[i] == c)
        {
            i++;
        }

        return i - at;
    }

    /// <summary>The width in columns of the spaces and tabs at the cursor, and the index of the first other character.</summary>
    private (int Columns, int Next) Whitespace() => Whitespace(_pos, _col);

    private (int Columns, int Next) Whitespace(int pos, int col)
    {
        var c = col;
        var p = pos;
        while (p < _end && text[p] is ' ' or '\t')
        {
            c = text[p] == ' ' ? c + 1 : ((c / 4) + 1) * 4;
            p++;
        }

        return (c - col, p);
    }

    /// <summary>Moves the cursor <paramref name="columns"/> columns over spaces and tabs; a tab may be consumed in part.</summary>
    private void Advance(int columns)
    {
        var target = _col + columns;
        while (_col < target && _pos < _end)
        {
            if (text[_pos] == ' ')
            {
                _pos++;
                _col++;
            }
            else if (text[_pos] == '\t')
            {
                var stop = ((_col / 4) + 1) * 4;
                if (stop <= target)
                {
                    _pos++;
                    _col = stop;
                }
                else
                {
                    _col = target;
                }
            }
            else
            {
                break;
            }
        }
    }

    /// <summary>The optional space after <c>&gt;</c> or a list marker: one column, of a space or of a tab.</summary>
    private void SkipOneColumn()
    {
        if (_pos < _end && text[_pos] is ' ' or '\t')
        {
            Advance(1);
        }
    }
}
