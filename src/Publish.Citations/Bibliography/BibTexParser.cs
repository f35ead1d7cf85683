using System.Text;
using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Citations.Bibliography;

/// <summary>
/// Reads the syntax of a .bib file (BibTeX and BibLaTeX share it): entries <c>@type{key, name = value, …}</c> or with
/// parentheses, values in braces, in quotes, numbers or <c>@string</c> macro names joined by <c>#</c>, and the
/// <c>@string</c>, <c>@preamble</c> and <c>@comment</c> commands. Text outside entries is a comment, as in BibTeX.
/// A syntax error becomes a diagnostic at its line and column, the entry is left out and reading resumes at the next
/// line that starts with <c>@</c>.
/// </summary>
internal sealed class BibTexParser
{
    // BibTeX's predefined month macros (plain.bst and biblatex agree on the names).
    private static readonly string[] MonthMacros = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private readonly string _text;
    private readonly string _file;
    private readonly List<Diagnostic> _diagnostics;
    private readonly List<int> _lineStarts = [0];
    private readonly Dictionary<string, string> _strings = new(StringComparer.OrdinalIgnoreCase);
    private int _position;

    public BibTexParser(string text, string file, List<Diagnostic> diagnostics)
    {
        _text = text;
        _file = file;
        _diagnostics = diagnostics;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }

