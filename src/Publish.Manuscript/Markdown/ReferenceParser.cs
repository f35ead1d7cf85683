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
        if (CitationParsing.IsEnabled(processor) && !ReferenceSyntax.IsCrossReferenceKey(text[(start + 1)..end]))
        {
            end = InText(processor, text, start, end, slice.End, out var citation);
            citation.Span = new Markdig.Syntax.SourceSpan(position, position + end - start - 1);
            citation.Line = line;
            citation.Column = column;
            processor.Inline = citation;
            slice.Start = end;
            return true;
        }

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

    /// <summary>
    /// An in-text citation <c>@key</c>, with the bracket that may follow it after one space (<c>@key [p. 33]</c>) as its
    /// locator and suffix — unless that bracket is a link, a span or a citation of its own. Returns the index after it.
    /// </summary>
    private static int InText(InlineProcessor processor, string text, int start, int end, int last, out CitationSyntax citation)
    {
        var cite = new Model.Inlines.CitedItem(text[(start + 1)..end]);
        var open = end < last && text[end] == ' ' ? end + 1 : end;
        if (open <= last && text[open] == '[')
        {
            var close = BracketState.Of(processor, processor.Parsers.Find<CitationParser>()!, text).CloseOf(open);
            if (close > open && close <= last && (close == last || text[close + 1] is not ('(' or '[' or '{')) && text.IndexOf('@', open, close - open) < 0)
            {
                var (locator, label, rest) = CitationLocators.Split(text[(open + 1)..close]);
                cite = cite with { Locator = locator, Label = label, Suffix = rest };
                end = close + 1;
            }
        }

        citation = new CitationSyntax { Cites = [cite], InText = true, Written = text[start..end] };
        return end;
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
