using System.Globalization;
using Markdig.Parsers;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// Pandoc's example list markers (its manual, "Numbered example lists"): <c>(@)</c>, <c>@)</c> or <c>@.</c>, with an
/// optional label of letters, digits, <c>_</c> and <c>-</c> after the <c>@</c> (<c>(@good)</c>). Each item is numbered
/// on from the document's last example (<see cref="ExampleNumbers"/>), so an ordered list carries the right start
/// number into the model; references to a label are <see cref="ExampleReferenceParser"/>'s.
/// </summary>
internal sealed class ExampleListItemParser : OrderedListItemParser
{
    public ExampleListItemParser() => OpeningCharacters = ['(', '@'];

    public override bool TryParse(BlockProcessor state, char pendingBulletType, out ListInfo result)
    {
        result = default;
        var line = state.Line;
        var text = line.Text;
        var i = line.Start;
        var parenthesised = text[i] == '(';
        if (parenthesised)
        {
            i++;
        }

        if (i > line.End || text[i] != '@')
        {
            return false;
        }

        var labelStart = ++i;
        while (i <= line.End && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-'))
        {
            i++;
        }

        if (i > line.End || (parenthesised ? text[i] != ')' : text[i] is not (')' or '.')))
        {
            return false;
        }

        // The marker must be followed by white space or the line's end, as every list marker (CommonMark 5.2).
        if (i + 1 <= line.End && text[i + 1] is not (' ' or '\t'))
        {
            return false;
        }

        var label = text[labelStart..i];
        var delimiter = parenthesised ? '(' : text[i];
        var number = ExampleNumbers.Of(state.Document).Number(label, state.LineIndex);
        while (state.Start <= i)
        {
            state.NextChar();
        }

        result = new ListInfo('@', number.ToString(CultureInfo.InvariantCulture), delimiter, "1");
        return true;
    }
}
