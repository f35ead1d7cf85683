using UglyToad.PdfPig.Tokens;

namespace Publish.Engine.Tests.Conformance;

/// <summary>
/// Fonts used by text-showing operators: program embedded (ISO 19005-2 6.2.11.4.1; ISO 14289-1 7.21.4.1) and holding
/// every glyph used, CIDFontType2 with a CIDToGIDMap (6.2.11.3.2; 7.21.3.2), Type 0 CMaps Identity or embedded
/// (6.2.11.3.3; 7.21.3.3), /W widths equal to the TrueType program's advances within one unit (6.2.11.5; 7.21.5),
/// glyph 0 (.notdef) never shown (6.2.11.8; 7.21.8), and a ToUnicode map covering every code with a real character
/// (7.21.7). Widths are compared for CIDFontType2 programs; a CFF program's widths are not read (docs say so).
/// </summary>
internal sealed class FontCheck : IClauseCheck
{
    private sealed class UsedFont(DictionaryToken font, string label)
    {
        public DictionaryToken Font { get; } = font;

        public string Label { get; } = label;

        public SortedSet<int> Codes { get; } = [];

        public string FirstPlace { get; set; } = string.Empty;
    }

    public IEnumerable<ClauseFailure> Check(PdfFile pdf, ConformanceClaims claims)
    {
        var a2 = claims.HasFlag(ConformanceClaims.PdfA2b);
        var ua = claims.HasFlag(ConformanceClaims.PdfUa1);
        if (!a2 && !ua)
        {
            yield break;
        }

        foreach (var font in UsedFonts(pdf).Values)
        {
            foreach (var (clause, what) in Problems(pdf, font))
            {
                var ids = clause switch
                {
                    Clauses.UaToUnicode => ua ? [clause] : Array.Empty<string>(),
                    _ => new[] { a2 ? clause : null, ua ? UaTwin(clause) : null }.OfType<string>().ToArray(),
                };
                foreach (var id in ids)
                {
                    yield return new ClauseFailure(id, $"font {font.Label} (first used on {font.FirstPlace}): {what}");
                }
            }
        }
    }

    private static string UaTwin(string a2Clause) => a2Clause switch
    {
        Clauses.A2CidFonts => Clauses.UaCidFonts,
        Clauses.A2CMaps => Clauses.UaCMaps,
        Clauses.A2FontEmbedding => Clauses.UaFontEmbedding,
        Clauses.A2FontMetrics => Clauses.UaFontMetrics,
        Clauses.A2Notdef => Clauses.UaNotdef,
        _ => a2Clause,
    };

    /// <summary>Each font a Tf selects, with every code shown in it (Tj, TJ, ', ").</summary>
    private static Dictionary<string, UsedFont> UsedFonts(PdfFile pdf)
    {
        var fonts = new Dictionary<string, UsedFont>(StringComparer.Ordinal);
        UsedFont? current = null;
        var saved = new Stack<UsedFont?>();
        foreach (var step in pdf.ContentSteps)
        {
            var op = step.Operation;
            switch (op.Operator)
            {
                case "q":
                    saved.Push(current);
                    break;
                case "Q":
                    current = saved.Count > 0 ? saved.Pop() : current;
                    break;
                case "Tf" when op.Operands is [ContentName name, ..]:
                    var fontResources = pdf.Dictionary(step.Resources, "Font");
                    var key = fontResources is not null && fontResources.Data.TryGetValue(name.Value, out var entry) && entry is IndirectReferenceToken r
                        ? $"{r.Data.ObjectNumber}" : $"{step.Where}/{name.Value}";
                    if (!fonts.TryGetValue(key, out current) && pdf.Get(fontResources, name.Value) is DictionaryToken dictionary)
                    {
                        fonts[key] = current = new UsedFont(dictionary, $"{pdf.Name(dictionary, "BaseFont")} (/{name.Value}, object {key})") { FirstPlace = step.Where };
                    }

                    break;
                case "Tj" or "'" or "\"" or "TJ" when current is not null:
                    var twoByte = pdf.Name(current.Font, "Subtype") == "Type0";
                    foreach (var bytes in op.Operands.SelectMany(o => o is List<object> list ? list : [o]).OfType<byte[]>())
                    {
                        for (var i = 0; twoByte ? i + 1 < bytes.Length : i < bytes.Length; i += twoByte ? 2 : 1)
                        {
                            current.Codes.Add(twoByte ? (bytes[i] << 8) | bytes[i + 1] : bytes[i]);
                        }
                    }

                    break;
            }
        }

        return fonts;
    }

