using Publish.Pdf.Syntax;

namespace Publish.Pdf;

/// <summary>
/// Page content streams waiting to be compressed and written. Building a page's content must follow page order
/// (marked-content ids, structure keys), but deflating it is independent work that took a sixth of the PDF
/// writer's time; so pages are collected in batches, deflated in parallel, and written in page order — the
/// bytes are the same whatever the number of cores. A batch bounds the memory held for a long book.
/// </summary>
internal sealed class PendingContentStreams
{
    private const int BatchSize = 64;

    private readonly PdfObjectTable _table;
    private readonly List<(int Id, byte[] Content)> _pending = new(BatchSize);

    public PendingContentStreams(PdfObjectTable table)
    {
        _table = table;
    }

    /// <summary>Reserves the content stream's object number (for the page dictionary) and queues its bytes.</summary>
    public int Add(byte[] content)
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
        var deflated = new byte[_pending.Count][];
        Parallel.For(0, _pending.Count, i => deflated[i] = PdfObjectTable.Deflate(_pending[i].Content));
        for (var i = 0; i < _pending.Count; i++)
        {
            _table.WriteDeflatedStream(_pending[i].Id, string.Empty, deflated[i]);
        }

        _pending.Clear();
    }
}