        for (var month = 0; month < MonthMacros.Length; month++)
        {
            // The number, not the English name: the date reader needs no language to read it.
            _strings[MonthMacros[month]] = (month + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The entries in file order (including <c>@xdata</c> ones, which only lend fields).</summary>
    public List<BibTexEntry> Parse()
    {
        var entries = new List<BibTexEntry>();
        while (SkipToAt())
        {
            var at = _position;
            try
            {
                var entry = ParseCommand();
                if (entry is not null)
                {
                    entries.Add(entry);
                }
            }
            catch (BibTexSyntaxException e)
            {
                _diagnostics.Add(Diagnostic.Error(BibliographyDiagnosticCodes.BibTexSyntax, SpanAt(e.Position), e.Message));
                _position = NextLineStartingWithAt(Math.Max(e.Position, at) + 1);
            }
        }

        return entries;
    }

    public SourceSpan SpanAt(int position)
    {
        var line = _lineStarts.BinarySearch(position);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourceSpan(_file, line + 1, position - _lineStarts[line] + 1);
    }

    private bool SkipToAt()
    {
        var at = _text.IndexOf('@', _position);
        _position = at < 0 ? _text.Length : at;
        return at >= 0;
    }

    private int NextLineStartingWithAt(int from)
    {
        for (var i = from; i < _text.Length; i++)
        {
            if (_text[i] == '@' && _text.AsSpan(LineStart(i), i - LineStart(i)).IsWhiteSpace())
            {
                return i;
            }
        }

        return _text.Length;
    }

    private int LineStart(int position)
    {
        var start = _text.LastIndexOf('\n', Math.Max(0, position - 1));
        return position == 0 ? 0 : start + 1;
    }

    private BibTexEntry? ParseCommand()
    {
        var at = _position;
        _position++;
        SkipWhiteSpace();
        var type = ReadWhile(char.IsAsciiLetter).ToLowerInvariant();
        if (type.Length == 0)
        {
            throw new BibTexSyntaxException("expected an entry type after @ (write @@ nowhere; text outside entries is a comment)", at);
        }

        SkipWhiteSpace();
        if (type == "comment")
        {
            // @comment{…} skips a balanced group; a bare @comment ends at the line's end, as in BibTeX.
            if (Peek() is '{' or '(')
            {
                ReadDelimited();
            }

            return null;
        }

        var open = _position;
        var close = Peek() switch
        {
            '{' => '}',
            '(' => ')',
            _ => throw new BibTexSyntaxException($"expected {{ or ( after @{type}", _position),
        };
        _position++;
        switch (type)
        {
            case "string":
                ParseStringDefinition(close, open);
                return null;
            case "preamble":
                SkipWhiteSpace();
                ParseValue();
                ExpectClose(close, open);
                return null;
            default:
                return ParseEntry(type, close, open, at);
        }
    }

    private void ParseStringDefinition(char close, int open)
    {
        SkipWhiteSpace();
        var nameAt = _position;
        var name = ReadName();
        if (name.Length == 0)
        {
            throw new BibTexSyntaxException("expected a macro name in @string", nameAt);
        }

        SkipWhiteSpace();
        Expect('=', "expected = after the @string name");
        SkipWhiteSpace();
        var (value, _) = ParseValue();
        _strings[name] = value;
        ExpectClose(close, open);
    }

    private BibTexEntry ParseEntry(string type, char close, int open, int at)
    {
        SkipWhiteSpace();
        var keyAt = _position;
        var key = ReadWhile(c => !char.IsWhiteSpace(c) && c != ',' && c != close && c != '{' && c != '}' && c != '"' && c != '=');
        if (key.Length == 0)
        {
            throw new BibTexSyntaxException($"expected the entry's key after @{type}{{", keyAt);
        }

        var entry = new BibTexEntry(type, key, SpanAt(at));
        SkipWhiteSpace();
        if (Peek() == '=')
        {
            throw new BibTexSyntaxException($"expected the entry's key before the first field (\"{key}\" is followed by =)", keyAt);
        }

        while (true)
        {
            SkipWhiteSpace();
            if (Peek() == close)
            {
                _position++;
                return entry;
            }

            if (_position >= _text.Length)
            {
                throw new BibTexSyntaxException($"the entry {key} is never closed (expected {close})", open);
            }

            if (Peek() == '@' && _text.AsSpan(LineStart(_position), _position - LineStart(_position)).IsWhiteSpace())
            {
                throw new BibTexSyntaxException($"the entry {key} is not closed (expected {close}) before the next entry at line {SpanAt(_position).Line}", open);
            }

            Expect(',', $"expected , or {close} after a field of {key}");
            SkipWhiteSpace();
            if (Peek() == close)
            {
                _position++;
                return entry;
            }

            var nameAt = _position;
            var name = ReadName().ToLowerInvariant();
            if (name.Length == 0)
            {
                throw new BibTexSyntaxException(_position >= _text.Length ? $"the entry {key} is never closed (expected {close})" : $"expected a field name in {key}", _position >= _text.Length ? open : nameAt);
            }

            SkipWhiteSpace();
            Expect('=', $"expected = after the field name {name}");
            SkipWhiteSpace();
            var (value, valueAt) = ParseValue();
            if (entry.Fields.TryGetValue(name, out var first))
            {
                _diagnostics.Add(Diagnostic.Warning(BibliographyDiagnosticCodes.DuplicateField, SpanAt(nameAt), $"{key} sets {name} twice (first at line {first.Span.Line}); the first value is kept"));
            }
            else
            {
                entry.Fields[name] = new BibTexField(name, value, SpanAt(valueAt));
            }
        }
    }

    /// <summary>A value: parts in braces, in quotes, numbers or macro names, joined by #.</summary>
    private (string Value, int At) ParseValue()
    {
        var at = _position;
        var value = new StringBuilder();
        while (true)
        {
            var c = Peek();
            if (c == '{')
            {
                value.Append(ReadDelimited());
            }
            else if (c == '"')
            {
                value.Append(ReadQuoted());
            }
            else if (char.IsAsciiDigit(c))
            {
                value.Append(ReadWhile(char.IsAsciiDigit));
            }
            else if (IsNameChar(c))
            {
                var macroAt = _position;
                var macro = ReadName();
                if (_strings.TryGetValue(macro, out var expansion))
                {
                    value.Append(expansion);
                }
                else
                {
                    _diagnostics.Add(Diagnostic.Warning(BibliographyDiagnosticCodes.UndefinedString, SpanAt(macroAt), $"@string {macro} is not defined; it reads as empty (a value in braces or quotes is text)"));
                }
            }
            else
            {
                throw new BibTexSyntaxException(_position >= _text.Length ? "the file ends where a value was expected" : $"expected a value (in braces, in quotes, a number or an @string name), found '{c}'", _position);
            }

            SkipWhiteSpace();
            if (Peek() != '#')
            {
                return (value.ToString(), at);
            }

            _position++;
            SkipWhiteSpace();
        }
    }

    /// <summary>The text between a brace (or parenthesis) and its partner, nested braces kept; the position goes past the closing one.</summary>
    private string ReadDelimited()
    {
        var open = _position;
        var opener = _text[open];
        var closer = opener == '(' ? ')' : '}';
        var depth = 0;
        for (var i = open + 1; i < _text.Length; i++)
        {
            var c = _text[i];
            if (c == '\\' && i + 1 < _text.Length && opener == '{')
            {
                i++;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && depth > 0)
            {
                depth--;
            }
            else if (c == closer && depth == 0)
            {
                _position = i + 1;
                return _text[(open + 1)..i];
            }
        }

        throw new BibTexSyntaxException($"this {opener} is never closed", open);
    }

    private string ReadQuoted()
    {
        var open = _position;
        var depth = 0;
        for (var i = open + 1; i < _text.Length; i++)
        {
            var c = _text[i];
            if (c == '\\' && i + 1 < _text.Length)
            {
                i++;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                if (depth == 0)
                {
                    // The entry's } inside a quoted value: the quote was not closed.
                    throw new BibTexSyntaxException("this \" is never closed (the entry's } comes first)", open);
                }

                depth--;
            }
            else if (c == '"' && depth == 0)
            {
                _position = i + 1;
                return _text[(open + 1)..i];
            }
        }

        throw new BibTexSyntaxException("this \" is never closed", open);
    }

    private void ExpectClose(char close, int open)
    {
        SkipWhiteSpace();
        if (Peek() != close)
        {
            throw new BibTexSyntaxException(_position >= _text.Length ? $"this {(close == '}' ? '{' : '(')} is never closed" : $"expected {close}", _position >= _text.Length ? open : _position);
        }

        _position++;
    }

    private void Expect(char expected, string message)
    {
        if (Peek() != expected)
        {
            throw new BibTexSyntaxException(message, _position);
        }

        _position++;
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void SkipWhiteSpace()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private string ReadWhile(Func<char, bool> accept)
    {
        var start = _position;
        while (_position < _text.Length && accept(_text[_position]))
        {
            _position++;
        }

        return _text[start.._position];
    }

    private string ReadName() => ReadWhile(IsNameChar);

    // Field and macro names: letters, digits and the punctuation BibTeX and biber accept in them.
    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or ':' or '+' or '.' or '/' || (c > 127 && char.IsLetter(c));
}
