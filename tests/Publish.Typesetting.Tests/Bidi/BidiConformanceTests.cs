using System.Globalization;
using System.Text;
using Publish.Typesetting.Bidi;

namespace Publish.Typesetting.Tests.Bidi;

/// <summary>
/// Every case of the Unicode conformance files (UAX #9 section 4.3): BidiCharacterTest.txt (code points, with brackets
/// and surrogates) and BidiTest.txt (class sequences × paragraph directions, run on one representative character per
/// class). Both compare the levels after L1 of the whole paragraph as one line and the visual order after L2, skipping
/// the characters X9 removes ('x').
/// </summary>
public sealed class BidiConformanceTests
{
    /// <summary>One character of each Bidi_Class, none of them a paired bracket (BidiTest.txt assumes none).</summary>
    private static readonly Dictionary<string, int> Representatives = new(StringComparer.Ordinal)
    {
        ["L"] = 'a', ["R"] = 0x05D0, ["AL"] = 0x0627, ["EN"] = '1', ["ES"] = '+', ["ET"] = '$', ["AN"] = 0x0661,
        ["CS"] = ',', ["NSM"] = 0x0300, ["BN"] = 0x00AD, ["B"] = 0x2029, ["S"] = '\t', ["WS"] = ' ', ["ON"] = '!',
        ["LRE"] = 0x202A, ["RLE"] = 0x202B, ["PDF"] = 0x202C, ["LRO"] = 0x202D, ["RLO"] = 0x202E,
        ["LRI"] = 0x2066, ["RLI"] = 0x2067, ["FSI"] = 0x2068, ["PDI"] = 0x2069,
    };

    [UnicodeDataFact("BidiCharacterTest.txt")]
    public void Every_case_of_BidiCharacterTest_resolves_the_reference_levels_and_order()
    {
        var path = Path.Combine(UnicodeDataFactAttribute.Directory, "BidiCharacterTest.txt");
        var passed = 0;
        var failures = new List<string>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split(';');
            var codePoints = fields[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(hex => int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
            BidiDirection? direction = fields[1] switch
            {
                "0" => BidiDirection.LeftToRight,
                "1" => BidiDirection.RightToLeft,
                _ => null,
            };
            var failure = Check(codePoints, direction, int.Parse(fields[2], CultureInfo.InvariantCulture), Numbers(fields[3]), Numbers(fields[4]));
            if (failure is null)
            {
                passed++;
            }
            else if (failures.Count < 10)
            {
                failures.Add($"line {lineNumber}: {line}\n  {failure}");
            }
            else
            {
                failures.Add(string.Empty);
            }
        }

        Assert.True(failures.Count == 0, $"{passed} passed, {failures.Count} failed:\n{string.Join('\n', failures.Take(10))}");
        Assert.Equal(91_707, passed);
    }

    [UnicodeDataFact("BidiTest.txt")]
    public void Every_case_of_BidiTest_resolves_the_reference_levels_and_order()
    {
        var path = Path.Combine(UnicodeDataFactAttribute.Directory, "BidiTest.txt");
        var passed = 0;
        var failures = new List<string>();
        var levels = Array.Empty<int>();
        var order = Array.Empty<int>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.StartsWith("@Levels:", StringComparison.Ordinal))
            {
                levels = Numbers(line["@Levels:".Length..]);
                continue;
            }

            if (line.StartsWith("@Reorder:", StringComparison.Ordinal))
            {
                order = Numbers(line["@Reorder:".Length..]);
                continue;
            }

            if (line[0] == '@')
            {
                continue;
            }

            var fields = line.Split(';');
            var codePoints = Tokens(fields[0]).Select(name => Representatives[name]).ToArray();
            var bitset = int.Parse(fields[1].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            foreach (var (bit, direction) in new (int, BidiDirection?)[] { (1, null), (2, BidiDirection.LeftToRight), (4, BidiDirection.RightToLeft) })
            {
                if ((bitset & bit) == 0)
                {
                    continue;
                }

                var failure = Check(codePoints, direction, expectedBaseLevel: null, levels, order);
                if (failure is null)
                {
                    passed++;
                }
                else if (failures.Count < 10)
                {
                    failures.Add($"line {lineNumber} ({direction?.ToString() ?? "auto"}): {line}\n  levels {string.Join(' ', levels)}; order {string.Join(' ', order)}\n  {failure}");
                }
                else
                {
                    failures.Add(string.Empty);
                }
            }
        }

        Assert.True(failures.Count == 0, $"{passed} passed, {failures.Count} failed:\n{string.Join('\n', failures.Take(10))}");
        Assert.Equal(770_241, passed);
    }

    private static string[] Tokens(string field) => field.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Levels as numbers, -1 for 'x' (removed by X9); or an order as indexes.</summary>
    private static int[] Numbers(string field) =>
        [.. Tokens(field).Select(token => token == "x" ? -1 : int.Parse(token, CultureInfo.InvariantCulture))];

    /// <summary>Null when the paragraph resolves as expected, else what differs.</summary>
    private static string? Check(int[] codePoints, BidiDirection? direction, int? expectedBaseLevel, int[] expectedLevels, int[] expectedOrder)
    {
        var units = new char[codePoints.Length * 2];
        var firstUnit = new int[codePoints.Length];
        var length = 0;
        for (var i = 0; i < codePoints.Length; i++)
        {
            firstUnit[i] = length;
            length += new Rune(codePoints[i]).EncodeToUtf16(units.AsSpan(length));
        }

        var text = new string(units, 0, length);
        var paragraph = BidiParagraph.Analyze(text, direction);
        if (expectedBaseLevel is { } baseLevel && paragraph.BaseLevel != baseLevel)
        {
            return $"base level {paragraph.BaseLevel}, expected {baseLevel}";
        }

        if (expectedLevels.Length != codePoints.Length)
        {
            return $"{expectedLevels.Length} expected levels for {codePoints.Length} characters";
        }

        var lineLevels = paragraph.LineLevels(0, length);
        var pointOfUnit = new int[length];
        pointOfUnit.AsSpan().Fill(-1);
        for (var i = 0; i < codePoints.Length; i++)
        {
            pointOfUnit[firstUnit[i]] = i;
            if (expectedLevels[i] >= 0 && lineLevels[firstUnit[i]] != expectedLevels[i])
            {
                return "levels " + string.Join(' ', Enumerable.Range(0, codePoints.Length)
                    .Select(p => expectedLevels[p] < 0 ? "x" : lineLevels[firstUnit[p]].ToString(CultureInfo.InvariantCulture)));
            }
        }

        // Visual order in code points, without the removed characters (their expected level is 'x').
        var actualOrder = paragraph.VisualToLogical(0, length)
            .Select(unit => pointOfUnit[unit]).Where(point => point >= 0 && expectedLevels[point] >= 0).ToArray();
        return actualOrder.AsSpan().SequenceEqual(expectedOrder) ? null : $"order {string.Join(' ', actualOrder)}";
    }
}
