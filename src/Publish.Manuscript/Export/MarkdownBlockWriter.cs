using System.Globalization;
using Publish.Model.Blocks;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Export;

/// <summary>
/// Writes blocks as lines of Markdown. Containers prefix their children's lines (<c>&gt; </c> for quotes, the
/// marker's width for list items), so nesting needs no special cases. Sibling blocks are separated by one blank
/// line (list items are not: the model keeps no tight/loose flag, and inside a note Markdig reads an item after a
/// blank line as a new list); two lists in a row alternate their markers (<c>-</c>/<c>*</c>, <c>.</c>/<c>)</c>) so they stay two lists.
/// Figure image paths are written relative to the output folder. Pandoc's extensions (issue 17): heading and figure
/// attributes (<c>{#id .class width=50%}</c>), tables (<see cref="MarkdownTableWriter"/>), definition lists
/// (<c>Term</c> / <c>:   definition</c>), fenced divs (<c>::: {#id .class lang=tr}</c>), display math (<c>$$</c>) and task
/// items (<c>- [x]</c>).
/// </summary>
internal sealed class MarkdownBlockWriter
{
    private readonly string _outputFolder;

    public MarkdownBlockWriter(string outputFolder) => _outputFolder = outputFolder;

    public List<string> Lines(IEnumerable<Block> blocks)
    {
        var lines = new List<string>();
        Block? previous = null;
        var alternate = false;
        foreach (var block in blocks)
        {
            alternate = previous is ListBlock && block is ListBlock && !alternate;
            if (lines.Count > 0)
            {
                lines.Add(string.Empty);
            }

            lines.AddRange(Lines(block, alternate));
            previous = block;
        }

        return lines;
    }

    public static List<string> ParagraphLines(IEnumerable<Inline> inlines) =>
        [.. MarkdownInlineWriter.Write(inlines).Split('\n').Select(MarkdownTextEscaper.EscapeLineStarts)];

    private List<string> Lines(Block block, bool alternateMarkers)
    {
        switch (block)
        {
            case HeadingBlock heading:
                var text = MarkdownInlineWriter.Write(heading.Content).Replace("\\\n", " ", StringComparison.Ordinal);
                // Markdig refuses a one-character id ("{#i}" stays text), so such an id can only be one the reader derived
                // from the heading's text, which reading the export derives again: writing it would add text instead.
                var headingAttributes = MarkdownAttributes.Write(heading.Id is { Length: > 1 } ? heading.Id : null, [], []);
                return [new string('#', Math.Clamp(heading.Level, 1, 6)) + " " + text + (headingAttributes.Length == 0 ? string.Empty : " " + headingAttributes)];
            case ParagraphBlock paragraph:
                return ParagraphLines(paragraph.Content);
            case FigureBlock figure:
                return [FigureLine(figure)];
            case BlockQuoteBlock { Children.IsEmpty: true }:
                return [">"];
            case BlockQuoteBlock quote:
                return [.. Lines(quote.Children).Select(line => line.Length == 0 ? ">" : "> " + line)];
            case ListBlock list:
                return ListLines(list, alternateMarkers);
            case ThematicBreakBlock:
                return ["* * *"];
            case CodeBlock code:
                return CodeLines(code.Text);
            case MathBlock math:
                return ["$$", .. math.Tex.Split('\n'), "$$"];
            case TableBlock table:
                return new MarkdownTableWriter(Lines).Lines(table);
            case DefinitionListBlock definitions:
                return DefinitionLines(definitions);
            case DivBlock div:
                return DivLines(div);
            default:
                throw new InvalidOperationException($"Unknown block kind {block.GetType().Name}.");
        }
    }

    private string FigureLine(FigureBlock figure)
    {
        var caption = MarkdownInlineWriter.Write(figure.Caption).Replace("\\\n", " ", StringComparison.Ordinal);
        var attributes = FigureAttributes(figure);
        if (figure.Image is null)
        {
            // No image file: an empty destination reads back as a caption-only figure.
            return "![" + caption + "]()" + attributes;
        }

        var relative = Path.GetRelativePath(_outputFolder, figure.Image.Path).Replace('\\', '/').Replace("%", "%25", StringComparison.Ordinal);
        var title = figure.Image.AltText is { } alt
            ? " \"" + alt.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("&", "\\&", StringComparison.Ordinal) + "\""
            : string.Empty;
        return "![" + caption + "](" + MarkdownInlineWriter.Destination(relative) + title + ")" + attributes;
    }

