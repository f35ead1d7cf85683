using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Publish.Pdf.Syntax;
using Publish.Typesetting.Frames;

namespace Publish.Pdf.Structure;

/// <summary>
/// The logical structure of a tagged PDF (§14.7, §14.8): gathers, while pages are written, which marked-content
/// sequences (page, MCID) and which link annotations belong to which structure element, then writes the
/// StructTreeRoot, the structure elements and the ParentTree that maps content back to its element.
/// Invariants: MCIDs count from 0 on each page in content-stream order; a page's ParentTree key is its index;
/// annotation keys follow the page keys; elements with no content anywhere below them are left out. An element's
/// kids are its content and its inline children (links, references) in content order, then its block children in
/// id (reading) order: a link in mid-paragraph is read between the words around it. Every /ID is unique and listed
/// in the StructTreeRoot's IDTree (ISO 32000-1 §14.7.2, Table 322).
/// </summary>
internal sealed class StructureTreeWriter
{
    private readonly Dictionary<int, StructureElement> elements = [];
    private readonly Dictionary<int, List<int>> children = [];
    private readonly Dictionary<int, List<StructureKid>> content = [];
    private readonly HashSet<int> attached = [];
    private readonly Dictionary<int, (int Page, string Rectangle)?> boxes = [];
    private readonly List<(int Key, int[] ElementIds)> pageEntries = [];
    private readonly List<(int Key, int ElementId)> annotationEntries = [];
    private readonly List<int> currentPage = [];

    /// <summary>One element's dictionary at a time: cleared and reused, as a book writes thousands.</summary>
    private readonly StringBuilder elementText = new();
    private readonly int pageCount;
    private readonly int rootId;

    public StructureTreeWriter(ImmutableArray<StructureElement> structure, int pageCount)
    {
        this.pageCount = pageCount;
        if (structure.IsDefaultOrEmpty)
        {
            return;
        }

        foreach (var element in structure)
        {
            if (!elements.TryAdd(element.Id, element))
            {
                throw new ArgumentException($"Structure element {element.Id} is defined twice.", nameof(structure));
            }

            if (element.ParentId is { } parent)
            {
                if (!elements.ContainsKey(parent))
                {
                    throw new ArgumentException($"Structure element {element.Id} names parent {parent}, which is not listed before it.", nameof(structure));
                }

                if (!children.TryGetValue(parent, out var list))
                {
                    children[parent] = list = [];
                }

                list.Add(element.Id);
            }
        }

        var roots = structure.Where(e => e.ParentId is null).ToList();
        if (roots.Count != 1)
        {
            throw new ArgumentException($"The structure tree needs exactly one root; it has {roots.Count}.", nameof(structure));
        }

        rootId = roots[0].Id;
        foreach (var list in children.Values)
        {
            list.Sort();
        }
    }

    public bool IsTagged => elements.Count > 0;

    /// <summary>The structure type a content sequence of the element is tagged with.</summary>
    public string TypeOf(int elementId) => StructureTypes.Of(Element(elementId).Role);

    /// <summary>Registers the next marked-content sequence of the page being written; returns its MCID.</summary>
    public int AddMarkedContent(int elementId, int pageObjectId)
    {
        Element(elementId);
        var mcid = currentPage.Count;
        currentPage.Add(elementId);
        AddContent(elementId, StructureKid.MarkedContent(pageObjectId, mcid));
        return mcid;
    }

    /// <summary>Registers an annotation (a link) as content of its element; returns its /StructParent key.</summary>
    public int AddAnnotation(int elementId, int annotationObjectId, int pageObjectId)
    {
        Element(elementId);
        var key = pageCount + annotationEntries.Count;
        annotationEntries.Add((key, elementId));
        AddContent(elementId, StructureKid.Annotation(pageObjectId, annotationObjectId));
        return key;
    }