    private static IEnumerable<(string Clause, string What)> Problems(PdfFile pdf, UsedFont used)
    {
        var font = used.Font;
        var subtype = pdf.Name(font, "Subtype");
        if (subtype == "Type3")
        {
            yield break;
        }

        var descendant = subtype == "Type0" ? pdf.Array(font, "DescendantFonts").OfType<DictionaryToken>().FirstOrDefault() : null;
        var descriptor = pdf.Dictionary(descendant ?? font, "FontDescriptor");
        var program = new[] { "FontFile", "FontFile2", "FontFile3" }.Select(k => pdf.Get(descriptor, k)).OfType<StreamToken>().FirstOrDefault();
        if (program is null)
        {
            yield return (Clauses.A2FontEmbedding, "the font program is not embedded");
        }

        if (subtype == "Type0" && pdf.Get(font, "Encoding") is not (NameToken { Data: "Identity-H" or "Identity-V" } or StreamToken))
        {
            yield return (Clauses.A2CMaps, "the Type 0 font's CMap is neither Identity-H/V nor embedded");
        }

        var cidToGid = pdf.Get(descendant, "CIDToGIDMap");
        var cidFontType2 = pdf.Name(descendant, "Subtype") == "CIDFontType2";
        if (cidFontType2 && cidToGid is not (NameToken { Data: "Identity" } or StreamToken))
        {
            yield return (Clauses.A2CidFonts, "the CIDFontType2 has no CIDToGIDMap (Identity or a stream)");
        }

        foreach (var problem in UnicodeProblems(pdf, used))
        {
            yield return (Clauses.UaToUnicode, problem);
        }

        if (!cidFontType2 || pdf.Name(font, "Encoding") is not ("Identity-H" or "Identity-V"))
        {
            yield break;
        }

        var map = cidToGid is StreamToken mapStream ? pdf.Decode(mapStream) : null;
        int Glyph(int cid) => map is null ? cid : 2 * cid + 1 < map.Length ? (map[2 * cid] << 8) | map[(2 * cid) + 1] : 0;
        if (used.Codes.Where(c => Glyph(c) == 0).Take(5).ToArray() is [_, ..] notdef)
        {
            yield return (Clauses.A2Notdef, $"CIDs {string.Join(", ", notdef)} show glyph 0 (.notdef)");
        }

        if (pdf.Get(descriptor, "FontFile2") is StreamToken trueType && TrueTypeMetrics.Read(pdf.Decode(trueType)) is { } metrics)
        {
            if (used.Codes.Where(c => Glyph(c) >= metrics.GlyphCount).Take(5).ToArray() is [_, ..] missing)
            {
                yield return (Clauses.A2FontEmbedding, $"CIDs {string.Join(", ", missing)} name glyphs the embedded program does not have ({metrics.GlyphCount} glyphs)");
            }

            var widths = Widths(pdf, descendant!);
            var wrong = used.Codes.Select(c => (Cid: c, Declared: widths(c), Program: metrics.Advance(Glyph(c)) * 1000.0 / metrics.UnitsPerEm))
                .Where(w => Math.Abs(w.Declared - w.Program) > 1).Take(5).ToArray();
            if (wrong.Length > 0)
            {
                yield return (Clauses.A2FontMetrics, "widths differ from the program's advances: " +
                    string.Join(", ", wrong.Select(w => $"CID {w.Cid} /W {w.Declared:0.#} vs {w.Program:0.#}")));
            }
        }
    }

    /// <summary>ISO 14289-1 7.21.7: a ToUnicode entry for every code shown, none to U+0000, U+FEFF or U+FFFE.</summary>
    private static IEnumerable<string> UnicodeProblems(PdfFile pdf, UsedFont used)
    {
        if (pdf.Get(used.Font, "ToUnicode") is not StreamToken toUnicode)
        {
            if (pdf.Name(used.Font, "Subtype") == "Type0" || pdf.Name(used.Font, "Encoding") is not ("WinAnsiEncoding" or "MacRomanEncoding" or "StandardEncoding"))
            {
                yield return "no ToUnicode map";
            }

            yield break;
        }

        var map = ToUnicodeMap.Read(pdf.Decode(toUnicode));
        var unmapped = used.Codes.Where(c => map.FirstCodePoint(c) is null or 0 or 0xFEFF or 0xFFFE or -1).Take(5).ToArray();
        if (unmapped.Length > 0)
        {
            yield return $"codes {string.Join(", ", unmapped.Select(c => c.ToString("X4", System.Globalization.CultureInfo.InvariantCulture)))} have no Unicode value in ToUnicode";
        }
    }

    /// <summary>A CIDFont's /W array and /DW default (ISO 32000-1 9.7.4.3) as a lookup.</summary>
    private static Func<int, double> Widths(PdfFile pdf, DictionaryToken cidFont)
    {
        var defaultWidth = pdf.Number(cidFont, "DW") ?? 1000;
        var widths = new Dictionary<int, double>();
        var w = pdf.Array(cidFont, "W");
        for (var i = 0; i < w.Count;)
        {
            if (w[i] is NumericToken first && i + 1 < w.Count && pdf.Resolve(w[i + 1]) is ArrayToken list)
            {
                for (var k = 0; k < list.Data.Count; k++)
                {
                    widths[first.Int + k] = (pdf.Resolve(list.Data[k]) as NumericToken)?.Double ?? defaultWidth;
                }

                i += 2;
            }
            else if (w[i] is NumericToken low && i + 2 < w.Count && w[i + 1] is NumericToken high && w[i + 2] is NumericToken width)
            {
                for (var c = low.Int; c <= high.Int; c++)
                {
                    widths[c] = width.Double;
                }

                i += 3;
            }
            else
            {
                i++;
            }
        }

        return cid => widths.TryGetValue(cid, out var value) ? value : defaultWidth;
    }
}
