using Markdig.Extensions.TaskLists;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// A task box (<c>[ ]</c>, <c>[x]</c>) only where GitHub and Pandoc's <c>task_lists</c> put it: at the very start of a
/// list item's first paragraph. Markdig's own parser takes one anywhere in that paragraph, so a link written
/// <c>[x](https://…)</c> later in an item became a ticked box followed by its URL as text.
/// </summary>
internal sealed class LeadingTaskListParser : TaskListInlineParser
{
    public override bool Match(InlineProcessor processor, ref StringSlice slice) =>
        processor.Block is ParagraphBlock paragraph
        && paragraph.Parent is ListItemBlock item
        && item.Count > 0
        && ReferenceEquals(item[0], paragraph)
        && processor.Root?.FirstChild is null
        && base.Match(processor, ref slice);
}