    /// <summary>
    /// Records where a figure's image is drawn (PDF user space, page <paramref name="pageIndex"/>): ISO 32000-1
    /// §14.8.5.4.3 requires a Figure's layout /BBox when it lies on one page (PDF/UA-1 §7.3 relies on it). A figure
    /// drawn more than once (or across pages) gets none.
    /// </summary>
    public void AddBoundingBox(int elementId, int pageIndex, string rectangle)
    {
        if (Element(elementId).Role != StructureRole.Figure)
        {
            return;
        }

        boxes[elementId] = boxes.ContainsKey(elementId) ? null : (pageIndex, rectangle);
    }

    /// <summary>Closes the page being written; returns its /StructParents key, or null when it has no tagged content.</summary>
    public int? EndPage(int pageIndex)
    {
        if (currentPage.Count == 0)
        {
            return null;
        }

        pageEntries.Add((pageIndex, [.. currentPage]));
        currentPage.Clear();
        return pageIndex;
    }

    /// <summary>Writes the tree; returns the StructTreeRoot's object number.</summary>
    public int Write(PdfObjectTable table)
    {
        var treeRootId = table.Reserve();
        var kept = new Dictionary<int, int>();
        Keep(rootId, kept, table);

        var parentTreeId = table.Reserve();
        var nums = new StringBuilder();
        foreach (var (key, ids) in pageEntries)
        {
            nums.Append(CultureInfo.InvariantCulture, $"{key} [");
            for (var i = 0; i < ids.Length; i++)
            {
                nums.Append(i == 0 ? string.Empty : " ").Append(CultureInfo.InvariantCulture, $"{kept[ids[i]]} 0 R");
            }

            nums.Append("] ");
        }

        foreach (var (key, id) in annotationEntries)
        {
            nums.Append(CultureInfo.InvariantCulture, $"{key} {kept[id]} 0 R ");
        }

        table.WriteObject(parentTreeId, $"<< /Nums [{nums.ToString().TrimEnd()}] >>");
        foreach (var (id, objectId) in kept)
        {
            WriteElement(table, elements[id], objectId, kept, treeRootId);
        }

        var nextKey = pageCount + annotationEntries.Count;
        var root = new StringBuilder($"<< /Type /StructTreeRoot /K [{PdfObjectTable.Reference(kept[rootId])}] /ParentTree {PdfObjectTable.Reference(parentTreeId)} /ParentTreeNextKey {PdfFormat.Integer(nextKey)}");
        var named = kept.Keys.Where(id => IdOf(elements[id]) is not null).Select(id => (IdOf(elements[id])!, kept[id])).ToList();
        if (named.Count > 0)
        {
            root.Append(" /IDTree ").Append(PdfObjectTable.Reference(IdTreeWriter.Write(table, named)));
        }

        table.WriteObject(treeRootId, root.Append(" >>").ToString());
        return treeRootId;
    }

    /// <summary>Reserves object numbers, in reading order, for the element and its descendants that hold content; returns whether it holds any.</summary>
    private bool Keep(int id, Dictionary<int, int> kept, PdfObjectTable table)
    {
        if (!HoldsContent(id) && id != rootId)
        {
            return false;
        }

        kept[id] = table.Reserve();
        foreach (var child in children.GetValueOrDefault(id) ?? [])
        {
            Keep(child, kept, table);
        }

        return true;
    }

    /// <summary>
    /// Whether the element is written: it holds content, or it is a cell of a row that does (an empty cell stays a TD, or
    /// the cells after it would be read in the wrong column: ISO 32000-1 §14.8.4.3.4 reads a table as a regular grid).
    /// </summary>
    private bool HoldsContent(int id) =>
        OwnContent(id) || (IsCell(elements[id]) && elements[id].ParentId is { } row && (children.GetValueOrDefault(row) ?? []).Any(OwnContent));

    private bool OwnContent(int id) => content.ContainsKey(id) || (children.GetValueOrDefault(id) ?? []).Any(HoldsContent);

    private static bool IsCell(StructureElement element) => element.Role is StructureRole.TableHeaderCell or StructureRole.TableDataCell;

