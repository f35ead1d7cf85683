using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Publish.Engine.Budget;
using Publish.Engine.Caching;
using Publish.Engine.Editions;
using Publish.Engine.Importing;
using Publish.Engine.Inspection;
using Publish.Engine.Manifests;
using Publish.Engine.Output;
using Publish.Manuscript;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Input;
using Publish.Model.Threading;
using Publish.Styles;
using Publish.Typesetting.Layout;
using Publish.Typesetting.Layout.SetLines;

namespace Publish.Engine;

/// <summary>
/// Runs builds: find manuscripts → (take this shard's share) → for each, in parallel: skip it when the cache
/// says its editions are current, else read it and write each requested edition atomically. A failing
/// manuscript never stops the others. Usable as a library: <c>Publisher.For(request, diagnostics)?.Build(request)</c>.
/// It is the engine's one front door: a host (the CLI) speaks only Engine and Model types to it — the style is loaded
/// here, manuscripts are read (<see cref="Inspect"/>) and converted (<see cref="Import"/>) here — so a host never
/// reaches the reader, the typesetter or a writer itself.
/// Thread safety: each manuscript gets its own print layout (HarfBuzz fonts are not shared across threads);
/// the style and the writers' configuration are read only.
/// </summary>
public sealed partial class Publisher
{
    private readonly HouseStyle _style;
    private readonly ImmutableArray<IEditionWriter> _writers;
    private readonly TestHooks _hooks;

    /// <summary>
    /// The idle cores every layout of this publisher draws its helper threads from: an archive's manuscripts are laid
    /// out side by side, and each taking the whole machine would only add switching.
    /// </summary>
    private readonly HelperBudget _idleCores = new();

    internal Publisher(HouseStyle style, IEnumerable<IEditionWriter> writers, TestHooks hooks)
    {
        _style = style;
        _writers = [.. writers];
        _hooks = hooks;
    }

    /// <summary>
    /// A publisher for <paramref name="request"/>: loads its house style (<see cref="BuildRequest.StylePath"/>, else the
    /// default shipped with the tool) with every edition writer this version has. Null when the style does not load,
    /// with the reasons (each at its file, line and column) in <paramref name="diagnostics"/>: a configuration error,
    /// found before any manuscript is read, so nothing is touched.
    /// </summary>
    public static Publisher? For(BuildRequest request, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckFiguresAhead(request);
        return StyleResolver.Load(request.StylePath, request.FontPaths, diagnostics) is { } style ? Create(style, TestHooks.FromEnvironment()) : null;
    }

    /// <summary>
    /// A request for one Markdown manuscript file has its figures' images checked on the idle cores while this thread
    /// loads the style (<see cref="Manuscript.Markdown.FigureImagesAhead"/>): a photo book's checks otherwise wait for the style and the
    /// Markdown parse. An archive's manuscripts are built side by side on every core anyway, so it gets none.
    /// </summary>
    private static void CheckFiguresAhead(BuildRequest request)
    {
        // Not under a manifest: its containment rules (ContainedInputs) are checked when the manuscript is read.
        if (request.Inputs is [var only] && request.Books.Count == 0 && request.Shard is null && request.Containment is null
            && (request.Reading?.Dialect ?? ManuscriptDialect.Markdown) == ManuscriptDialect.Markdown && File.Exists(only))
        {
            _ = Manuscript.Markdown.FigureImagesAhead.Start(only);
        }
    }

    /// <summary>A publisher with every edition writer this version has, for a style already loaded (tests).</summary>
    internal static Publisher Create(HouseStyle style, TestHooks? hooks = null) => new(style, EditionWriters.Create(style), hooks ?? TestHooks.None);

    /// <summary>What the reader understands of one manuscript, without writing anything (<c>publish inspect</c>).</summary>
    public static ManuscriptInspection Inspect(string path, ReadingOptions? options = null) =>
        new(path, ManuscriptReader.Read(path, (options ?? ReadingOptions.Default).ForReader()));

