using System.Collections.Frozen;
using System.Text;

namespace Publish.Citations.Bibliography;

/// <summary>
/// Turns the LaTeX of a .bib field into Unicode text: accents (<c>\"{o}</c>, <c>\c{s}</c>, <c>\u{g}</c>, <c>\.{I}</c>,
/// <c>{\i}</c>, …) composed to one character where Unicode has one, named symbols (<c>\ss</c>, <c>\o</c>, <c>\ae</c>),
/// <c>--</c>/<c>---</c> to en and em dashes, <c>~</c> to a no-break space, TeX quotes to curly ones. In rich mode (titles
/// and other text fields) the result is CSL-JSON rich text: <c>\emph</c>/<c>\textit</c> become <c>&lt;i&gt;</c>, <c>\textbf</c>
/// <c>&lt;b&gt;</c>, <c>\textsc</c> small caps, and a brace group that is not a special character (<c>{Protected}</c>)
/// becomes <c>&lt;span class="nocase"&gt;</c>, so a style's title case leaves it as typed. Plain mode (names, dates)
/// drops braces and markup. Unknown commands are dropped and their argument kept, as Pandoc does.
/// </summary>
internal sealed class LatexText
{
    private const string NoCaseOpen = "<span class=\"nocase\">";
    private const string SmallCapsOpen = "<span style=\"font-variant:small-caps;\">";

