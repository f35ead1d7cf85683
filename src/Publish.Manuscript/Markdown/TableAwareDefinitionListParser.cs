using System.Text.RegularExpressions;
using Markdig.Extensions.DefinitionLists;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// Markdig's definition list parser, except after a pipe table. Markdig reads a pipe table as a paragraph and turns
/// it into a table only when it parses inlines, so a Pandoc table caption written after it (<c>: Caption</c>, after a
/// blank line) would make every row of the table a definition term. Pandoc reads that line as the table's caption
/// (its manual, "Table captions"); so does this parser, by declining to open a definition list after a paragraph
/// that holds a pipe table's delimiter row.
/// </summary>
internal sealed partial class TableAwareDefinitionListParser : DefinitionListParser
{
    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.LastBlock is ParagraphBlock paragraph && HoldsPipeTableDelimiterRow(paragraph))
        {
            return BlockState.None;
        }

        return base.TryOpen(processor);
    }

    private static bool HoldsPipeTableDelimiterRow(ParagraphBlock paragraph)
    {
        var lines = paragraph.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (DelimiterRow().IsMatch(lines.Lines[i].Slice.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A row like <c>|:---|--:|</c> or <c>--- | :-:</c>: dash cells, optional colons, at least one pipe.</summary>
    [GeneratedRegex(@"^(?=[^|]*\|)\s*(\|\s*)?:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")]
    private static partial Regex DelimiterRow();
}