    /// <summary>
    /// Converts one manuscript to canonical Markdown at <paramref name="target"/>, written atomically (<c>publish import</c>).
    /// A target that is the source, not a regular file, or in a folder that does not exist is refused before anything is read.
    /// </summary>
    public static ImportResult Import(string source, string target, ReadingOptions? options = null) =>
        MarkdownImport.Run(source, target, options ?? ReadingOptions.Default);

    /// <summary>The manuscripts being built right now, with their budgets: what a <see cref="BudgetWatchdog"/> watches.</summary>
    public RunningManuscripts Running { get; } = new();

    /// <summary>Formats this build of the tool can write.</summary>
    public EditionFormats Available => _writers.Aggregate(EditionFormats.None, (all, w) => all | w.Format);

    /// <summary>
    /// Builds every manuscript of the request. <paramref name="finished"/> is called once per manuscript as it
    /// completes, possibly from several threads at once (for progress displays); the result lists the
    /// manuscripts in ordinal path order whatever the number of jobs. <paramref name="starting"/> is called once,
    /// before any manuscript is built, with how many will be (this shard's share). <paramref name="typesetting"/>
    /// hears, per manuscript path, the share of its body typeset so far (0–1), for a bar on long books.
    /// <paramref name="cancellation"/> stops the build with <see cref="OperationCanceledException"/>: it is checked before
    /// each manuscript, between its stages, in the reader's steps, as the typesetter progresses and before an edition is
    /// put in place, so a cancelled manuscript replaces none of its editions (those finished before stay, complete).
    /// </summary>
    public BuildResult Build(BuildRequest request, Action<ManuscriptResult>? finished = null, Action<int>? starting = null, Action<string, double>? typesetting = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellation.ThrowIfCancellationRequested();
        var buildDiagnostics = new DiagnosticBag();
        var manuscripts = ManuscriptDiscovery.Find(request.Inputs, buildDiagnostics, request.Containment);
        var books = request.Books;
        if (books.Count > 0)
        {
            // A book with 'alone: false' keeps its parts out of the single builds, even when a folder entry holds them.
            var keptOut = KeptOutOfSingleBuilds(books);
            manuscripts = [.. manuscripts.Where(m => !keptOut.Contains(Path.GetFullPath(m)))];
        }

        if (manuscripts.IsEmpty && books.Count == 0 && !buildDiagnostics.HasErrors)
        {
            buildDiagnostics.Error(EngineDiagnosticCodes.NoManuscriptsFound, SourceSpan.WholeFile(string.Join(", ", request.Inputs)), "no manuscripts (.md, .txt) found");
        }

        if (BookEditionsClash(books, manuscripts, buildDiagnostics))
        {
            return new BuildResult([], buildDiagnostics.ToImmutableSorted());
        }

        // Collisions are decided on the whole archive, so every shard reports the same ones.
        var collisions = OutputNameCollisions(manuscripts);
        var mine = request.Shard is { } shard ? [.. manuscripts.Where(shard.Contains)] : manuscripts;
        var myBooks = request.Shard is { } bookShard ? [.. books.Where(b => bookShard.Contains(b.Name + ".pdf"))] : books.ToList();
        if ((mine.IsEmpty && myBooks.Count == 0) || !EnsureOutputFolder(request.OutputFolder, buildDiagnostics))
        {
            // Nothing to build: the output folder is not even made.
            return new BuildResult([], buildDiagnostics.ToImmutableSorted());
        }

        // This process's temporary files are claimed by a lock file while it builds; only those of ended owners go.
        using var claim = TemporaryOwner.Claim(request.OutputFolder);
        StaleTemporaryFiles.Remove(request.OutputFolder);

        var buildKey = BuildFingerprint.Of(_style, request);
        var cache = new BuildCache(request.OutputFolder);

        var results = new ManuscriptResult[mine.Length];
        var jobs = request.Jobs > 0 ? request.Jobs : Environment.ProcessorCount;
        starting?.Invoke(mine.Length);
        try
        {
            Parallel.For(0, mine.Length, new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellation }, i =>
            {
                var path = mine[i];
                var clock = Stopwatch.StartNew();
                var result = collisions.TryGetValue(path, out var other)
                    ? Collided(path, other, request)
                    : Guarded(path, request, cache, buildKey, typesetting, cancellation);
                results[i] = result with { Elapsed = clock.Elapsed };
                finished?.Invoke(results[i]);
            });
        }
        catch (AggregateException e) when (cancellation.IsCancellationRequested && e.InnerExceptions.All(x => x is OperationCanceledException))
        {
            throw new OperationCanceledException(cancellation);
        }