    private void WriteElement(PdfObjectTable table, StructureElement element, int objectId, Dictionary<int, int> kept, int treeRootId)
    {
        var parent = element.ParentId is { } p ? kept[p] : treeRootId;
        var dictionary = elementText.Clear().Append("<< /Type /StructElem /S ").Append(PdfFormat.Name(StructureTypes.Of(element.Role)))
            .Append(CultureInfo.InvariantCulture, $" /P {parent} 0 R /K [");
        var first = true;
        foreach (var kid in content.GetValueOrDefault(element.Id) ?? [])
        {
            dictionary.Append(first ? string.Empty : " ");
            kid.AppendTo(dictionary, kept);
            first = false;
        }

        foreach (var child in children.GetValueOrDefault(element.Id) ?? [])
        {
            if (kept.TryGetValue(child, out var childObject) && !IsInline(elements[child]))
            {
                dictionary.Append(first ? string.Empty : " ").Append(CultureInfo.InvariantCulture, $"{childObject} 0 R");
                first = false;
            }
        }

        dictionary.Append(']');
        if (IdOf(element) is { } structureId)
        {
            dictionary.Append(" /ID ").Append(PdfFormat.LiteralString(structureId));
        }

        if (boxes.GetValueOrDefault(element.Id) is { } box)
        {
            dictionary.Append(" /A << /O /Layout /BBox ").Append(box.Rectangle).Append(" >>");
        }

        if (TableAttributes(element) is { } attributes)
        {
            dictionary.Append(" /A ").Append(attributes);
        }

        if (!string.IsNullOrWhiteSpace(element.AltText))
        {
            dictionary.Append(" /Alt ").Append(PdfFormat.TextString(element.AltText));
        }

        if (!string.IsNullOrWhiteSpace(element.Language))
        {
            dictionary.Append(" /Lang ").Append(PdfFormat.TextString(element.Language));
        }

        table.WriteObject(objectId, dictionary.Append(" >>").ToString());
    }

    /// <summary>
    /// A cell's Table attributes (ISO 32000-1 §14.8.5.7, Table 349): a header cell's /Scope, which PDF/UA-1 §7.5
    /// requires of a TH in a table without /Headers (Matterhorn 15-003), and a spanning cell's /ColSpan and /RowSpan.
    /// </summary>
    private static string? TableAttributes(StructureElement element)
    {
        if (!IsCell(element))
        {
            return null;
        }

        var attributes = new StringBuilder();
        if (element.Role == StructureRole.TableHeaderCell)
        {
            attributes.Append(" /Scope /Column");
        }

        if (element.ColumnSpan > 1)
        {
            attributes.Append(" /ColSpan ").Append(PdfFormat.Integer(element.ColumnSpan));
        }

        if (element.RowSpan > 1)
        {
            attributes.Append(" /RowSpan ").Append(PdfFormat.Integer(element.RowSpan));
        }

        return attributes.Length == 0 ? null : "<< /O /Table" + attributes + " >>";
    }

    private StructureElement Element(int id) =>
        elements.TryGetValue(id, out var element) ? element : throw new ArgumentException($"Content refers to structure element {id}, which the document does not define.");

    /// <summary>
    /// PDF/UA-1 §7.9: every Note element carries an /ID, unique because element ids are. Other elements need none.
    /// </summary>
    private static string? IdOf(StructureElement element) =>
        element.Role == StructureRole.Note ? "note-" + element.Id.ToString(CultureInfo.InvariantCulture) : null;

    /// <summary>Inline elements sit among their parent's content, where their own content comes in the page.</summary>
    private static bool IsInline(StructureElement element) => element.Role is StructureRole.Link or StructureRole.Reference or StructureRole.Span;

    /// <summary>
    /// Adds content to an element and, the first time an inline element gets content, the element to its parent's
    /// kids at that point (and so on up while the parent is inline too).
    /// </summary>
    private void AddContent(int id, StructureKid kid)
    {
        Kids(id).Add(kid);
        var element = elements[id];
        while (IsInline(element) && element.ParentId is { } parent && attached.Add(element.Id))
        {
            Kids(parent).Add(StructureKid.Of(element.Id));
            element = elements[parent];
        }
    }

    private List<StructureKid> Kids(int id)
    {
        if (!content.TryGetValue(id, out var list))
        {
            content[id] = list = [];
        }

        return list;
    }
}
