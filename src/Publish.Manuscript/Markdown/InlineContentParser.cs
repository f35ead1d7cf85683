using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// Parses a stretch of a leaf's inline text (the inside of <c>^[…]</c> or <c>[…]{…}</c>) as Markdown inlines with
/// the same parsers, into a paragraph whose lines carry their true source positions, so every node inside keeps
/// its line and column. The stretch is parsed as inlines only, as Pandoc does: "1. x" inside a note stays text.
/// Nesting is bounded (<see cref="MaxDepth"/>): deeper brackets stay text instead of exhausting the stack.
/// </summary>
internal static class InlineContentParser
{
    public const int MaxDepth = 16;

    [ThreadStatic]
    private static int t_depth;

    public static bool CanNest => t_depth < MaxDepth;

    /// <summary>The inlines of <c>text[start..end]</c> (end exclusive), where <paramref name="processor"/> is parsing <paramref name="text"/>.</summary>
    public static ParagraphBlock Parse(InlineProcessor processor, string text, int start, int end)
    {
        var paragraph = new ParagraphBlock();
        var lineStart = start;
        var first = true;
        while (lineStart <= end)
        {
            var newline = text.IndexOf('\n', lineStart, end - lineStart);
            var lineEnd = newline < 0 ? end : newline;
            var position = processor.GetSourcePosition(lineStart, out var line, out var column);
            if (first)
            {
                paragraph.Line = line;
                paragraph.Column = column;
                paragraph.Span = new SourceSpan(position, position);
                first = false;
            }

            // Markdig joins a paragraph's lines with each line's own line ending: a soft break between them.
            var slice = new StringSlice(text, lineStart, lineEnd - 1, newline < 0 ? NewLine.None : NewLine.LineFeed);
            paragraph.AppendLine(ref slice, column, line, position, trackTrivia: false);
            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        t_depth++;
        try
        {
            new InlineProcessor(processor.Document, processor.Parsers, processor.PreciseSourceLocation, processor.Context).ProcessInlineLeaf(paragraph);
        }
        finally
        {
            t_depth--;
        }

        return paragraph;
    }
}
