using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Publish.Engine.Tests.Conformance;

/// <summary>The codes a ToUnicode CMap maps (ISO 32000-1 9.10.3: bfchar and bfrange), with the first code point each maps to.</summary>
internal sealed partial class ToUnicodeMap
{
    private readonly Dictionary<int, int> _first = [];

    public static ToUnicodeMap Read(byte[] cmap)
    {
        var map = new ToUnicodeMap();
        var text = Encoding.Latin1.GetString(cmap);
        foreach (Match block in BfChar().Matches(text))
        {
            foreach (Match pair in Pair().Matches(block.Groups[1].Value))
            {
                map._first[Hex(pair.Groups[1].Value)] = FirstCodePoint(pair.Groups[2].Value);
            }
        }

        foreach (Match block in BfRange().Matches(text))
        {
            foreach (Match range in Range().Matches(block.Groups[1].Value))
            {
                var low = Hex(range.Groups[1].Value);
                var high = Hex(range.Groups[2].Value);
                var targets = HexString().Matches(range.Groups[3].Value).Select(m => m.Groups[1].Value).ToArray();
                for (var code = low; code <= high && code - low < 65536; code++)
                {
                    map._first[code] = range.Groups[3].Value.TrimStart().StartsWith('[')
                        ? (code - low < targets.Length ? FirstCodePoint(targets[code - low]) : -1)
                        : FirstCodePoint(targets[0]) + (code - low);
                }
            }
        }

        return map;
    }

    /// <summary>The first code point a code maps to, or null when the map does not cover it.</summary>
    public int? FirstCodePoint(int code) => _first.TryGetValue(code, out var value) ? value : null;

    private static int Hex(string hex) => int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static int FirstCodePoint(string hex)
    {
        if (hex.Length < 4)
        {
            return hex.Length == 0 ? -1 : Hex(hex);
        }

        var unit = Hex(hex[..4]);
        return char.IsHighSurrogate((char)unit) && hex.Length >= 8 ? char.ConvertToUtf32((char)unit, (char)Hex(hex[4..8])) : unit;
    }

    [GeneratedRegex(@"beginbfchar(.*?)endbfchar", RegexOptions.Singleline)]
    private static partial Regex BfChar();

    [GeneratedRegex(@"beginbfrange(.*?)endbfrange", RegexOptions.Singleline)]
    private static partial Regex BfRange();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>")]
    private static partial Regex Pair();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]*>)")]
    private static partial Regex Range();

    [GeneratedRegex(@"<([0-9A-Fa-f]*)>")]
    private static partial Regex HexString();
}
