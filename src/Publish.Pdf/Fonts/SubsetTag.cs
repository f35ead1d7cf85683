using System.Security.Cryptography;
using System.Text;

namespace Publish.Pdf.Fonts;

/// <summary>
/// The six capital letters before "+" in a subset font's name (§9.6.4). Derived from the font name and the
/// glyph set, so two different subsets of one font get different tags and a rebuild gets the same tag.
/// </summary>
internal static class SubsetTag
{
    public static string For(string postScriptName, IEnumerable<ushort> glyphIds)
    {
        var input = new StringBuilder(postScriptName);
        foreach (var glyph in glyphIds)
        {
            input.Append(',').Append(glyph);
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(input.ToString()));
        var tag = new char[6];
        for (var i = 0; i < tag.Length; i++)
        {
            tag[i] = (char)('A' + (hash[i] % 26));
        }

        return new string(tag);
    }
}
