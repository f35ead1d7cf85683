using System.Text;

namespace Publish.Manuscript.Export;

/// <summary>
/// Pandoc's attribute block <c>{#id .class key=value}</c> (Pandoc manual, "Extension: attributes"), written in that
/// order. A value with white space, quotes or braces is double-quoted with backslash escapes; an empty set writes
/// nothing, so callers can append the result unconditionally.
/// </summary>
internal static class MarkdownAttributes
{
    public static string Write(string? id, IEnumerable<string> classes, IEnumerable<(string Key, string Value)> pairs)
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(id))
        {
            parts.Add("#" + id);
        }

        parts.AddRange(classes.Where(c => c.Length > 0).Select(c => "." + c));
        parts.AddRange(pairs.Select(pair => pair.Key + "=" + Value(pair.Value)));
        return parts.Count == 0 ? string.Empty : "{" + string.Join(" ", parts) + "}";
    }

    private static string Value(string value)
    {
        if (value.Length > 0 && value.All(c => !char.IsWhiteSpace(c) && c is not '"' and not '\'' and not '{' and not '}' and not '\\' and not '='))
        {
            return value;
        }

        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\')
            {
                quoted.Append('\\');
            }

            quoted.Append(c);
        }

        return quoted.Append('"').ToString();
    }
}
