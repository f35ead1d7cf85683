using System.Collections.Immutable;
using System.Diagnostics;
using Publish.Engine.Books;
using Publish.Engine.Budget;
using Publish.Engine.Caching;
using Publish.Engine.Editions;
using Publish.Engine.Output;
using Publish.Epub;
using Publish.Epub.Books;
using Publish.Manuscript;
using Publish.Model;
using Publish.Model.Books;
using Publish.Model.Diagnostics;
using Publish.Model.Input;
using Publish.Model.Threading;
using Publish.Typesetting.Books;
using Publish.Typesetting.Layout;

namespace Publish.Engine;

/// <summary>
/// The books of a manifest (issue 20): each book's parts read as single manuscripts are (same reading options,
/// containment in the manifest's folder, budget check points), made into one <see cref="Book"/>, laid out and written
/// to <c>OUTPUT/NAME.pdf</c> and <c>OUTPUT/NAME.epub</c> through pending files committed only when the whole book
/// succeeded, so a failing book keeps its previous editions (listed as stale). A part with errors fails the book,
/// with a diagnostic naming the book and the part at the part's line in the manifest.
/// </summary>
public sealed partial class Publisher
{
    /// <summary>The parts no book wants built alone: every book listing them says <c>alone: false</c>.</summary>
    private static HashSet<string> KeptOutOfSingleBuilds(IReadOnlyList<BookEntry> books)
    {
        var alone = books.Where(b => b.Alone).SelectMany(b => b.Manuscripts).Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        return books.Where(b => !b.Alone).SelectMany(b => b.Manuscripts).Select(Path.GetFullPath).Where(p => !alone.Contains(p)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// True (after an error per clash, at the book's name) when a book's editions would take the names of a
    /// manuscript's editions in the same output folder: one would overwrite the other, so nothing is built.
    /// Decided on the whole archive, before sharding, so every shard refuses alike.
    /// </summary>
    private static bool BookEditionsClash(IReadOnlyList<BookEntry> books, ImmutableArray<string> manuscripts, DiagnosticBag diagnostics)
    {
        var byName = manuscripts.GroupBy(p => Path.GetFileNameWithoutExtension(p).ToUpperInvariant(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var clash = false;
        foreach (var book in books)
        {
            if (byName.TryGetValue(book.Name.ToUpperInvariant(), out var manuscript))
            {
                clash = true;
                diagnostics.Error(EngineDiagnosticCodes.BookEditionClash, book.Span,
                    $"the book '{book.Name}' would write {book.Name}.pdf and {book.Name}.epub, the names of the editions of {manuscript} in the same output folder; rename the book (nothing was built)");
            }
        }

        return clash;
    }

    /// <summary>Builds one book; as <see cref="Guarded"/> does for a manuscript, a bug or an overrun fails the book alone.</summary>
    private BookResult GuardedBook(BookEntry entry, BuildRequest request, BuildCache cache, string buildKey, IReadOnlySet<string> builtAlone, Action<string, double>? typesetting, CancellationToken cancellation)
    {
        var label = BookLabel(entry);
        var clock = Stopwatch.StartNew();
        using var budget = new ManuscriptBudget(label, request.Budget ?? BuildBudget.Default, _hooks, cancellation);
        Running.Add(budget);
        BookResult result;
        try
        {
            result = CachedOrBuiltBook(entry, request, cache, buildKey, builtAlone, budget, typesetting);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException) when (budget.Overrun is { } overrun)
        {
            result = FailedBook(entry, request, [overrun.ToDiagnostic()]);
        }
        catch (OutOfMemoryException)
        {
            result = FailedBook(entry, request, [budget.OutOfMemory().ToDiagnostic()]);
        }
#pragma warning disable CA1031 // One book's bug must not stop the other books and manuscripts; it is reported as an internal error.
        catch (Exception e)
#pragma warning restore CA1031
        {
            result = FailedBook(entry, request, [Diagnostic.Error(EngineDiagnosticCodes.InternalError, entry.Span, $"internal error, please report it with this book: {e.GetType().Name}: {e.Message}")]);
        }
        finally
        {
            Running.Remove(budget);
        }

        if (!result.Succeeded)
        {
            cache.RemoveBook(entry.Name);
        }

        return WithBookStale(result with { Elapsed = clock.Elapsed }, request);
    }

    /// <summary>
    /// Where a book's budget and progress are reported: the book's name in the manifest's folder. Its file name is the
    /// book's, so a host abandoning it (<see cref="Abandoned(string, BuildRequest, Diagnostic)"/>) finds its editions.
    /// </summary>
    private static string BookLabel(BookEntry entry) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(entry.Span.File)) ?? string.Empty, entry.Name);

    private BookResult FailedBook(BookEntry entry, BuildRequest request, IEnumerable<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        bag.AddRange(diagnostics);
        return new BookResult(entry.Name, entry.Span, entry.Manuscripts, bag.ToImmutableSorted(), [], request.Formats & ~Available, request.Strict);
    }

    private BookResult BuildBook(BookEntry entry, BuildRequest request, string buildKey, IReadOnlySet<string> builtAlone, ManuscriptBudget budget, Action<string, double>? typesetting, BookPhotoMemory photos)
    {
        budget.Enter(BuildStage.Reading);
        var diagnostics = new DiagnosticBag();
        var partsHashed = entry.Manuscripts.Select(InputHasher.File).ToList();
        var readCache = new BookReadCache(request.OutputFolder, entry.Name, buildKey, read: !request.Force);
        List<BookArticle>? articles;
        ReadResult?[] readAgain;
        using (Imaging.ImageInspectionMemory.Use(photos))
        {
            (articles, readAgain) = ReadParts(entry, request, builtAlone, budget, diagnostics, readCache, partsHashed);
        }

        if (articles is null || Fails(diagnostics, request))
        {
            return FailedBook(entry, request, diagnostics.ToImmutableSorted());
        }

        var date = request.BuildDate ?? articles.Select(a => DateOf(a.Document, a.Document.SourcePath)).Max();
        articles = [.. articles.Select(a => a with { Document = a.Document with { Institution = _style.Footer.InstitutionFor(a.Document, date) } })];
        var book = MakeBook(entry, articles, date) with { Links = BookLinkResolver.Resolve(entry.Name, articles, diagnostics) };
        var articleInputs = BookInputs.PerArticle(partsHashed, entry.Manuscripts, articles, photos.Hash);
        var recording = RecordReadParts(readCache, entry.Manuscripts, articleInputs, readAgain);
        using var articleCache = ArticleCacheFor(entry, request, buildKey, articleInputs, date, book.Metadata.Institution);
        var documents = articles.Select(a => a.Document).ToList();

        budget.Enter(BuildStage.Typesetting);
        var unavailable = request.Formats & ~Available;
        var fontFiles = new FontFileStore();
        BookPrintEdition? print = null;
        if (request.Formats.HasFlag(EditionFormats.Pdf) && Available.HasFlag(EditionFormats.Pdf))
        {
            try
            {
                print = new BookLayout(_style, TypesetterProfile(request.Print)) { FontFiles = fontFiles, Draft = request.Draft, ArticleCache = articleCache }.Layout(book, date, PublishVersion.Producer, diagnostics, share =>
                {
                    budget.Check();
                    typesetting?.Invoke(BookLabel(entry), share);
                });
            }
            catch (InvalidDataException e)
            {
                diagnostics.Error(EngineDiagnosticCodes.EditionInputRefused, entry.Span, $"the book's print layout cannot be made: {e.Message}");
            }
            catch (InputFileException e)
            {
                diagnostics.Error(EngineDiagnosticCodes.EditionInputRefused, entry.Span, $"the book's print layout cannot be made: {RefusedInput(e)}");
            }
        }

        articleCache.Prune();
        var outputs = ImmutableArray.CreateBuilder<EditionOutput>();
        if (!Fails(diagnostics, request))
        {
            budget.Enter(BuildStage.WritingPdf);
            var streams = BookStreamCache.Open(request.OutputFolder, entry.Name, read: !request.Force);
            var cover = new BookCoverMemory(request.OutputFolder, entry.Name, read: !request.Force);
            var zipEntries = BookStreamCache.OpenZipEntries(request.OutputFolder, entry.Name, read: !request.Force);
            var context = new EditionContext(date, diagnostics, print is null ? null : new PrintEdition(print.Document, Model.Pages.PrintPageMap.Empty), fontFiles)
            {
                PrintProfile = request.Print,
                PdfStandard = request.PdfStandard,
                ContentStreams = streams,
            };
            var editions = WriteBookEditions(entry, book, documents, print, context, request, cover, zipEntries);

            // The streams and zip entries are kept by their own keys (a page's values, an entry's bytes), right whatever
            // becomes of this build's editions: saved beside the commit, which mostly waits for the disk.
            var saving = editions.All(e => e.File is not null) ? BackgroundWork.Start(() =>
            {
                streams.Save();
                zipEntries.Save();
                return true;
            }) : null;
            CommitEditions(editions, request, budget, diagnostics, outputs);
            saving?.GetAwaiter().GetResult();
            if (!Fails(diagnostics, request))
            {
                cover.Save();
                photos.Save(BookInputs.Of(articleInputs));
            }
        }

        recording.GetAwaiter().GetResult();
        var summary = new BookSummary(
            entry.Title,
            print?.Document.Pages.Length ?? 0,
            documents.Count,
            documents.Sum(d => d.Notes.Length),
            documents.Sum(ManuscriptInputs.FigureCount));
        return new BookResult(entry.Name, entry.Span, entry.Manuscripts, diagnostics.ToImmutableSorted(), outputs.ToImmutable(), unavailable, request.Strict, summary) { Inputs = BookInputs.Of(articleInputs) };
    }

    /// <summary>
    /// Every part read (in parallel, in the manifest's order) as a single manuscript is read; null when one cannot be
    /// (after a diagnostic naming the book and the part at the part's line). A part's own diagnostics join the book's
    /// unless the part is also built alone in this build, which reports them already (its errors still join: they are
    /// why the book fails).
    /// </summary>
    /// <remarks>
    /// A part unchanged since the last build into this folder is taken from <paramref name="readCache"/> instead (its
    /// containment checked again all the same). The parts read again are in the second array as the reader gave them
    /// (before the metadata override), for <see cref="RecordReadParts"/>; a part taken from the cache is null there.
    /// </remarks>
    private (List<BookArticle>? Articles, ReadResult?[] ReadAgain) ReadParts(BookEntry entry, BuildRequest request, IReadOnlySet<string> builtAlone, ManuscriptBudget budget, DiagnosticBag diagnostics,
        BookReadCache readCache, List<InputRecord> partsHashed)
    {
        var parts = entry.Parts.Where(p => p.Path is not null).ToList();
        var read = new (ReadResult? Read, DiagnosticBag Found)[parts.Count];
        var readAgain = new ReadResult?[parts.Count];
        var options = request.Reading ?? ReadingOptions.Default;
        Parallel.For(0, parts.Count, new ParallelOptions { MaxDegreeOfParallelism = request.Jobs > 0 ? request.Jobs : Environment.ProcessorCount }, i =>
        {
            var path = parts[i].Path!;
            var found = new DiagnosticBag();
            if (Directory.Exists(path))
            {
                found.Error(EngineDiagnosticCodes.BookPartFailed, parts[i].Span, "a book's part is one manuscript file, not a folder");
                read[i] = (null, found);
                return;
            }

            if (ManuscriptDiscovery.Find([path], found, request.Containment).IsEmpty || found.HasErrors)
            {
                read[i] = (null, found);
                return;
            }

            ReadResult result;
            if (readCache.Find(path, partsHashed[i]) is { } recorded)
            {
                result = new ReadResult(recorded.Document, recorded.Document.Dialect, recorded.Diagnostics);
            }
            else
            {
                result = ReadWithin(budget, path, options, _style.Citations);
                readAgain[i] = result;
            }

            if (result.Document is not null && OverrideFor(path, request) is { } metadataOverride)
            {
                result = result with { Document = result.Document with { Metadata = metadataOverride.Apply(result.Document.Metadata) } };
            }

            // A link to another manuscript (PUB1424) is the book's to resolve, or to warn about with its own code.
            found.AddRange(result.Diagnostics.Where(d => d.Code != Manuscript.Markdown.MarkdownDiagnosticCodes.LinkToOtherManuscript));
            read[i] = (result, found);
        });

        var articles = new List<BookArticle>();
        var failed = false;
        for (var i = 0; i < parts.Count; i++)
        {
            var (result, found) = read[i];
            var alone = builtAlone.Contains(Path.GetFullPath(parts[i].Path!));
            diagnostics.AddRange(alone ? found.ToImmutableSorted().Where(d => d.Severity == DiagnosticSeverity.Error) : found.ToImmutableSorted());
            if (result?.Document is not { } document || Fails(found, request))
            {
                failed = true;
                var relative = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(entry.Span.File))!, parts[i].Path!);
                diagnostics.Error(EngineDiagnosticCodes.BookPartFailed, parts[i].Span,
                    $"the book '{entry.Name}' is not built: its part {relative} {(result is null ? "cannot be read" : "has errors")}{(found.HasErrors ? " (above)" : string.Empty)}; its previous editions are kept");
                continue;
            }

            articles.Add(new BookArticle(document, parts[i].Span));
        }

        return (failed ? null : articles, readAgain);
    }

