using Markdig.Helpers;
using Markdig.Parsers;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// Pandoc's <c>inline_notes</c>: <c>^[text]</c> is a note whose content is <c>text</c> parsed as Markdown inlines
/// (brackets may nest; escaped brackets and brackets in code spans do not count). Markdig has no such parser; this
/// one must come before the emphasis parser, which would read <c>^</c> as a superscript delimiter.
/// </summary>
internal sealed class InlineNoteParser : InlineParser
{
    public InlineNoteParser() => OpeningCharacters = ['^'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '[' || !InlineContentParser.CanNest)
        {
            return false;
        }

        var text = slice.Text;
        var open = slice.Start + 1;
        var close = BracketState.Of(processor, this, text).CloseOf(open);
        if (close < 0 || close > slice.End)
        {
            return false;
        }

        var start = slice.Start;
        var position = processor.GetSourcePosition(start, out var line, out var column);
        var content = InlineContentParser.Parse(processor, text, open + 1, close);
        processor.Inline = new InlineNoteSyntax
        {
            Content = content,
            Written = text[start..(close + 1)],
            Span = new Markdig.Syntax.SourceSpan(position, position + close - start),
            Line = line,
            Column = column,
        };
        slice.Start = close + 1;
        return true;
    }
}