    /// <summary>
    /// Pandoc's image attributes: a share of the text width as a percentage, an absolute width in points as inches
    /// (Pandoc's units are px, cm, mm, in and %; 72 pt = 1 in).
    /// </summary>
    private static string FigureAttributes(FigureBlock figure)
    {
        var pairs = new List<(string, string)>();
        if (figure.WidthFraction is { } fraction)
        {
            pairs.Add(("width", (fraction * 100).ToString("0.####", CultureInfo.InvariantCulture) + "%"));
        }
        else if (figure.WidthPoints is { } points)
        {
            pairs.Add(("width", (points / 72).ToString("0.######", CultureInfo.InvariantCulture) + "in"));
        }

        return MarkdownAttributes.Write(figure.Id, figure.Classes, pairs);
    }

    /// <summary>
    /// Terms one per line right above their definitions; each definition starts <c>:   </c> and its further lines are
    /// indented four spaces, so they belong to it (Pandoc's <c>definition_lists</c>). Items are separated by a blank line.
    /// </summary>
    private List<string> DefinitionLines(DefinitionListBlock list)
    {
        var lines = new List<string>();
        foreach (var item in list.Items)
        {
            if (lines.Count > 0)
            {
                lines.Add(string.Empty);
            }

            foreach (var term in item.Terms)
            {
                lines.Add(MarkdownTextEscaper.EscapeLineStarts(MarkdownInlineWriter.Write(term).Replace("\\\n", " ", StringComparison.Ordinal)));
            }

            foreach (var definition in item.Definitions)
            {
                var definitionLines = Lines(definition);
                if (definitionLines.Count == 0)
                {
                    lines.Add(":");
                    continue;
                }

                lines.Add(":   " + definitionLines[0]);
                lines.AddRange(definitionLines.Skip(1).Select(line => line.Length == 0 ? line : "    " + line));
            }
        }

        return lines;
    }

    /// <summary>A fenced div; its fence is longer than any fence of a div nested inside, so the inner one cannot close it.</summary>
    private List<string> DivLines(DivBlock div)
    {
        var fence = new string(':', 3 + NestedDivDepth(div.Children));
        var pairs = div.Language is { } language ? new[] { ("lang", language) } : [];
        var attributes = MarkdownAttributes.Write(div.Id, div.Classes, pairs);
        return [fence + (attributes.Length == 0 ? string.Empty : " " + attributes), .. Lines(div.Children), fence];
    }

    private static int NestedDivDepth(IEnumerable<Block> blocks)
    {
        var deepest = 0;
        foreach (var block in blocks)
        {
            var depth = block switch
            {
                DivBlock div => 1 + NestedDivDepth(div.Children),
                BlockQuoteBlock quote => NestedDivDepth(quote.Children),
                ListBlock list => list.Items.Select(item => NestedDivDepth(item.Children)).DefaultIfEmpty(0).Max(),
                DefinitionListBlock definitions => definitions.Items.SelectMany(item => item.Definitions).Select(definition => NestedDivDepth(definition)).DefaultIfEmpty(0).Max(),
                _ => 0,
            };
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    private List<string> ListLines(ListBlock list, bool alternateMarkers)
    {
        var lines = new List<string>();
        var number = list.Start;
        foreach (var item in list.Items)
        {
            var marker = list.Ordered
                ? number.ToString(CultureInfo.InvariantCulture) + (alternateMarkers ? ")" : ".")
                : alternateMarkers ? "*" : "-";
            number++;

            var itemLines = Lines(item.Children);
            if (item.Task is { } done)
            {
                // GitHub's task list item: the box opens the item's first line.
                var box = done ? "[x]" : "[ ]";
                itemLines = itemLines.Count == 0 ? [box] : [box + " " + itemLines[0], .. itemLines.Skip(1)];
            }

            if (itemLines.Count == 0)
            {
                lines.Add(marker);
                continue;
            }

            var indent = new string(' ', marker.Length + 1);
            lines.Add(marker + " " + itemLines[0]);
            lines.AddRange(itemLines.Skip(1).Select(line => line.Length == 0 ? line : indent + line));
        }

        return lines;
    }

    private static List<string> CodeLines(string code)
    {
        var longest = 0;
        foreach (var line in code.Split('\n'))
        {
            var run = line.TrimStart(' ').TakeWhile(c => c == '`').Count();
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', Math.Max(3, longest + 1));
        return [fence, .. code.Split('\n'), fence];
    }
}
