using System.Text.RegularExpressions;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// Finds every note definition line (<c>[^label]:</c> at the left margin, outside fenced code). Markdig keeps
/// only one definition per label and silently drops unreferenced ones, so duplicates (PUB1103) and unused
/// definitions (PUB1102) are found from the source text.
/// </summary>
internal static partial class FootnoteDefinitionScanner
{
    public static IReadOnlyList<(string Label, int Offset)> Scan(string text, int bodyStart)
    {
        var found = new List<(string, int)>();
        string? fence = null;
        var lineStart = bodyStart;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var end = lineEnd < 0 ? text.Length : lineEnd;
            if (MayOpenFenceOrDefinition(text.AsSpan(lineStart, end - lineStart)))
            {
                var line = text[lineStart..end];
                var fenceMatch = Fence().Match(line);
                if (fence is null && fenceMatch.Success)
                {
                    fence = fenceMatch.Groups[1].Value;
                }
                else if (fence is not null && fenceMatch.Success && fenceMatch.Groups[1].Value.StartsWith(fence, StringComparison.Ordinal) && line.Trim().Length == fenceMatch.Groups[1].Value.Length)
                {
                    fence = null;
                }
                else if (fence is null && Definition().Match(line) is { Success: true } definition)
                {
                    found.Add((definition.Groups[1].Value, lineStart + definition.Index));
                }
            }

            if (lineEnd < 0)
            {
                break;
            }

            lineStart = lineEnd + 1;
        }

        return found;
    }

    /// <summary>
    /// Whether the line, after at most three spaces, starts as a fence (<c>`</c>, <c>~</c>) or a definition
    /// (<c>[</c>) must: most lines are prose, and are passed over without being copied and matched.
    /// </summary>
    private static bool MayOpenFenceOrDefinition(ReadOnlySpan<char> line)
    {
        var indent = 0;
        while (indent < 3 && indent < line.Length && line[indent] == ' ')
        {
            indent++;
        }

        return indent < line.Length && line[indent] is '`' or '~' or '[';
    }

    [GeneratedRegex(@"^ {0,3}\[\^([^\]\s]+)\]:")]
    private static partial Regex Definition();

    [GeneratedRegex(@"^ {0,3}(`{3,}|~{3,})")]
    private static partial Regex Fence();
}
