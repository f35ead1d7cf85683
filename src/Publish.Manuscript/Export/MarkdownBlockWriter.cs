using System.Globalization;
using Publish.Model.Blocks;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Export;

/// <summary>
/// Writes blocks as lines of Markdown. Containers prefix their children's lines (<c>&gt; </c> for quotes, the
/// marker's width for list items), so nesting needs no special cases. Sibling blocks are separated by one blank
/// line; two lists in a row alternate their markers (<c>-</c>/<c>*</c>, <c>.</c>/<c>)</c>) so they stay two lists.
/// Figure image paths are written relative to the output folder.
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
                return [new string('#', Math.Clamp(heading.Level, 1, 6)) + " " + text];
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
            default:
                throw new InvalidOperationException($"Unknown block kind {block.GetType().Name}.");
        }
    }

    private string FigureLine(FigureBlock figure)
    {
        var caption = MarkdownInlineWriter.Write(figure.Caption).Replace("\\\n", " ", StringComparison.Ordinal);
        if (figure.Image is null)
        {
            // No image file: an empty destination reads back as a caption-only figure.
            return "![" + caption + "]()";
        }

        var relative = Path.GetRelativePath(_outputFolder, figure.Image.Path).Replace('\\', '/').Replace("%", "%25", StringComparison.Ordinal);
        var title = figure.Image.AltText is { } alt
            ? " \"" + alt.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("&", "\\&", StringComparison.Ordinal) + "\""
            : string.Empty;
        return "![" + caption + "](" + MarkdownInlineWriter.Destination(relative) + title + ")";
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
            if (lines.Count > 0)
            {
                lines.Add(string.Empty);
            }

            var itemLines = Lines(item.Children);
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
