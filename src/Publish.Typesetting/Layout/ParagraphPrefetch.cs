using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using Publish.Model.Diagnostics;
using Publish.Styles;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Inline;

namespace Publish.Typesetting.Layout;

/// <summary>
/// Sets the paragraphs of a <see cref="ParagraphPlan"/> on helper threads while the flow is built, so a long
/// book's line breaking uses every core. Page composition stays sequential (a page's notes depend on the one
/// before); setting a paragraph does not, it is a pure function of its request.
/// Protocol: every request is claimed exactly once (free → claimed → done) by whichever thread gets it first;
/// the flow thread, asking for a request a helper is still setting, sets other free requests meanwhile instead
/// of waiting idle. Each request reports into a bag of its own with its own missing-glyph reporter, and the
/// flow merges the bags in reading order, so diagnostics and layouts are the same whoever set what.
/// </summary>
internal sealed class ParagraphPrefetch : IDisposable
{
    /// <summary>Below this many paragraphs a helper thread costs more than it saves.</summary>
    public const int MinimumRequests = 48;

    /// <summary>More helpers than this gain little: page composition, on the flow thread, is the other half.</summary>
    private const int MaximumHelpers = 3;

    /// <summary>Automatic helper threads across all layouts of the process: more than the cores only adds switching.</summary>
    private static int s_helpers;

    private readonly Job[] _jobs;
    private readonly Dictionary<object, int> _byKey = new(ReferenceEqualityComparer.Instance);
    private readonly string _language;
    private readonly MissingGlyphLedger _glyphSources;
    private readonly List<(Thread Thread, TypesetterPool Pool, bool Counted)> _helpers = [];
    private int _cursor;

    private ParagraphPrefetch(ImmutableArray<ParagraphRequest> requests, string language, MissingGlyphLedger glyphSources)
    {
        _glyphSources = glyphSources;
        _jobs = [.. requests.Select(r => new Job(r))];
        for (var i = 0; i < _jobs.Length; i++)
        {
            _byKey.TryAdd(requests[i].Key, i);
        }

        _language = language;
    }

    /// <summary>
    /// Starts helpers for the plan: <paramref name="count"/> of them, or with null as many as there are cores left
    /// idle by the other layouts of the process. Null when the plan is too small or no helper is to run.
    /// </summary>
    public static ParagraphPrefetch? Start(ImmutableArray<ParagraphRequest> requests, string language, Func<TypesetterPool> newPool, MissingGlyphLedger glyphSources, int? count = null)
    {
        if (requests.Length < MinimumRequests || count is <= 0)
        {
            return null;
        }

        var prefetch = new ParagraphPrefetch(requests, language, glyphSources);
        while (prefetch._helpers.Count < (count ?? MaximumHelpers) && (count is not null || Interlocked.Increment(ref s_helpers) < Environment.ProcessorCount))
        {
            var pool = newPool();
            var thread = new Thread(() => prefetch.Help(pool)) { IsBackground = true, Name = "Publish paragraph prefetch" };
            prefetch._helpers.Add((thread, pool, Counted: count is null));
            thread.Start();
        }

        if (count is null && prefetch._helpers.Count < MaximumHelpers)
        {
            // The increment that found no idle core.
            Interlocked.Decrement(ref s_helpers);
        }

        return prefetch._helpers.Count == 0 ? null : prefetch;
    }

    /// <summary>
    /// The layout of a planned paragraph with what setting it reported, or null when the flow's request is not
    /// in the plan or differs from it (the caller then sets it itself). <paramref name="pool"/> is the calling
    /// thread's own, used for whatever this thread sets while it waits.
    /// </summary>
    public (ParagraphLayout Layout, DiagnosticBag Diagnostics)? TryTake(object key, TextStyle style, double measure, double indent, bool hyphenate, TypesetterPool pool)
    {
        if (!_byKey.TryGetValue(key, out var index) || !_jobs[index].Request.Matches(style, measure, indent, hyphenate))
        {
            return null;
        }

        var job = _jobs[index];
        if (job.TryClaim())
        {
            Set(job, pool);
        }

        while (!job.IsDone)
        {
            if (ClaimNext() is { } other)
            {
                Set(other, pool);
            }
            else
            {
                job.WaitUntilDone();
            }
        }

        job.Error?.Throw();
        return (job.Result!, job.Diagnostics!);
    }

    /// <summary>Stops the helpers (requests nobody claimed are dropped) and waits for them.</summary>
    public void Dispose()
    {
        Interlocked.Exchange(ref _cursor, int.MaxValue / 2);
        foreach (var (thread, pool, counted) in _helpers)
        {
            thread.Join();
            pool.Dispose();
            if (counted)
            {
                Interlocked.Decrement(ref s_helpers);
            }
        }

        _helpers.Clear();
    }

    private void Help(TypesetterPool pool)
    {
        while (ClaimNext() is { } job)
        {
            Set(job, pool);
        }
    }

    private Job? ClaimNext()
    {
        while (true)
        {
            var index = Interlocked.Increment(ref _cursor) - 1;
            if (index >= _jobs.Length)
            {
                return null;
            }

            if (_jobs[index].TryClaim())
            {
                return _jobs[index];
            }
        }
    }

    private void Set(Job job, TypesetterPool pool)
    {
        var request = job.Request;
        var diagnostics = new DiagnosticBag();
        try
        {
            var paragraph = StyleMapping.Paragraph(request.Style, request.Measure, _language, request.Indent, request.Hyphenate);
            var layout = pool.For(request.Style.Family).Typeset(request.Content, paragraph, diagnostics, new MissingGlyphReporter(_glyphSources));
            job.Complete(layout, diagnostics, null);
        }
#pragma warning disable CA1031 // Not swallowed: carried to the flow thread and rethrown there, where a helper's exception would otherwise end the process.
        catch (Exception e)
#pragma warning restore CA1031
        {
            job.Complete(null, diagnostics, ExceptionDispatchInfo.Capture(e));
        }
    }

    /// <summary>One request and its state; the state changes under the job's lock so a waiter cannot miss the completion.</summary>
    private sealed class Job(ParagraphRequest request)
    {
        private const int Free = 0, Claimed = 1, Done = 2;

        // A plain monitor object, not a System.Threading.Lock: waiters need Monitor.Wait/PulseAll.
        private readonly object _gate = new();
        private int _state;

        public ParagraphRequest Request { get; } = request;

        public ParagraphLayout? Result { get; private set; }

        public DiagnosticBag? Diagnostics { get; private set; }

        public ExceptionDispatchInfo? Error { get; private set; }

        public bool IsDone => Volatile.Read(ref _state) == Done;

        public bool TryClaim() => Interlocked.CompareExchange(ref _state, Claimed, Free) == Free;

        public void Complete(ParagraphLayout? result, DiagnosticBag diagnostics, ExceptionDispatchInfo? error)
        {
            lock (_gate)
            {
                Result = result;
                Diagnostics = diagnostics;
                Error = error;
                Volatile.Write(ref _state, Done);
                Monitor.PulseAll(_gate);
            }
        }

        public void WaitUntilDone()
        {
            lock (_gate)
            {
                while (Volatile.Read(ref _state) != Done)
                {
                    Monitor.Wait(_gate);
                }
            }
        }
    }
}
