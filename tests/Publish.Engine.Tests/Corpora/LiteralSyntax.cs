namespace Publish.Engine.Tests.Corpora;

/// <summary>
/// Pandoc syntax that must never reach an edition's text outside code (issue 17): an attribute block's opening
/// <c>{.</c>, a fenced div's <c>:::</c> and an inline note's <c>^[</c>. Each occurrence is reported with the text around it.
/// </summary>
internal static class LiteralSyntax
{
    public static readonly string[] Marks = ["{.", ":::", "^["];

    public static List<string> Find(string text)
    {
        var found = new List<string>();
        foreach (var mark in Marks)
        {
            for (var at = text.IndexOf(mark, StringComparison.Ordinal); at >= 0; at = text.IndexOf(mark, at + mark.Length, StringComparison.Ordinal))
            {
                var start = Math.Max(0, at - 30);
                var end = Math.Min(text.Length, at + mark.Length + 30);
                found.Add($"'{mark}' in …{text[start..end].Replace('\n', ' ')}…");
            }
        }

        return found;
    }
}