        // The books after the manuscripts: each lays out many articles and takes the idle cores for itself.
        var builtAlone = manuscripts.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var bookResults = myBooks.Select(book =>
        {
            cancellation.ThrowIfCancellationRequested();
            return GuardedBook(book, request, cache, buildKey, builtAlone, typesetting, cancellation);
        }).ToImmutableArray();
        return new BuildResult([.. results], buildDiagnostics.ToImmutableSorted()) { Books = bookResults };
    }

    /// <summary>
    /// A bug while building one manuscript is reported against it (PUB9001) and the others go on; so is a manuscript
    /// over its budget (PUB7008/PUB7009) and one that ran the process out of memory. Whatever happens, the
    /// manuscript's previous editions are left untouched; those not rebuilt now are listed as stale.
    /// </summary>
    private ManuscriptResult Guarded(string path, BuildRequest request, BuildCache cache, string buildKey, Action<string, double>? typesetting, CancellationToken cancellation)
    {
        using var budget = new ManuscriptBudget(path, request.Budget ?? BuildBudget.Default, _hooks, cancellation);
        Running.Add(budget);
        try
        {
            return WithStale(CachedOrBuilt(path, request, cache, buildKey, typesetting, budget), request, cache);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // The host's cancellation, not a budget: the whole build stops and says so, rather than reporting a failure.
            throw;
        }
        catch (OperationCanceledException) when (budget.Overrun is { } overrun)
        {
            return Abandoned(path, request, overrun.ToDiagnostic(), cache);
        }
        catch (OutOfMemoryException)
        {
            return Abandoned(path, request, budget.OutOfMemory().ToDiagnostic(), cache);
        }
#pragma warning disable CA1031 // One manuscript's bug must not stop an archive's release; it is reported as an internal error.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var why = Diagnostic.Error(EngineDiagnosticCodes.InternalError, SourceSpan.WholeFile(path), $"internal error, please report it with this manuscript: {e.GetType().Name}: {e.Message}");
            return Abandoned(path, request, why, cache);
        }
        finally
        {
            Running.Remove(budget);
        }
    }

    /// <summary>
    /// The result of a manuscript whose build was given up (<paramref name="why"/>: over its budget, a bug, or the
    /// watchdog ending the process): failed, its previous editions untouched and listed as stale, its cache entry
    /// dropped so the next build cannot take them for current. Hosts call it for a manuscript they abandon.
    /// </summary>
    public ManuscriptResult Abandoned(string path, BuildRequest request, Diagnostic why) =>
        Abandoned(path, request, why, new BuildCache(request.OutputFolder));

    private ManuscriptResult Abandoned(string path, BuildRequest request, Diagnostic why, BuildCache cache)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.Add(why);
        var failed = new ManuscriptResult(path, null, diagnostics.ToImmutableSorted(), [], request.Formats & ~Available, request.Strict);
        return WithStale(failed, request, cache);
    }

    /// <summary>
    /// Lists the manuscript's editions on disk that this build did not write — all of them when it failed, else
    /// those of formats not requested — each with a diagnostic. None is removed: an edition is the author's and the
    /// release script's to ship or not; the report says it no longer matches. A failure also drops the cache
    /// entry, so the next build cannot replay it over the stale editions.
    /// </summary>
    private static ManuscriptResult WithStale(ManuscriptResult result, BuildRequest request, BuildCache cache)
    {
        if (!result.Succeeded)
        {
            cache.Remove(Path.GetFileNameWithoutExtension(result.Source));
        }

        var written = result.Outputs.Select(o => o.Path).ToHashSet(StringComparer.Ordinal);
        var stale = ImmutableArray.CreateBuilder<EditionOutput>();
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(result.Diagnostics);
        foreach (var (format, extension) in EditionWriters.Kinds)
        {
            var target = Path.Combine(request.OutputFolder, EditionName(result.Source, extension));
            if (written.Contains(target) || !File.Exists(target) || ExistingEdition(format, target) is not { } kept)
            {
                continue;
            }

            stale.Add(kept);
            if (!result.Succeeded)
            {
                diagnostics.Warning(EngineDiagnosticCodes.StaleEditionKept, SourceSpan.WholeFile(target), "the previous edition is kept, but it no longer matches its manuscript (listed as stale in the report)");
            }
            else
            {
                diagnostics.Info(EngineDiagnosticCodes.EditionNotRebuilt, SourceSpan.WholeFile(target), $"this edition was not rebuilt (--format {(request.Formats == EditionFormats.Pdf ? "pdf" : "epub")}) and may no longer match its manuscript (listed as stale in the report)");
            }
        }

        return stale.Count == 0 ? result with { Stale = [] } : result with { Diagnostics = diagnostics.ToImmutableSorted(), Stale = stale.ToImmutable() };
    }

    /// <summary>An edition left from an earlier build, with its size and SHA-256; null when it cannot be read.</summary>
    private static EditionOutput? ExistingEdition(EditionFormats format, string path)
    {
        try
        {
            // A FIFO or device named like an edition is not read (it would block): it is listed as unreadable.
            using var stream = InputFile.OpenStream(path, long.MaxValue, "kept edition", bufferSize: 0);
            return new EditionOutput(format, path, stream.Length, StreamSha256.Of(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new EditionOutput(format, path, -1, string.Empty);
        }
    }

    private ManuscriptResult CachedOrBuilt(string path, BuildRequest request, BuildCache cache, string buildKey, Action<string, double>? typesetting, ManuscriptBudget budget)
    {
        if (_hooks.InternalErrorIn is { } failing && string.Equals(failing, Path.GetFileName(path), StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{TestHooks.Variable} names this manuscript");
        }

        var name = Path.GetFileNameWithoutExtension(path);
        var manuscriptKey = ManuscriptBuildKey(buildKey, path, request);
        // Under --strict a recorded warning fails the build, so such a hit is rebuilt (and its editions removed).
        if (!request.Force && cache.Load(name) is { } entry && Hit(entry, path, manuscriptKey, request) is { } hit && hit.Succeeded)
        {
            return hit;
        }

        var result = BuildOne(path, request, budget, typesetting);
        if (!result.Succeeded || result.Document is null)
        {
            // A failed build is never cached (its entry is dropped by the caller); the report still names the manuscript it read, with its hash.
            return result;
        }

        var inputs = result.Inputs;
        var key = InputHasher.Key(manuscriptKey, FolderOf(path), inputs);
        var outputs = result.Outputs.Select(o => new CachedOutput(o.Format, o.Path, o.Bytes, File.GetLastWriteTimeUtc(o.Path).Ticks, o.Sha256));
        if (!cache.TrySave(name, new CacheEntry(Path.GetFullPath(path), manuscriptKey, key, inputs, [.. outputs], [.. result.Diagnostics.Select(CachedDiagnostic.From)], result.Summary!), out var why))
        {
            // The editions are in place; without an entry the next build just builds them again.
            var diagnostics = new DiagnosticBag();
            diagnostics.AddRange(result.Diagnostics);
            diagnostics.Info(EngineDiagnosticCodes.CacheNotWritten, SourceSpan.WholeFile(path), $"the build cache entry could not be saved, so the next build rebuilds this manuscript: {why}");
            return result with { Inputs = inputs, Diagnostics = diagnostics.ToImmutableSorted() };
        }

        return result with { Inputs = inputs, CacheKey = key };
    }

    /// <summary>
    /// The recorded editions, when the entry is for this manuscript and build, every input still hashes the
    /// same, and every edition is still on disk as written (same size and time: nobody replaced it).
    /// </summary>
    private ManuscriptResult? Hit(CacheEntry entry, string path, string manuscriptKey, BuildRequest request)
    {
        if (!string.Equals(entry.Source, Path.GetFullPath(path), StringComparison.Ordinal) ||
            !string.Equals(entry.BuildKey, manuscriptKey, StringComparison.Ordinal))
        {
            return null;
        }

        var inputs = entry.Inputs.Select(InputHasher.Refresh).ToImmutableArray();
        if (!string.Equals(InputHasher.Key(manuscriptKey, FolderOf(path), inputs), entry.Key, StringComparison.Ordinal))
        {
            return null;
        }

        var expected = _writers.Where(w => request.Formats.HasFlag(w.Format)).Select(w => Path.Combine(request.OutputFolder, EditionName(path, w.Extension)));
        if (!expected.Order(StringComparer.Ordinal).SequenceEqual(entry.Outputs.Select(o => o.Path).Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            return null;
        }

        foreach (var output in entry.Outputs)
        {
            var info = new FileInfo(output.Path);
            if (!info.Exists || info.Length != output.Bytes || info.LastWriteTimeUtc.Ticks != output.ModifiedTicks)
            {
                return null;
            }
        }

        return new ManuscriptResult(
            path,
            null,
            [.. entry.Diagnostics.Select(d => d.ToDiagnostic())],
            [.. entry.Outputs.Select(o => new EditionOutput(o.Format, o.Path, o.Bytes, o.Sha256))],
            request.Formats & ~Available,
            request.Strict,
            entry.Summary,
            FromCache: true,
            Inputs: inputs,
            CacheKey: entry.Key);
    }

    /// <summary>
    /// The build key plus what decides this manuscript's edition date: without SOURCE_DATE_EPOCH the date may
    /// come from the file's time, so a touched manuscript is rebuilt; the output path, since entries record it.
    /// </summary>
    private static string ManuscriptBuildKey(string buildKey, string path, BuildRequest request)
    {
        var date = request.BuildDate is null
            ? File.GetLastWriteTimeUtc(path).Ticks.ToString(CultureInfo.InvariantCulture)
            : "fixed";
        return string.Join('|', buildKey, date, Path.GetFullPath(request.OutputFolder), OverrideFor(path, request)?.Fingerprint() ?? string.Empty);
    }

    private static MetadataOverride? OverrideFor(string path, BuildRequest request) =>
        request.MetadataOverrides?.GetValueOrDefault(Path.GetFullPath(path));

    private static string FolderOf(string path) => Path.GetDirectoryName(Path.GetFullPath(path))!;

    private ManuscriptResult BuildOne(string path, BuildRequest request, ManuscriptBudget budget, Action<string, double>? typesetting = null)
    {
        budget.Enter(BuildStage.Reading);
        var clock = Stopwatch.StartNew();
        var manuscriptInput = InputHasher.File(path);
        var read = ReadWithin(budget, path, request.Reading ?? ReadingOptions.Default, _style.Citations);
        if (read.Document is not null && OverrideFor(path, request) is { } metadataOverride)
        {
            read = read with { Document = read.Document with { Metadata = metadataOverride.Apply(read.Document.Metadata) } };
        }

        var readTime = clock.Elapsed;
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(read.Diagnostics);
        var outputs = ImmutableArray.CreateBuilder<EditionOutput>();
        var unavailable = request.Formats & ~Available;
        if (read.Document is null || Fails(diagnostics, request))
        {
            return new ManuscriptResult(path, read.Document, diagnostics.ToImmutableSorted(), [], unavailable, request.Strict, Inputs: [manuscriptInput]);
        }

        budget.Enter(BuildStage.Typesetting);
        var date = request.BuildDate ?? DateOf(read.Document, path);

        // One source for the institution lines, so the PDF's footer and the EPUB's colophon agree (issue 19): the
        // manuscript's block, else the style's lines with {year}, {title}, … filled in from this edition's date.
        var document = read.Document with { Institution = _style.Footer.InstitutionFor(read.Document, date) };
        // The inputs' hashes only matter for the cache entry made after the editions: the photos (tens of MB in a
        // long book) are hashed alongside the layout and the writers instead of before them.
        var inputsHashed = BackgroundWork.Start(() => ManuscriptInputs.Of(manuscriptInput, path, document));
        var writers = _writers.Where(w => request.Formats.HasFlag(w.Format)).ToList();

        clock.Restart();

        // The print layout is made only when a requested edition cannot do without it; an edition that merely takes
        // it (the EPUB's page map) gets it when it is made anyway (see PrintLayoutUse).
        PrintEdition? print = null;
        var fontFiles = new FontFileStore();
        try
        {
            print = writers.Any(w => w.PrintLayout == PrintLayoutUse.Required)
                ? new PrintLayout(_style, TypesetterProfile(request.Print)) { FontFiles = fontFiles, IdleCores = _idleCores, Draft = request.Draft }.Layout(document, date, PublishVersion.Producer, diagnostics, share =>
                {
                    budget.Typeset(document, share);
                    typesetting?.Invoke(path, share);
                })
                : null;
        }
        catch (InvalidDataException e)
        {
            // A font file replaced by a damaged one after the style was checked: an input problem, not a crash.
            diagnostics.Error(EngineDiagnosticCodes.EditionInputRefused, SourceSpan.WholeFile(path), $"the print layout cannot be made: {e.Message}");
        }
        catch (InputFileException e)
        {
            // A font or image swapped for a FIFO, a device or a larger file after it was checked: refused unread.
            diagnostics.Error(EngineDiagnosticCodes.EditionInputRefused, SourceSpan.WholeFile(path), $"the print layout cannot be made: {RefusedInput(e)}");
        }

        // Without the layout nobody else looks for characters the fonts lack. The check only adds diagnostics, so
        // it runs beside the writers; what it finds is merged before anything is committed.
        var coverageChecked = print is null && writers.Count > 0 && !diagnostics.HasErrors
            ? BackgroundWork.Start(() => CheckGlyphCoverage(document, fontFiles))
            : Task.FromResult(ImmutableArray<Diagnostic>.Empty);

        var layoutTime = clock.Elapsed;
        var writeTimes = new Dictionary<EditionFormats, TimeSpan>();
        if (!Fails(diagnostics, request))
        {
            // The editions are written side by side: the stage is named after the first (EditionWriters lists the one
            // that usually takes longer first).
            budget.Enter(writers.Count > 0 ? writers[0].Stage : BuildStage.WritingEpub);
            var editions = WriteEditions(writers, document, new EditionContext(date, diagnostics, print, fontFiles) { PrintProfile = request.Print, PdfStandard = request.PdfStandard }, path, request);
            foreach (var edition in editions)
            {
                writeTimes[edition.Format] = edition.Elapsed;
            }

            CommitEditions(editions, request, budget, diagnostics, outputs, () => diagnostics.AddRange(coverageChecked.GetAwaiter().GetResult()));
        }
        else
        {
            diagnostics.AddRange(coverageChecked.GetAwaiter().GetResult());
        }

        // An edition committed before another one failed to commit stays (it is complete and current); the
        // manuscript still fails, and the report lists what was written and what is stale.
        var inputs = inputsHashed.GetAwaiter().GetResult();
        var summary = new ManuscriptSummary(
            document.Metadata.Title,
            print?.Document.Pages.Length ?? 0,
            document.Notes.Length,
            ManuscriptInputs.FigureCount(document),
            document.Bibliography.Length);
        var timings = new StageTimings(readTime, layoutTime, writeTimes.GetValueOrDefault(EditionFormats.Pdf), writeTimes.GetValueOrDefault(EditionFormats.Epub));
        return new ManuscriptResult(path, read.Document, diagnostics.ToImmutableSorted(), outputs.ToImmutable(), unavailable, request.Strict, summary, Inputs: inputs, Timings: timings);
    }

    private ImmutableArray<Diagnostic> CheckGlyphCoverage(Document document, FontFileStore fontFiles)
    {
        var found = new DiagnosticBag();
        Typesetting.Fonts.GlyphCoverage.Report(document, _style, found, fontFiles);
        return found.ToImmutableSorted();
    }

    /// <summary>The typesetter's page-box profile for the one a request names.</summary>
    private static PrintTarget TypesetterProfile(PrintProfile profile) => profile switch
    {
        PrintProfile.Press => PrintTarget.Press,
        _ => PrintTarget.Default,
    };

    /// <summary>Reads the manuscript, stopping at the reader's check points once the time limit has passed.</summary>
    private static ReadResult ReadWithin(ManuscriptBudget budget, string path, ReadingOptions options, CitationDefaults defaults)
    {
        try
        {
            return ManuscriptReader.Read(path, options.ForReader(defaults, budget.Token));
        }
        catch (OperationCanceledException) when (budget.Token.IsCancellationRequested)
        {
            // Records the overrun (charged to the reading stage) and throws it as the other check points do.
            budget.Check();
            throw;
        }
    }

    /// <summary>Whether the manuscript fails: an error, or under <c>--strict</c> a warning. A failing manuscript gets no edition.</summary>
    private static bool Fails(DiagnosticBag diagnostics, BuildRequest request) =>
        diagnostics.HasErrors || (request.Strict && diagnostics.HasWarnings);

    /// <summary>
    /// Writes each requested edition into its own pending file, the editions in parallel (the PDF and the EPUB
    /// share nothing but the read-only document and layout; each reports into its own bag). Nothing is
    /// committed here: the caller decides from all the diagnostics together.
    /// </summary>
    private PendingEdition[] WriteEditions(List<IEditionWriter> writers, Document document, EditionContext shared, string path, BuildRequest request)
    {
        var editions = new PendingEdition[writers.Count];
        try
        {
            Parallel.For(0, writers.Count, i => editions[i] = WriteEdition(writers[i], document, shared, path, request));
        }
        catch (AggregateException e)
        {
            foreach (var edition in editions)
            {
                edition?.File?.Dispose();
            }

            // A bug in a writer: rethrown as itself, so the internal-error report names it rather than the aggregate.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        return editions;
    }

    private PendingEdition WriteEdition(IEditionWriter writer, Document document, EditionContext shared, string path, BuildRequest request)
    {
        var clock = Stopwatch.StartNew();
        var bag = new DiagnosticBag();
        var target = Path.Combine(request.OutputFolder, EditionName(path, writer.Extension));
        PendingFile? file = null;
        try
        {
            file = PendingFile.Create(target, _hooks, edition: true);
            writer.Write(document, shared with { Diagnostics = bag }, file.Stream);
            return new PendingEdition(writer.Format, file, bag, file.MeasureAsync(), clock.Elapsed);
        }
        catch (InvalidDataException e)
        {
            // A writer refusing data the reader let through (an image its decoder rejects): the manuscript's
            // problem, reported as such, not a crash of the tool.
            file?.Dispose();
            bag.Error(EngineDiagnosticCodes.EditionInputRefused, SourceSpan.WholeFile(path), $"the {writer.Format.ToString().ToUpperInvariant()} edition cannot be made: {e.Message}");
            return new PendingEdition(writer.Format, null, bag, null, clock.Elapsed);
        }
        catch (InputFileException e)
        {
            // A font or image the writer opens again, swapped since it was checked (a FIFO, a device, a larger
            // file): the manuscript's input is refused, not the edition's disk.
            file?.Dispose();
            bag.Error(EngineDiagnosticCodes.EditionInputRefused, SourceSpan.WholeFile(path), $"the {writer.Format.ToString().ToUpperInvariant()} edition cannot be made: {RefusedInput(e)}");
            return new PendingEdition(writer.Format, null, bag, null, clock.Elapsed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            file?.Dispose();
            bag.Error(EngineDiagnosticCodes.OutputNotWritable, SourceSpan.WholeFile(target), $"cannot write the edition: {e.Message}");
            return new PendingEdition(writer.Format, null, bag, null, clock.Elapsed);
        }
        catch
        {
            file?.Dispose();
            throw;
        }
    }

    /// <summary>What an <see cref="InputFileException"/> says, with the file it refused (never its content).</summary>
    private static string RefusedInput(InputFileException e) => e.Path is { } refused ? $"{refused} is not read: {e.Message}" : e.Message;

    /// <summary>
    /// Puts a build's pending editions in place, or none: merges what the writers reported (in writer order, so
    /// diagnostics come out the same whichever writer finished first) after <paramref name="merge"/> has added the
    /// build's own, passes a check point, and unless that fails the build commits each edition in turn. Once one cannot
    /// be put in place the build fails: no further edition replaces its previous one. Every pending file is disposed.
    /// </summary>
    private static void CommitEditions(IReadOnlyList<PendingEdition> editions, BuildRequest request, ManuscriptBudget budget, DiagnosticBag diagnostics, ImmutableArray<EditionOutput>.Builder outputs, Action? merge = null)
    {
        try
        {
            merge?.Invoke();
            budget.Check();
            foreach (var edition in editions)
            {
                diagnostics.AddRange(edition.Diagnostics.ToImmutableSorted());
            }

            if (Fails(diagnostics, request))
            {
                return;
            }

            budget.ThrowIfCancelled();
            foreach (var edition in editions)
            {
                if (diagnostics.HasErrors)
                {
                    break;
                }

                Commit(edition, outputs, diagnostics);
            }
        }
        finally
        {
            foreach (var edition in editions)
            {
                edition.File?.Dispose();
            }
        }
    }

    private static void Commit(PendingEdition edition, ImmutableArray<EditionOutput>.Builder outputs, DiagnosticBag diagnostics)
    {
        var file = edition.File!;
        try
        {
            file.Commit();
            var measure = edition.Measure!.GetAwaiter().GetResult();
            outputs.Add(new EditionOutput(edition.Format, file.Target, measure.Bytes, measure.Sha256));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(EngineDiagnosticCodes.OutputNotWritable, SourceSpan.WholeFile(file.Target), $"cannot write the edition: {e.Message}");
        }
    }

    private ManuscriptResult Collided(string path, string other, BuildRequest request)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.Error(EngineDiagnosticCodes.OutputNameCollision, SourceSpan.WholeFile(path), $"its editions would have the same names as those of {other}; rename one of them");
        return new ManuscriptResult(path, null, diagnostics.ToImmutableSorted(), [], request.Formats & ~Available, request.Strict);
    }

    private static bool EnsureOutputFolder(string folder, DiagnosticBag diagnostics)
    {
        if (File.Exists(folder))
        {
            diagnostics.Error(EngineDiagnosticCodes.OutputNotWritable, SourceSpan.WholeFile(folder), "the output folder is a file");
            return false;
        }

        try
        {
            Directory.CreateDirectory(folder);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(EngineDiagnosticCodes.OutputNotWritable, SourceSpan.WholeFile(folder), $"cannot create the output folder: {e.Message}");
            return false;
        }
    }

    public static string EditionName(string manuscriptPath, string extension) =>
        Path.GetFileNameWithoutExtension(manuscriptPath) + extension;

    /// <summary>Manuscripts whose base names collide (case-insensitively, for case-insensitive file systems), mapped to one they collide with.</summary>
    private static Dictionary<string, string> OutputNameCollisions(ImmutableArray<string> manuscripts)
    {
        var collisions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in manuscripts.GroupBy(p => Path.GetFileNameWithoutExtension(p).ToUpperInvariant(), StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var members = group.ToList();
            for (var i = 0; i < members.Count; i++)
            {
                collisions[members[i]] = members[(i + 1) % members.Count];
            }
        }

        return collisions;
    }

    /// <summary>Without SOURCE_DATE_EPOCH: the manuscript's own date, else the file's modification time (UTC).</summary>
    private static DateTimeOffset DateOf(Document document, string path)
    {
        if (document.Metadata.Date is { } date &&
            DateTimeOffset.TryParseExact(date, ["yyyy-MM-dd", "yyyy-MM", "yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return parsed;
        }

        return new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
    }
}