    /// <summary>
    /// The parts read again in this build recorded for the next (<see cref="BookReadCache.Keep"/>) on the thread pool,
    /// beside the layout and the writers; a part with errors is not recorded (its book is not built).
    /// </summary>
    private static Task RecordReadParts(BookReadCache readCache, ImmutableArray<string> paths, ImmutableArray<InputRecord>[] inputs, ReadResult?[] readAgain)
    {
        var fresh = Enumerable.Range(0, paths.Length).Where(i => readAgain[i] is { Document: not null, HasErrors: false }).ToList();
        return Task.Run(() =>
        {
            foreach (var i in fresh)
            {
                readCache.Keep(paths[i], inputs[i], readAgain[i]!.Document!, readAgain[i]!.Diagnostics);
            }

            readCache.Prune(paths);
        });
    }

    /// <summary>
    /// The model of the book: the manifest's metadata (its language, else the first article's; its publisher, else the
    /// first article's), the institution lines the style gives for the book's title, and the parts in order.
    /// </summary>
    private Book MakeBook(BookEntry entry, List<BookArticle> articles, DateTimeOffset date)
    {
        var first = articles[0].Document;
        var asBook = first with { Metadata = first.Metadata with { Title = entry.Title, Subtitle = entry.Subtitle, Authors = entry.Editors } };
        var metadata = new BookMetadata(entry.Name, entry.Title)
        {
            Subtitle = entry.Subtitle,
            Editors = entry.Editors,
            Identifier = entry.Identifier?.Text,
            Publisher = entry.Publisher ?? first.Metadata.Publisher,
            Edition = entry.Edition,
            Language = entry.Language ?? first.Metadata.Language,
            Institution = _style.Footer.InstitutionFor(asBook, date),
        };
        var parts = ImmutableArray.CreateBuilder<BookPart>();
        var next = 0;
        foreach (var part in entry.Parts)
        {
            parts.Add(part.Section is { } title ? new BookSection(title, part.Span) : articles[next++]);
        }

        return new Book(metadata, parts.ToImmutable());
    }

