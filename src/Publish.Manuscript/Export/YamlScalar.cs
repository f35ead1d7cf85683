using System.Globalization;
using System.Text;

namespace Publish.Manuscript.Export;

/// <summary>
/// Writes YAML double-quoted scalars. Every value is quoted so no text can be misread as another YAML type
/// (<c>no</c>, <c>12</c>, <c>2015-02-26</c>) and line breaks survive as <c>\n</c>.
/// </summary>
internal static class YamlScalar
{
    public static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\t': quoted.Append("\\t"); break;
                case < ' ' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF':
                    quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: quoted.Append(c); break;
            }
        }

        return quoted.Append('"').ToString();
    }
}
