using Markdig.Helpers;
using Markdig.Parsers;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// Pandoc's bracketed citation <c>[see @a, p. 33; -@b]</c>, read only when the manuscript has references to cite
/// (<see cref="CitationParsing.IsEnabled"/>): otherwise brackets are left to the other parsers as before. Comes
/// before the bracketed span and link parsers; <c>[@fig:id]</c> and a bracket followed by <c>(</c>, <c>[</c> or
/// <c>{</c> (a link, a span) are theirs.
/// </summary>
internal sealed class CitationParser : InlineParser
{
    public CitationParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (!CitationParsing.IsEnabled(processor) || slice.PeekChar() == '^')
        {
            return false;
        }

        var text = slice.Text;
        var open = slice.Start;
        var close = BracketState.Of(processor, this, text).CloseOf(open);
        if (close < 0 || close > slice.End || (close + 1 <= slice.End && text[close + 1] is '(' or '[' or '{') || text.IndexOf('@', open, close - open) < 0)
        {
            return false;
        }

        var cites = CitationScanner.Bracketed(text, open + 1, close);
        if (cites.IsDefaultOrEmpty || (cites.Length == 1 && ReferenceSyntax.IsCrossReferenceKey(cites[0].Key)))
        {
            return false;
        }

        var position = processor.GetSourcePosition(open, out var line, out var column);
        processor.Inline = new CitationSyntax
        {
            Cites = cites,
            InText = false,
            Written = text[open..(close + 1)],
            Span = new Markdig.Syntax.SourceSpan(position, position + close - open),
            Line = line,
            Column = column,
        };
        slice.Start = close + 1;
        return true;
    }
}
