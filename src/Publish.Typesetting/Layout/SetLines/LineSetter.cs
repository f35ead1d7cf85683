using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using Publish.Model.Diagnostics;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Layout.Realize;

namespace Publish.Typesetting.Layout.SetLines;

/// <summary>
/// The second stage of the print layout: each <see cref="ParagraphRequest"/> → its lines. Setting a paragraph is a
/// pure function of its request, so a long book's requests are shared with helper threads: every request is
/// claimed exactly once (free → claimed → done) by whichever thread gets it first; the calling thread takes the
/// requests in order and, reaching one a helper is still setting, sets other free ones meanwhile instead of waiting
/// idle. Each request reports into a bag of its own with its own missing-glyph reporter, so the result — layouts and
/// diagnostics — is the same whoever set what.
/// </summary>
internal sealed class LineSetter
{
    /// <summary>Below this many requests a helper thread costs more than it saves.</summary>
    public const int MinimumRequests = 48;

    /// <summary>More helpers than this gain little: page composition, on the calling thread, is the other half.</summary>
    private const int MaximumHelpers = 3;

    private readonly TypesetterPool _pool;
    private readonly MissingGlyphLedger _ledger;
    private readonly string _language;

    /// <param name="pool">The calling thread's typesetters.</param>
    /// <param name="ledger">Where a missing character is looked up in the manuscript.</param>
    public LineSetter(TypesetterPool pool, MissingGlyphLedger ledger, string language)
    {
        _pool = pool;
        _ledger = ledger;
        _language = language;
    }

    /// <summary>Makes the typesetters of one helper thread; null sets everything on the calling thread.</summary>
    public Func<TypesetterPool>? HelperPools { get; init; }

    /// <summary>How many helpers: null for as many as <see cref="Budget"/> grants (at most three), n exactly n.</summary>
    public int? HelperCount { get; init; }

    /// <summary>The idle cores automatic helpers are taken from.</summary>
    public HelperBudget Budget { get; init; } = new();

    /// <summary>
    /// The requests set, in their order. <paramref name="progress"/> hears the body's share set so far at each of
    /// <paramref name="marks"/>, on this thread.
    /// </summary>
    public ImmutableArray<SetParagraph> Set(ImmutableArray<ParagraphRequest> requests, DiagnosticBag diagnostics, ImmutableArray<ProgressMark> marks = default, Action<double>? progress = null)
    {
        // The hyphenation patterns are shared: whichever thread first asked for a language with none would get the
        // warning. Asking here, on this thread, before any helper starts, keeps it in one place however many run.
        if (requests.FirstOrDefault(r => !r.Content.IsDefaultOrEmpty && StyleMapping.Paragraph(r.Style, r.Measure, _language, r.Indent, r.Hyphenate).Hyphenate) is { } first)
        {
            _pool.Hyphenation?.For(_language, diagnostics, first.Content[0].Span);
        }

        // Likewise each other language a div asks for, at its first paragraph, so its one warning is reported there.
        foreach (var request in requests.Where(r => r.Language is not null && !r.Content.IsDefaultOrEmpty && StyleMapping.Paragraph(r.Style, r.Measure, r.Language, r.Indent, r.Hyphenate).Hyphenate).DistinctBy(r => r.Language, StringComparer.OrdinalIgnoreCase))
        {
            _pool.Hyphenation?.For(request.Language, diagnostics, request.Content[0].Span);
        }

        var jobs = new Job[requests.Length];
        for (var i = 0; i < jobs.Length; i++)
        {
            jobs[i] = new Job(requests[i]);
        }

        using var helpers = new Helpers(this, jobs);
        var results = ImmutableArray.CreateBuilder<SetParagraph>(jobs.Length);
        var mark = 0;
        marks = marks.IsDefault ? [] : marks;
        for (var i = 0; i < jobs.Length; i++)
        {
            results.Add(helpers.Take(jobs[i], _pool));
            for (; mark < marks.Length && marks[mark].Requests <= i + 1; mark++)
            {
                progress?.Invoke(marks[mark].Share);
            }
        }

        for (; mark < marks.Length; mark++)
        {
            progress?.Invoke(marks[mark].Share);
        }

        return results.MoveToImmutable();
    }

