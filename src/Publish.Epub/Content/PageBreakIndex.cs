using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Pages;

namespace Publish.Epub.Content;

/// <summary>
/// The print page map looked up by block, plus the markers actually written (in reading order) for the page-list.
/// Every page gets an id unique in the book, derived from its label so links stay readable (<c>page-iv</c>, <c>page-12</c>).
/// </summary>
internal sealed class PageBreakIndex
{
    private readonly Dictionary<(ContentRegion Region, int Index), List<PageBreak>> _byBlock = [];
    private readonly PageList _list;
    private readonly HashSet<string> _writtenIds = new(StringComparer.Ordinal);

    /// <summary>The breaks of <paramref name="pages"/>, written into <paramref name="pageList"/> (a book's, shared by its articles) or a list of its own.</summary>
    public PageBreakIndex(PrintPageMap pages, PageList? pageList = null)
    {
        _list = pageList ?? new PageList();
        var ids = _list.TakenIds;
        foreach (var page in pages.Pages)
        {
            var id = UniqueId(page.Label, ids);
            var key = (page.Anchor.Region, page.Anchor.BlockIndex);
            if (!_byBlock.TryGetValue(key, out var list))
            {
                list = [];
                _byBlock[key] = list;
            }

            list.Add(new PageBreak(page.Label, id, Math.Max(0, page.Anchor.TextOffset)));
        }

        foreach (var list in _byBlock.Values)
        {
            list.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        }

        Total = pages.Pages.Length;
    }

    public int Total { get; }

    /// <summary>The markers written so far in the whole page list (a book's: every article's), in reading order.</summary>
    public IReadOnlyList<PageTarget> Written => _list.Written;

    public IReadOnlyList<PageBreak> For(ContentRegion region, int index) =>
        _byBlock.TryGetValue((region, index), out var list) ? list : [];

    public void MarkWritten(PageBreak page, string fileName)
    {
        if (_writtenIds.Add(page.Id))
        {
            _list.Add(new PageTarget(page.Label, fileName, page.Id));
        }
    }

    /// <summary>Reports anchors that point at no block we wrote (a stale or foreign page map).</summary>
    public void ReportUnwritten(DiagnosticBag diagnostics, string sourcePath)
    {
        var missing = _byBlock.Values.SelectMany(l => l).Where(p => !_writtenIds.Contains(p.Id)).Select(p => p.Label).ToImmutableArray();
        if (missing.Length > 0)
        {
            diagnostics.Warning(EpubDiagnosticCodes.PageAnchorOutsideContent, SourceSpan.WholeFile(sourcePath),
                $"{missing.Length.ToString(CultureInfo.InvariantCulture)} print page(s) point outside the content and have no marker: {string.Join(", ", missing)}.");
        }
    }

    private static string UniqueId(string label, HashSet<string> taken)
    {
        var core = new StringBuilder();
        foreach (var c in label.Normalize(NormalizationForm.FormC))
        {
            core.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        var id = "page-" + core;
        for (var n = 2; !taken.Add(id); n++)
        {
            id = "page-" + core + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return id;
    }
}
