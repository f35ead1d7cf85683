using Markdig.Extensions.GenericAttributes;
using Markdig.Helpers;
using Markdig.Parsers;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// Two bracket forms Markdig does not know: Pandoc's bracketed span <c>[text]{attributes}</c> (<c>bracketed_spans</c>)
/// and pandoc-crossref's bracketed reference <c>[@fig:id]</c>, whose brackets are not text. Comes before Markdig's
/// link parser; a bracket followed by anything else is left to it. A citation in brackets (<c>[@key, p. 3]</c>) is
/// left too: its text is kept as written.
/// </summary>
internal sealed class BracketedSpanParser : InlineParser
{
    public BracketedSpanParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() == '^' || !InlineContentParser.CanNest)
        {
            return false;
        }

        var text = slice.Text;
        var open = slice.Start;
        var close = BracketState.Of(processor, this, text).CloseOf(open);
        if (close < 0 || close > slice.End)
        {
            return false;
        }

        var position = processor.GetSourcePosition(open, out var line, out var column);
        if (text[open + 1] == '@' && ReferenceParser.KeyEnd(text, open + 2, close - 1) == close)
        {
            var key = text[(open + 2)..close];
            var reference = new ReferenceSyntax { Key = key, Written = text[open..(close + 1)] };
            if (reference.IsCrossReference)
            {
                reference.Span = new Markdig.Syntax.SourceSpan(position, position + close - open);
                reference.Line = line;
                reference.Column = column;
                processor.Inline = reference;
                slice.Start = close + 1;
                return true;
            }

            return false;
        }

        if (close + 1 > slice.End || text[close + 1] != '{')
        {
            return false;
        }

        var attributes = slice;
        attributes.Start = close + 1;
        if (!GenericAttributesParser.TryParse(ref attributes, out var parsed))
        {
            return false;
        }

        // Markdig's attribute parser also takes the line break after "}"; it belongs to the text.
        if (attributes.Start > close + 1 && text[attributes.Start - 1] == '\n')
        {
            attributes.Start--;
        }

        var content = InlineContentParser.Parse(processor, text, open + 1, close);
        processor.Inline = new BracketedSpanSyntax
        {
            Content = content,
            Attributes = parsed,
            Span = new Markdig.Syntax.SourceSpan(position, position + attributes.Start - open - 1),
            Line = line,
            Column = column,
        };
        slice.Start = attributes.Start;
        return true;
    }
}