    private static readonly FrozenDictionary<string, char> Accents = new Dictionary<string, char>(StringComparer.Ordinal)
    {
        ["'"] = '\u0301', ["`"] = '\u0300', ["^"] = '\u0302', ["\""] = '\u0308', ["~"] = '\u0303', ["="] = '\u0304',
        ["."] = '\u0307', ["c"] = '\u0327', ["u"] = '\u0306', ["v"] = '\u030C', ["H"] = '\u030B', ["k"] = '\u0328',
        ["r"] = '\u030A', ["d"] = '\u0323', ["b"] = '\u0331', ["t"] = '\u0361', ["G"] = '\u030F', ["U"] = '\u030E',
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Symbols = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["i"] = "ı", ["j"] = "ȷ", ["ss"] = "ß", ["SS"] = "SS", ["o"] = "ø", ["O"] = "Ø", ["ae"] = "æ", ["AE"] = "Æ",
        ["oe"] = "œ", ["OE"] = "Œ", ["aa"] = "å", ["AA"] = "Å", ["l"] = "ł", ["L"] = "Ł", ["dh"] = "ð", ["DH"] = "Ð",
        ["dj"] = "đ", ["DJ"] = "Đ", ["th"] = "þ", ["TH"] = "Þ", ["ng"] = "ŋ", ["NG"] = "Ŋ", ["IJ"] = "Ĳ", ["ij"] = "ĳ",
        ["textendash"] = "–", ["textemdash"] = "—", ["ldots"] = "…", ["dots"] = "…", ["textellipsis"] = "…",
        ["textquoteleft"] = "‘", ["textquoteright"] = "’", ["textquotedblleft"] = "“", ["textquotedblright"] = "”",
        ["guillemotleft"] = "«", ["guillemotright"] = "»", ["guillemetleft"] = "«", ["guillemetright"] = "»",
        ["flqq"] = "«", ["frqq"] = "»", ["S"] = "§", ["P"] = "¶", ["textsection"] = "§", ["copyright"] = "©",
        ["textcopyright"] = "©", ["textregistered"] = "®", ["texttrademark"] = "™", ["pounds"] = "£",
        ["textsterling"] = "£", ["euro"] = "€", ["texteuro"] = "€", ["textdollar"] = "$", ["textless"] = "<",
        ["textgreater"] = ">", ["textbackslash"] = "\\", ["textasciitilde"] = "~", ["textbar"] = "|",
        ["textdegree"] = "°", ["textperiodcentered"] = "·", ["textbullet"] = "•", ["dag"] = "†", ["ddag"] = "‡",
        ["textexclamdown"] = "¡", ["textquestiondown"] = "¿", ["TeX"] = "TeX", ["LaTeX"] = "LaTeX", ["BibTeX"] = "BibTeX",
        ["quad"] = " ", ["qquad"] = " ", ["space"] = " ", ["nobreakspace"] = "\u00A0", ["slash"] = "/",
        ["textunderscore"] = "_", ["textasciicircum"] = "^", ["ordfeminine"] = "ª", ["ordmasculine"] = "º",
        ["textordfeminine"] = "ª", ["textordmasculine"] = "º", ["noindent"] = "", ["relax"] = "", ["par"] = " ",
        ["newline"] = " ", ["linebreak"] = " ", ["allowbreak"] = "", ["break"] = "", ["nobreak"] = "",
        ["ignorespaces"] = "", ["protect"] = "", ["bibrangedash"] = "–", ["bibdatedash"] = "–", ["textnumero"] = "№",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Control symbols: a backslash and one non-letter.
    private static readonly FrozenDictionary<char, string> ControlSymbols = new Dictionary<char, string>
    {
        ['&'] = "&", ['%'] = "%", ['$'] = "$", ['#'] = "#", ['_'] = "_", ['{'] = "{", ['}'] = "}", ['\\'] = " ",
        [' '] = " ", [','] = "\u2009", [';'] = " ", [':'] = " ", ['!'] = "", ['-'] = "", ['/'] = "", ['@'] = "",
        ['\n'] = " ", ['\t'] = " ",
    }.ToFrozenDictionary();

    // Commands whose one argument is formatted; in plain mode only the argument is kept.
    private static readonly FrozenDictionary<string, (string Open, string Close)> Formats = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["emph"] = ("<i>", "</i>"), ["textit"] = ("<i>", "</i>"), ["textsl"] = ("<i>", "</i>"), ["mkbibemph"] = ("<i>", "</i>"),
        ["mkbibitalic"] = ("<i>", "</i>"), ["textbf"] = ("<b>", "</b>"), ["mkbibbold"] = ("<b>", "</b>"),
        ["textsc"] = (SmallCapsOpen, "</span>"), ["textsuperscript"] = ("<sup>", "</sup>"), ["mkbibsuperscript"] = ("<sup>", "</sup>"),
        ["textsubscript"] = ("<sub>", "</sub>"), ["enquote"] = ("“", "”"), ["mkbibquote"] = ("“", "”"),
        ["NoCaseChange"] = (NoCaseOpen, "</span>"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Declarations: they format the rest of their group ({\em word}).
    private static readonly FrozenDictionary<string, (string Open, string Close)> Declarations = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["em"] = ("<i>", "</i>"), ["it"] = ("<i>", "</i>"), ["itshape"] = ("<i>", "</i>"), ["sl"] = ("<i>", "</i>"),
        ["slshape"] = ("<i>", "</i>"), ["bf"] = ("<b>", "</b>"), ["bfseries"] = ("<b>", "</b>"),
        ["sc"] = (SmallCapsOpen, "</span>"), ["scshape"] = (SmallCapsOpen, "</span>"), ["rm"] = (string.Empty, string.Empty),
        ["tt"] = (string.Empty, string.Empty), ["sf"] = (string.Empty, string.Empty), ["normalfont"] = (string.Empty, string.Empty),
        ["upshape"] = (string.Empty, string.Empty), ["mdseries"] = (string.Empty, string.Empty),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Commands with two arguments of which only the second is text.
    private static readonly FrozenSet<string> LinkCommands = new[] { "href", "foreignlanguage", "hyphenrules", "textlang" }.ToFrozenSet(StringComparer.Ordinal);

    // Characters that make a field more than plain text; a field without them is returned trimmed.
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("\\{}~-`'$\n\r\t");

    private readonly string _text;
    private readonly bool _rich;
    private int _position;
    private int _noCaseDepth;

    // Groups and command arguments nested deeper than this are read as flat text: a crafted field must not
    // exhaust the stack (no real bibliography nests more than a handful).
    private const int MaxDepth = 64;
    private int _depth;

    private LatexText(string text, bool rich)
    {
        _text = text;
        _rich = rich;
    }

    /// <summary>The field as CSL-JSON rich text (markup and nocase spans), whitespace collapsed and trimmed.</summary>
    public static string ToRichText(string latex) => Convert(latex, rich: true);

    /// <summary>The field as plain Unicode text: accents composed, braces and markup dropped.</summary>
    public static string ToPlainText(string latex) => Convert(latex, rich: false);

    private static string Convert(string latex, bool rich)
    {
        if (latex.AsSpan().IndexOfAny(Special) < 0 && !latex.Contains("  ", StringComparison.Ordinal))
        {
            return latex.Trim();
        }

        var converter = new LatexText(latex, rich);
        var output = new StringBuilder();
        converter.ReadSequence(output, insideGroup: false);
        return output.ToString().Trim().Normalize(NormalizationForm.FormC);
    }

    private char Peek(int ahead = 0) => _position + ahead < _text.Length ? _text[_position + ahead] : '\0';

    private void ReadSequence(StringBuilder output, bool insideGroup)
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            switch (c)
            {
                case '}':
                    _position++;
                    if (insideGroup)
                    {
                        return;
                    }

                    break;
                case '{':
                    _position++;
                    ReadGroup(output);
                    break;
                case '\\':
                    if (ReadCommand(output, insideGroup))
                    {
                        return;
                    }

                    break;
                case '~':
                    _position++;
                    output.Append('\u00A0');
                    break;
                case '-':
                    var dashes = 0;
                    while (Peek() == '-')
                    {
                        dashes++;
                        _position++;
                    }

                    output.Append(dashes switch { 1 => "-", 2 => "–", 3 => "—", _ => new string('—', dashes / 3) + (dashes % 3 == 2 ? "–" : dashes % 3 == 1 ? "-" : string.Empty) });
                    break;
                case '`':
                    output.Append(ReadQuoteMark('`', '“', '‘'));
                    break;
                case '\'':
                    // TeX sets ' as a right quote; in names (plain text) it stays an apostrophe for sorting and matching.
                    output.Append(ReadQuoteMark('\'', '”', _rich ? '’' : '\''));
                    break;
                case '$':
                    // Inline math: its text is kept, the dollars go.
                    _position++;
                    break;
                default:
                    _position++;
                    if (char.IsWhiteSpace(c))
                    {
                        AppendSpace(output);
                    }
                    else
                    {
                        output.Append(c);
                    }

                    break;
            }
        }
    }