    /// <summary>The book's requested editions, each into its own pending file, side by side.</summary>
    private List<PendingEdition> WriteBookEditions(BookEntry entry, Book book, List<Document> documents, BookPrintEdition? print, EditionContext context, BuildRequest request, ICoverMemory cover, IZipEntryCache zipEntries)
    {
        var jobs = new List<(EditionFormats Format, Action<Stream, DiagnosticBag> Write)>();
        if (print is not null && _writers.FirstOrDefault(w => w.Format == EditionFormats.Pdf) is { } pdf)
        {
            jobs.Add((EditionFormats.Pdf, (stream, bag) => pdf.Write(documents[0], context with { Diagnostics = bag }, stream)));
        }

        if (request.Formats.HasFlag(EditionFormats.Epub) && _writers.OfType<EpubEditionWriter>().FirstOrDefault() is { } epub)
        {
            // The page list comes from the book's PDF when it is made; without it the EPUB has none.
            var pages = print?.ArticlePageMaps ?? [];
            jobs.Add((EditionFormats.Epub, (stream, bag) => bag.AddRange(new EpubBookWriter().Write(book, epub.OptionsFor(documents, context with { Diagnostics = bag }) with { CoverMemory = cover, ZipEntries = zipEntries }, pages, stream))));
        }

        var editions = new PendingEdition[jobs.Count];
        try
        {
            Parallel.For(0, jobs.Count, i => editions[i] = WriteBookEdition(entry, jobs[i].Format, request, jobs[i].Write));
        }
        catch
        {
            // One writer threw past its refusals: the other's finished file is dropped too, never left beside the editions.
            foreach (var written in editions)
            {
                written?.File?.Dispose();
            }

            throw;
        }

        return [.. editions];
    }