    private void Set(Job job, TypesetterPool pool)
    {
        var request = job.Request;
        var diagnostics = new DiagnosticBag();
        try
        {
            var paragraph = request.ParagraphStyle(_language);
            var layout = pool.For(request.Style.Family).Typeset(request.Content, paragraph, diagnostics, MissingGlyphReporter.ForParagraph(_ledger));
            job.Complete(new SetParagraph(layout, diagnostics), null);
        }
#pragma warning disable CA1031 // Not swallowed: carried to the calling thread and rethrown there, where a helper's exception would otherwise end the process.
        catch (Exception e)
#pragma warning restore CA1031
        {
            job.Complete(null, ExceptionDispatchInfo.Capture(e));
        }
    }

    /// <summary>The helper threads of one <see cref="Set(ImmutableArray{ParagraphRequest}, DiagnosticBag, ImmutableArray{ProgressMark}, Action{double}?)"/> call; disposing stops them (unclaimed requests are left) and waits.</summary>
    private sealed class Helpers : IDisposable
    {
        private readonly LineSetter _setter;
        private readonly Job[] _jobs;
        private readonly List<(Thread Thread, TypesetterPool Pool)> _threads = [];
        private readonly int _budgeted;
        private int _cursor;

        public Helpers(LineSetter setter, Job[] jobs)
        {
            _setter = setter;
            _jobs = jobs;
            var count = jobs.Length < MinimumRequests || setter.HelperPools is null ? 0 : setter.HelperCount ?? (_budgeted = setter.Budget.Take(MaximumHelpers));
            for (var i = 0; i < count; i++)
            {
                var pool = setter.HelperPools!();
                var thread = new Thread(() => Help(pool)) { IsBackground = true, Name = "Publish paragraph setter" };
                _threads.Add((thread, pool));
                thread.Start();
            }
        }

        /// <summary>The job's result; <paramref name="pool"/> is the calling thread's own, for what it sets while it waits.</summary>
        public SetParagraph Take(Job job, TypesetterPool pool)
        {
            if (job.TryClaim())
            {
                _setter.Set(job, pool);
            }

            while (!job.IsDone)
            {
                if (ClaimNext() is { } other)
                {
                    _setter.Set(other, pool);
                }
                else
                {
                    job.WaitUntilDone();
                }
            }

            job.Error?.Throw();
            return job.Result!;
        }

        public void Dispose()
        {
            Interlocked.Exchange(ref _cursor, int.MaxValue / 2);
            foreach (var (thread, pool) in _threads)
            {
                thread.Join();
                pool.Dispose();
            }

            _threads.Clear();
            _setter.Budget.Give(_budgeted);
        }

        private void Help(TypesetterPool pool)
        {
            while (ClaimNext() is { } job)
            {
                _setter.Set(job, pool);
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
    }

    /// <summary>One request and its state; the state changes under the job's lock so a waiter cannot miss the completion.</summary>
    private sealed class Job(ParagraphRequest request)
    {
        private const int Free = 0, Claimed = 1, Done = 2;

        // A plain monitor object, not a System.Threading.Lock: waiters need Monitor.Wait/PulseAll.
        private readonly object _gate = new();
        private int _state;

        public ParagraphRequest Request { get; } = request;

        public SetParagraph? Result { get; private set; }

        public ExceptionDispatchInfo? Error { get; private set; }

        public bool IsDone => Volatile.Read(ref _state) == Done;

        public bool TryClaim() => Interlocked.CompareExchange(ref _state, Claimed, Free) == Free;

        public void Complete(SetParagraph? result, ExceptionDispatchInfo? error)
        {
            lock (_gate)
            {
                Result = result;
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
