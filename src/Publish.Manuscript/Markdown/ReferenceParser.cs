using Markdig.Helpers;
using Markdig.Parsers;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// <c>@key</c> (Pandoc's <c>citations</c>): a key begins with a letter, digit or <c>_</c> and may hold
/// <c>:.#$%&amp;-+?&lt;&gt;~/</c> between such characters (Pandoc's manual, "Citation syntax"). An <c>@</c> after a
/// letter or digit (an e-mail address) is no reference.
/// </summary>
internal sealed class ReferenceParser : InlineParser
{
    private const string InnerPunctuation = ":.#$%&-+?<>~/";

    public ReferenceParser() => OpeningCharacters = ['@'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var previous = slice.PeekCharExtra(-1);
        if (char.IsLetterOrDigit(previous) || previous == '_')
        {
            return false;
        }

        var text = slice.Text;
        var start = slice.Start;
        var end = KeyEnd(text, start + 1, slice.End);
        if (end == start + 1)
        {
            return false;
        }

        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new ReferenceSyntax
        {
            Key = text[(start + 1)..end],
            Written = text[start..end],
            Span = new Markdig.Syntax.SourceSpan(position, position + end - start - 1),
            Line = line,
            Column = column,
        };
        slice.Start = end;
        return true;
    }

    /// <summary>The index after the key starting at <paramref name="from"/> (equal to it when there is none).</summary>
    public static int KeyEnd(string text, int from, int last)
    {
        var end = from;
        if (end > last || !IsKeyCharacter(text[end]))
        {
            return from;
        }

        for (var i = from; i <= last; i++)
        {
            if (IsKeyCharacter(text[i]))
            {
                end = i + 1;
            }
            else if (!InnerPunctuation.Contains(text[i], StringComparison.Ordinal))
            {
                break;
            }
        }

        return end;
    }

    private static bool IsKeyCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';
}