    /// <summary>One edition of the book into a pending file, refusals reported as for a manuscript's.</summary>
    private PendingEdition WriteBookEdition(BookEntry entry, EditionFormats format, BuildRequest request, Action<Stream, DiagnosticBag> write)
    {
        var clock = Stopwatch.StartNew();
        var bag = new DiagnosticBag();
        var target = Path.Combine(request.OutputFolder, entry.Name + (format == EditionFormats.Pdf ? ".pdf" : ".epub"));
        var name = format.ToString().ToUpperInvariant();
        PendingFile? file = null;
        try
        {
            file = PendingFile.Create(target, _hooks, edition: true);
            write(file.Stream, bag);
            return new PendingEdition(format, file, bag, file.MeasureAsync(), clock.Elapsed);
        }
        catch (InvalidDataException e)
        {
            file?.Dispose();
            bag.Error(EngineDiagnosticCodes.EditionInputRefused, entry.Span, $"the book's {name} edition cannot be made: {e.Message}");
            return new PendingEdition(format, null, bag, null, clock.Elapsed);
        }
        catch (InputFileException e)
        {
            file?.Dispose();
            bag.Error(EngineDiagnosticCodes.EditionInputRefused, entry.Span, $"the book's {name} edition cannot be made: {RefusedInput(e)}");
            return new PendingEdition(format, null, bag, null, clock.Elapsed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            file?.Dispose();
            bag.Error(EngineDiagnosticCodes.OutputNotWritable, SourceSpan.WholeFile(target), $"cannot write the edition: {e.Message}");
            return new PendingEdition(format, null, bag, null, clock.Elapsed);
        }
        catch
        {
            file?.Dispose();
            throw;
        }
    }

    /// <summary>The book's editions on disk this build did not write, each listed with a diagnostic, as <see cref="WithStale"/> does for a manuscript.</summary>
    private static BookResult WithBookStale(BookResult result, BuildRequest request)
    {
        var written = result.Outputs.Select(o => o.Path).ToHashSet(StringComparer.Ordinal);
        var stale = ImmutableArray.CreateBuilder<EditionOutput>();
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(result.Diagnostics);
        foreach (var (format, extension) in EditionWriters.Kinds)
        {
            var target = Path.Combine(request.OutputFolder, result.Name + extension);
            if (written.Contains(target) || !File.Exists(target) || ExistingEdition(format, target) is not { } kept)
            {
                continue;
            }

            stale.Add(kept);
            if (!result.Succeeded)
            {
                diagnostics.Warning(EngineDiagnosticCodes.StaleEditionKept, SourceSpan.WholeFile(target), "the previous edition of the book is kept, but it no longer matches its parts (listed as stale in the report)");
            }
            else
            {
                diagnostics.Info(EngineDiagnosticCodes.EditionNotRebuilt, SourceSpan.WholeFile(target), "this edition of the book was not rebuilt and may no longer match its parts (listed as stale in the report)");
            }
        }

        return result with { Diagnostics = diagnostics.ToImmutableSorted(), Stale = stale.ToImmutable() };
    }
}
