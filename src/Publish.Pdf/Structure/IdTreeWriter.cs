using System.Text;
using Publish.Pdf.Navigation;
using Publish.Pdf.Syntax;

namespace Publish.Pdf.Structure;

/// <summary>
/// The StructTreeRoot's /IDTree (ISO 32000-1 §14.7.2, Table 322): a name tree (§7.9.6) from each element's /ID to
/// the element. Keys are sorted by their bytes, as a name tree requires; a long list is split into leaves of
/// <see cref="LeafSize"/> under one root, each leaf with the /Limits of its keys.
/// </summary>
internal static class IdTreeWriter
{
    public const int LeafSize = 128;

    /// <summary>Writes the tree; returns its root's object number.</summary>
    public static int Write(PdfObjectTable table, IReadOnlyCollection<(string Id, int ObjectId)> ids)
    {
        var sorted = ids.OrderBy(pair => pair.Id, Comparer<string>.Create(DestinationNames.CompareBytes)).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            if (DestinationNames.CompareBytes(sorted[i - 1].Id, sorted[i].Id) == 0)
            {
                throw new ArgumentException($"Two structure elements have the /ID '{sorted[i].Id}'.", nameof(ids));
            }
        }

        var rootId = table.Reserve();
        if (sorted.Count <= LeafSize)
        {
            table.WriteObject(rootId, $"<< /Names [{Names(sorted)}] >>");
            return rootId;
        }

        var leaves = new List<int>();
        for (var start = 0; start < sorted.Count; start += LeafSize)
        {
            var leaf = sorted.GetRange(start, Math.Min(LeafSize, sorted.Count - start));
            var leafId = table.Reserve();
            table.WriteObject(leafId, $"<< /Limits [{Key(leaf[0].Id)} {Key(leaf[^1].Id)}] /Names [{Names(leaf)}] >>");
            leaves.Add(leafId);
        }

        table.WriteObject(rootId, $"<< /Kids [{string.Join(' ', leaves.Select(PdfObjectTable.Reference))}] >>");
        return rootId;
    }

    private static string Names(List<(string Id, int ObjectId)> pairs) =>
        new StringBuilder().AppendJoin(' ', pairs.Select(pair => $"{Key(pair.Id)} {PdfObjectTable.Reference(pair.ObjectId)}")).ToString();

    private static string Key(string id) => PdfFormat.LiteralString(id);
}
