using System.Globalization;
using System.Text;

namespace Publish.Engine.Tests.Conformance;

/// <summary>
/// Splits a decoded content stream into operations (ISO 32000-1 7.8.2), independent of PdfPig's interpreter so that the
/// marked-content and colour checks see exactly the operators the file holds, form XObjects included.
/// </summary>
internal static class ContentLexer
{
    public static IEnumerable<ContentOperation> Operations(byte[] content)
    {
        var position = 0;
        var operands = new List<object>();
        while (Next(content, ref position) is { } token)
        {
            if (token is Operator op)
            {
                if (op.Word == "BI")
                {
                    yield return new ContentOperation("BI", [InlineImage(content, ref position)]);
                }
                else
                {
                    yield return new ContentOperation(op.Word, operands.ToArray());
                }

                operands.Clear();
            }
            else
            {
                operands.Add(token);
            }
        }
    }

    private sealed record Operator(string Word);

    private sealed record Close(char Bracket);

    private static object? Next(byte[] s, ref int i)
    {
        SkipSpace(s, ref i);
        if (i >= s.Length)
        {
            return null;
        }

        var c = (char)s[i];
        switch (c)
        {
            case '(':
                return LiteralString(s, ref i);
            case '<' when i + 1 < s.Length && s[i + 1] == '<':
                i += 2;
                return Dictionary(s, ref i);
            case '<':
                return HexString(s, ref i);
            case '>' when i + 1 < s.Length && s[i + 1] == '>':
                i += 2;
                return new Close('>');
            case '[':
                i++;
                var list = new List<object>();
                while (Next(s, ref i) is { } item and not Close)
                {
                    list.Add(item);
                }

                return list;
            case ']':
                i++;
                return new Close(']');
            case '/':
                i++;
                return new ContentName(Word(s, ref i));
            default:
                var word = Word(s, ref i);
                if (word.Length == 0)
                {
                    i++; // a stray delimiter: skip it rather than loop
                    return Next(s, ref i);
                }

                if (double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return number;
                }

                return word switch
                {
                    "true" => true,
                    "false" => false,
                    "null" => DBNull.Value,
                    _ => new Operator(word),
                };
        }
    }

    private static Dictionary<string, object> Dictionary(byte[] s, ref int i)
    {
        var dictionary = new Dictionary<string, object>(StringComparer.Ordinal);
        while (Next(s, ref i) is { } key and not Close)
        {
            if (key is ContentName name && Next(s, ref i) is { } value and not Close)
            {
                dictionary[name.Value] = value;
            }
        }

        return dictionary;
    }

    private static Dictionary<string, object> InlineImage(byte[] s, ref int i)
    {
        var dictionary = new Dictionary<string, object>(StringComparer.Ordinal);
        while (Next(s, ref i) is { } key)
        {
            if (key is Operator { Word: "ID" })
            {
                break;
            }

            if (key is ContentName name && Next(s, ref i) is { } value)
            {
                dictionary[name.Value] = value;
            }
        }

        // Image data runs to whitespace + "EI" + whitespace or the end (ISO 32000-1 8.9.7).
        i++;
        while (i + 2 < s.Length && !(IsSpace(s[i]) && s[i + 1] == 'E' && s[i + 2] == 'I' && (i + 3 >= s.Length || IsSpace(s[i + 3]))))
        {
            i++;
        }

        i = Math.Min(s.Length, i + 3);
        return dictionary;
    }

    private static byte[] LiteralString(byte[] s, ref int i)
    {
        var bytes = new List<byte>();
        var depth = 0;
        for (i++; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\\' && i + 1 < s.Length)
            {
                i++;
                var e = s[i];
                if (e is >= (byte)'0' and <= (byte)'7')
                {
                    var value = 0;
                    for (var n = 0; n < 3 && i < s.Length && s[i] is >= (byte)'0' and <= (byte)'7'; n++, i++)
                    {
                        value = (value * 8) + (s[i] - '0');
                    }

                    i--;
                    bytes.Add((byte)value);
                }
                else
                {
                    bytes.Add(e switch { (byte)'n' => 10, (byte)'r' => 13, (byte)'t' => 9, (byte)'b' => 8, (byte)'f' => 12, (byte)'\n' or (byte)'\r' => 0, _ => e });
                    if (e is (byte)'\n' or (byte)'\r')
                    {
                        bytes.RemoveAt(bytes.Count - 1);
                    }
                }
            }
            else if (c == '(')
            {
                depth++;
                bytes.Add(c);
            }
            else if (c == ')')
            {
                if (depth == 0)
                {
                    i++;
                    break;
                }

                depth--;
                bytes.Add(c);
            }
            else
            {
                bytes.Add(c);
            }
        }

        return bytes.ToArray();
    }

    private static byte[] HexString(byte[] s, ref int i)
    {
        var hex = new StringBuilder();
        for (i++; i < s.Length && s[i] != '>'; i++)
        {
            if (Uri.IsHexDigit((char)s[i]))
            {
                hex.Append((char)s[i]);
            }
        }

        i++;
        if (hex.Length % 2 == 1)
        {
            hex.Append('0');
        }

        return Convert.FromHexString(hex.ToString());
    }

    private static string Word(byte[] s, ref int i)
    {
        var start = i;
        while (i < s.Length && !IsSpace(s[i]) && "()<>[]{}/%".IndexOf((char)s[i], StringComparison.Ordinal) < 0)
        {
            i++;
        }

        return Encoding.Latin1.GetString(s, start, i - start);
    }

    private static void SkipSpace(byte[] s, ref int i)
    {
        while (i < s.Length)
        {
            if (IsSpace(s[i]))
            {
                i++;
            }
            else if (s[i] == '%')
            {
                while (i < s.Length && s[i] is not ((byte)'\n' or (byte)'\r'))
                {
                    i++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private static bool IsSpace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;
}
