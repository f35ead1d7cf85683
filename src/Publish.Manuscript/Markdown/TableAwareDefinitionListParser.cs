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
/// that holds a pipe table's delimiter row. It also opens a definition list nested inside a definition.
/// </summary>
internal sealed partial class TableAwareDefinitionListParser : DefinitionListParser
{
    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.LastBlock is ParagraphBlock paragraph && HoldsPipeTableDelimiterRow(paragraph))
        {
            return BlockState.None;
        }

        // Inside a definition, the item itself records a blank line as its last child, so Markdig's parser, which
        // wants the term paragraph as the last block, never opens a list nested there (Pandoc's guide does, under
        // --reference-doc: terms Docx, ODT, PowerPoint). Pandoc reads one, as it does at the top.
        if (processor.LastBlock is BlankLineBlock { Parent: DefinitionItem item } blank && item.Count >= 2
            && item[item.Count - 2] is ParagraphBlock term && !HoldsPipeTableDelimiterRow(term) && !processor.IsCodeIndent)
        {
            return OpenNested(processor, item, blank, term);
        }

        return base.TryOpen(processor);
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        // A nested item follows its outer item, which has consumed four columns of indent: read the rest, so the
        // nested definition's indented paragraphs and code count as its own (Markdig does this only at the top).
        // A blank line in an outer item whose nested item is open goes on to the nested item (Markdig would discard
        // the line at the outer item and close the nested one, cutting its later paragraphs and code out of it).
        if (processor.IsBlankLine && processor.NextContinue is DefinitionItem nested && nested.Parent?.Parent == block)
        {
            return BlockState.Continue;
        }

        if (block.Parent?.Parent is DefinitionItem && !processor.IsBlankLine)
        {
            processor.ParseIndent();
        }

        return base.TryContinue(processor, block);
    }

    /// <summary>
    /// Opens a definition of <paramref name="term"/> inside <paramref name="outer"/>, as Markdig does at the top: a
    /// <c>:</c> or <c>~</c> marker followed by an indent of at least four columns, content from the fifth; the item joins
    /// a nested list just before the term, else starts one.
    /// </summary>
    private BlockState OpenNested(BlockProcessor processor, DefinitionItem outer, BlankLineBlock blank, ParagraphBlock term)
    {
        var start = processor.Start;
        var column = processor.ColumnBeforeIndent;
        var marker = processor.CurrentChar;
        processor.NextChar();
        processor.ParseIndent();
        if (processor.Column - column < 4)
        {
            processor.GoToColumn(column);
            return BlockState.None;
        }

        processor.GoToColumn(column + 4);
        outer.Remove(blank);
        var index = outer.IndexOf(term);
        var list = index > 0 ? outer[index - 1] as DefinitionList : null;
        outer.Remove(term);
        if (list is null)
        {
            list = new DefinitionList(this) { Span = new SourceSpan(term.Span.Start, processor.Line.End), Column = term.Column, Line = term.Line };
            outer.Add(list);
        }

        var item = new DefinitionItem(this) { Line = processor.LineIndex, Column = column, Span = new SourceSpan(start, processor.Line.End), OpeningCharacter = marker };
        for (var i = 0; i < term.Lines.Count; i++)
        {
            var line = term.Lines.Lines[i];
            var definitionTerm = new DefinitionTerm(this) { Column = term.Column, Line = line.Line, Span = term.Span, IsOpen = false };
            definitionTerm.AppendLine(ref line.Slice, line.Column, line.Line, line.Position, trackTrivia: false);
            item.Add(definitionTerm);
        }

        list.Add(item);
        list.UpdateSpanEnd(processor.Line.End);
        processor.Open(item);
        return BlockState.Continue;
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