    /// <summary>TeX's quote ligatures: the mark doubled is a double quote, alone a single one.</summary>
    private char ReadQuoteMark(char mark, char doubled, char single)
    {
        _position++;
        if (Peek() != mark)
        {
            return single;
        }

        _position++;
        return doubled;
    }

    private static void AppendSpace(StringBuilder output)
    {
        if (output.Length > 0 && output[^1] != ' ')
        {
            output.Append(' ');
        }
    }

    /// <summary>After a {: a special character group ({\"o}, {\i}) is just its text; any other group protects its case.</summary>
    private void ReadGroup(StringBuilder output)
    {
        if (_depth >= MaxDepth)
        {
            AppendFlatGroup(output);
            return;
        }

        _depth++;
        try
        {
            ReadGroupWithin(output);
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>The rest of a too deeply nested group: its characters but the braces, nothing interpreted.</summary>
    private void AppendFlatGroup(StringBuilder output)
    {
        for (var depth = 1; _position < _text.Length && depth > 0; _position++)
        {
            var c = _text[_position];
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (c is not ('{' or '}' or '\\'))
            {
                output.Append(c);
            }
        }
    }

    private void ReadGroupWithin(StringBuilder output)
    {
        if (Peek() == '\\' || !_rich || _noCaseDepth > 0)
        {
            ReadSequence(output, insideGroup: true);
            return;
        }

        _noCaseDepth++;
        var inner = new StringBuilder();
        ReadSequence(inner, insideGroup: true);
        _noCaseDepth--;
        if (inner.ToString().Any(char.IsLetter))
        {
            output.Append(NoCaseOpen).Append(inner).Append("</span>");
        }
        else
        {
            output.Append(inner);
        }
    }

    /// <summary>Reads a command at a backslash; true when it was a declaration that consumed the rest of its group.</summary>
    private bool ReadCommand(StringBuilder output, bool insideGroup)
    {
        _position++;
        if (_position >= _text.Length)
        {
            return false;
        }

        var first = _text[_position];
        if (!char.IsAsciiLetter(first))
        {
            _position++;
            if (Accents.TryGetValue(first.ToString(), out var mark))
            {
                output.Append(Compose(ReadAccentArgument(), mark));
            }
            else if (ControlSymbols.TryGetValue(first, out var symbol))
            {
                if (symbol == " ")
                {
                    AppendSpace(output);
                }
                else
                {
                    output.Append(symbol);
                }
            }
            else
            {
                output.Append(first);
            }

            return false;
        }

        var start = _position;
        while (_position < _text.Length && char.IsAsciiLetter(_text[_position]))
        {
            _position++;
        }

        var name = _text[start.._position];
        // TeX ends a control word at the first non-letter and eats the spaces after it ("Stra\ss e" is "Straße").
        SkipSpaces();
        if (Accents.TryGetValue(name, out var accent))
        {
            output.Append(Compose(ReadAccentArgument(), accent));
        }
        else if (Symbols.TryGetValue(name, out var text))
        {
            SkipEmptyGroup();
            output.Append(text);
        }
        else if (Formats.TryGetValue(name, out var format))
        {
            var argument = ReadArgument();
            Wrap(output, format, argument);
        }
        else if (Declarations.TryGetValue(name, out var declaration) && _depth < MaxDepth)
        {
            var rest = new StringBuilder();
            _depth++;
            ReadSequence(rest, insideGroup);
            _depth--;
            Wrap(output, declaration, rest.ToString());
            return true;
        }
        else if (LinkCommands.Contains(name))
        {
            SkipOptionalArgument();
            ReadArgument();
            output.Append(ReadArgument());
        }
        else if (name is "url" or "nolinkurl" or "path")
        {
            output.Append(ReadRawArgument());
        }
        else
        {
            // \textrm{x}, \mbox{x}, \MakeUppercase{x}, an unknown \foo{x}: the text stays, the command goes.
            SkipOptionalArgument();
            if (Peek() == '{')
            {
                output.Append(ReadArgument());
            }
        }

        return false;
    }

    private void Wrap(StringBuilder output, (string Open, string Close) format, string content)
    {
        if (content.Length == 0)
        {
            return;
        }

        var keep = _rich || format.Open is "“";
        output.Append(keep ? format.Open : string.Empty).Append(content).Append(keep ? format.Close : string.Empty);
    }

    private void SkipSpaces()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r')
        {
            _position++;
        }
    }

    private void SkipEmptyGroup()
    {
        if (Peek() == '{' && Peek(1) == '}')
        {
            _position += 2;
        }
    }

    private void SkipOptionalArgument()
    {
        if (Peek() != '[')
        {
            return;
        }

        var end = _text.IndexOf(']', _position);
        _position = end < 0 ? _text.Length : end + 1;
        SkipSpaces();
    }

    /// <summary>A command's argument, converted: a group, another command, or one character.</summary>
    private string ReadArgument()
    {
        SkipSpaces();
        var argument = new StringBuilder();
        if (_depth >= MaxDepth)
        {
            if (Peek() == '{')
            {
                _position++;
                AppendFlatGroup(argument);
            }

            return argument.ToString();
        }

        _depth++;
        try
        {
            ReadArgumentWithin(argument);
        }
        finally
        {
            _depth--;
        }

        return argument.ToString();
    }

    private void ReadArgumentWithin(StringBuilder argument)
    {
        if (Peek() == '{')
        {
            _position++;
            ReadSequence(argument, insideGroup: true);
        }
        else if (Peek() == '\\')
        {
            ReadCommand(argument, insideGroup: false);
        }
        else if (_position < _text.Length)
        {
            argument.Append(_text[_position]);
            _position++;
        }
    }

    /// <summary>The argument of an accent, never case-protected (it is one letter, or \i).</summary>
    private string ReadAccentArgument()
    {
        _noCaseDepth++;
        var argument = ReadArgument();
        _noCaseDepth--;
        return argument;
    }

    private string ReadRawArgument()
    {
        SkipSpaces();
        if (Peek() != '{')
        {
            return string.Empty;
        }

        var depth = 0;
        var start = _position + 1;
        for (var i = _position; i < _text.Length; i++)
        {
            if (_text[i] == '{')
            {
                depth++;
            }
            else if (_text[i] == '}' && --depth == 0)
            {
                _position = i + 1;
                return _text[start..i];
            }
        }

        _position = _text.Length;
        return _text[start..];
    }

    /// <summary>The base letter with the combining mark after it (composed later by NFC); a lone accent gives its spacing form.</summary>
    private static string Compose(string letters, char mark)
    {
        if (letters.Length == 0)
        {
            return mark switch { '\u0301' => "´", '\u0300' => "`", '\u0302' => "^", '\u0308' => "¨", '\u0303' => "~", _ => string.Empty };
        }

        // \i and \j are dotless only so that an accent can sit on them: \"\i is ï.
        if (letters[0] is 'ı' or 'ȷ')
        {
            letters = (letters[0] == 'ı' ? "i" : "j") + letters[1..];
        }

        // A tie joins two letters: the mark goes after the first.
        var baseLength = char.IsSurrogatePair(letters, 0) ? 2 : 1;
        if (letters[0] == '<')
        {
            return letters;
        }

        return string.Concat(letters.AsSpan(0, baseLength), mark.ToString(), letters.AsSpan(baseLength)).Normalize(NormalizationForm.FormC);
    }
}
