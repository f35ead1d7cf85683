using System.Globalization;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// A reference to a labelled example, <c>(@good)</c>, set as the example's number in parentheses, as Pandoc sets it
/// (<c>As (2) shows</c>). Inlines are parsed after every block, so a reference may come before its example. An
/// unknown label is left as written.
/// </summary>
internal sealed class ExampleReferenceParser : InlineParser
{
    public ExampleReferenceParser() => OpeningCharacters = ['('];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '@' || ExampleNumbers.Find(processor.Document) is not { } numbers)
        {
            return false;
        }

        var text = slice.Text;
        var i = slice.Start + 2;
        var labelStart = i;
        while (i <= slice.End && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-'))
        {
            i++;
        }

        if (i == labelStart || i > slice.End || text[i] != ')' || numbers.NumberOf(text[labelStart..i]) is not { } number)
        {
            return false;
        }

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new LiteralInline("(" + number.ToString(CultureInfo.InvariantCulture) + ")")
        {
            Span = new Markdig.Syntax.SourceSpan(start, start + i - slice.Start),
            Line = line,
            Column = column,
        };
        slice.Start = i + 1;
        return true;
    }
}
