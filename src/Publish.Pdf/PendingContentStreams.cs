using System.Text;
using Publish.Pdf.Content;
using Publish.Pdf.Syntax;

namespace Publish.Pdf;

/// <summary>
/// Page content streams waiting to be formatted, compressed and written. Deciding a page's content must follow
/// page order (marked-content ids, structure keys), but formatting the recorded operations and deflating the
/// result are independent work, most of the PDF writer's time; so pages are collected in batches, formatted and
/// deflated in parallel, and written in page order — the bytes are the same whatever the number of cores.
/// A batch bounds the memory held for a long book.
/// </summary>
internal sealed class PendingContentStreams
{
    private const int BatchSize = 64;

    private readonly PdfObjectTable _table;
    private readonly IContentStreamCache? _cache;
    private readonly List<(int Id, PageContent Content)> _pending = new(BatchSize);

    public PendingContentStreams(PdfObjectTable table, IContentStreamCache? cache = null)
    {
        _table = table;
        _cache = cache;
    }

    /// <summary>Reserves the content stream's object number (for the page dictionary) and queues its content.</summary>
    public int Add(PageContent content)
    {
        var id = _table.Reserve();
        _pending.Add((id, content));
        if (_pending.Count == BatchSize)
        {
            Flush();
        }

        return id;
    }

    public void Flush()
    {
        var deflated = new ReadOnlyMemory<byte>[_pending.Count];
        // One text buffer per worker, reused from page to page: a page's operators are a few hundred kilobytes.
        Parallel.For(0, _pending.Count, () => new StringBuilder(), (i, _, text) =>
        {
            deflated[i] = ContentStreamDeflation.Deflate(_pending[i].Content, text, _cache);
            return text;
        }, _ => { });
        for (var i = 0; i < _pending.Count; i++)
        {
            _table.WriteDeflatedStream(_pending[i].Id, string.Empty, deflated[i].Span);
        }

        _pending.Clear();
    }
}
