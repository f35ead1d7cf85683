namespace Publish.Manuscript.Markdown;

/// <summary>One line of the source: <see cref="Start"/> its first character, <see cref="End"/> just past its last (before <c>\r\n</c> or <c>\n</c>), <see cref="Next"/> the start of the next line.</summary>
internal readonly record struct SourceLine(int Start, int End, int Next)
{
    /// <summary>The line that holds <paramref name="position"/>.</summary>
    public static SourceLine At(string text, int position)
    {
        var start = position <= 0 ? 0 : text.LastIndexOf('\n', Math.Min(position, text.Length) - 1) + 1;
        var newline = text.IndexOf('\n', start);
        var next = newline < 0 ? text.Length : newline + 1;
        var end = newline < 0 ? text.Length : newline;
        if (end > start && text[end - 1] == '\r')
        {
            end--;
        }

        return new SourceLine(start, end, next);
    }

    public ReadOnlySpan<char> Content(string text) => text.AsSpan(Start, End - Start);
}
