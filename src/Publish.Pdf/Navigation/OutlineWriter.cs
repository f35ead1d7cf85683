using Publish.Pdf.Syntax;
using Publish.Typesetting.Frames;

namespace Publish.Pdf.Navigation;

/// <summary>
/// Writes the document outline (bookmarks, §12.3.3) from entries in reading order. An entry becomes the child
/// of the nearest earlier entry with a lower level, so a skipped level (1 → 3) still nests. Every item is
/// open: /Count is the positive number of its descendants.
/// </summary>
internal static class OutlineWriter
{
    /// <param name="destination">Builds the explicit destination array for a page index and frame y.</param>
    /// <returns>The /Outlines root object number, or null when there are no entries.</returns>
    public static int? Write(PdfObjectTable table, IReadOnlyList<OutlineEntry> entries, Func<int, double, string> destination)
    {
        if (entries.Count == 0)
        {
            return null;
        }

        var root = new Node(null, 0, table.Reserve(), null);
        var open = new Stack<Node>();
        open.Push(root);
        foreach (var entry in entries)
        {
            while (open.Peek().Level >= entry.Level)
            {
                open.Pop();
            }

            var node = new Node(entry, entry.Level, table.Reserve(), open.Peek());
            open.Peek().Children.Add(node);
            open.Push(node);
        }

        WriteNode(table, root, destination);
        return root.Id;
    }

    private static int WriteNode(PdfObjectTable table, Node node, Func<int, double, string> destination)
    {
        var descendants = 0;
        foreach (var child in node.Children)
        {
            descendants += 1 + WriteNode(table, child, destination);
        }

        var links = string.Empty;
        if (node.Children.Count > 0)
        {
            links = $" /First {PdfObjectTable.Reference(node.Children[0].Id)} /Last {PdfObjectTable.Reference(node.Children[^1].Id)}" +
                $" /Count {PdfFormat.Integer(descendants)}";
        }

        if (node.Entry is null)
        {
            table.WriteObject(node.Id, $"<< /Type /Outlines{links} >>");
            return descendants;
        }

        var siblings = node.Parent!.Children;
        var index = siblings.IndexOf(node);
        var prev = index > 0 ? " /Prev " + PdfObjectTable.Reference(siblings[index - 1].Id) : string.Empty;
        var next = index + 1 < siblings.Count ? " /Next " + PdfObjectTable.Reference(siblings[index + 1].Id) : string.Empty;
        table.WriteObject(node.Id,
            $"<< /Title {PdfFormat.TextString(node.Entry.Title)} /Parent {PdfObjectTable.Reference(node.Parent.Id)}{prev}{next}{links}" +
            $" /Dest {destination(node.Entry.PageIndex, node.Entry.Y)} >>");
        return descendants;
    }

    private sealed class Node(OutlineEntry? entry, int level, int id, Node? parent)
    {
        public OutlineEntry? Entry { get; } = entry;

        public int Level { get; } = level;

        public int Id { get; } = id;

        public Node? Parent { get; } = parent;

        public List<Node> Children { get; } = [];
    }
}
