using System.Globalization;
using System.Text;

namespace Publish.Pdf.Fonts;

/// <summary>
/// Builds the ToUnicode CMap (§9.10.3) that maps 2-byte glyph codes back to text, so copy, search and
/// screen readers get the original characters: a ligature maps to all its characters ("ﬁ" → "fi"),
/// a supplementary character to its surrogate pair. Codes with no text of their own are left out.
/// </summary>
internal static class ToUnicodeCMapBuilder
{
    /// <summary>The CMap format limits a bfchar block to 100 entries.</summary>
    private const int MaxEntriesPerBlock = 100;

    /// <param name="codeText">The character codes in ascending order, each with its text.</param>
    public static string Build(IEnumerable<KeyValuePair<ushort, string>> codeText)
    {
        var mapped = codeText.Where(pair => pair.Value.Length > 0).ToList();
        var cmap = new StringBuilder();
        cmap.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (var start = 0; start < mapped.Count; start += MaxEntriesPerBlock)
        {
            var block = mapped.Skip(start).Take(MaxEntriesPerBlock).ToList();
            cmap.Append(block.Count.ToString(CultureInfo.InvariantCulture)).Append(" beginbfchar\n");
            foreach (var (glyph, text) in block)
            {
                cmap.Append('<').Append(glyph.ToString("X4", CultureInfo.InvariantCulture)).Append("> <");
                foreach (var unit in text)
                {
                    // UTF-16 code units: a supplementary character is already its surrogate pair here.
                    cmap.Append(((int)unit).ToString("X4", CultureInfo.InvariantCulture));
                }

                cmap.Append(">\n");
            }

            cmap.Append("endbfchar\n");
        }

        cmap.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.ToString();
    }
}
