using System.Collections.Immutable;
using Publish.Engine.Budget;
using Publish.Engine.Editions;
using Publish.Engine.InMemory;
using Publish.Manuscript;
using Publish.Manuscript.Input;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Input;
using Publish.Model.Threading;
using Publish.Styles;
using Publish.Typesetting.Layout;

namespace Publish.Engine;

/// <summary>
/// Builds from memory: a manuscript stream in, the editions as streams out, for a host that has no files to give (a web
/// service). The same reader, layout and writers as <see cref="Build"/>, so the same manuscript, style and date give
/// the same bytes as the tool. Nothing of the caller's file system is read: the manuscript is decoded from the stream,
/// and figures come only from <see cref="PublishOptions.Figures"/>, which are put in a private temporary folder for the
/// build's length (the image checks and writers take files) and removed with it.
/// </summary>
public sealed partial class Publisher
{
    /// <summary>A publisher with every edition writer this version has, for a style already loaded (e.g. <see cref="HouseStyle.Default"/>).</summary>
    public static Publisher For(HouseStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        return Create(style);
    }

    /// <summary>
    /// Builds the editions of one manuscript read from <paramref name="manuscript"/> with <paramref name="style"/>.
    /// <paramref name="fileName"/> names it in diagnostics and gives its dialect (<c>.md</c> Markdown, else the legacy
    /// export; <see cref="ReadingOptions.Dialect"/> overrides). Bad input is reported in the result, never thrown.
    /// Throws <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> is cancelled (checked
    /// between stages, in the reader's steps and as the typesetter progresses), and then hands back nothing.
    /// </summary>
    public static Task<PublishResult> PublishAsync(Stream manuscript, string fileName, HouseStyle style, PublishOptions? options = null, CancellationToken cancellationToken = default) =>
        For(style).PublishAsync(manuscript, fileName, options, cancellationToken);

    /// <summary>
    /// Builds the editions of one manuscript read from <paramref name="manuscript"/> with this publisher's style (see
    /// <see cref="PublishAsync(Stream, string, HouseStyle, PublishOptions, CancellationToken)"/>).
    /// </summary>
    public async Task<PublishResult> PublishAsync(Stream manuscript, string fileName, PublishOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manuscript);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        if (!string.Equals(Path.GetFileName(fileName), fileName, StringComparison.Ordinal))
        {
            throw new ArgumentException("a file name without a folder (it names the manuscript in diagnostics and gives its dialect)", nameof(fileName));
        }

        options ??= PublishOptions.Default;
        var bytes = await ReadManuscriptAsync(manuscript, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            var tooLarge = new DiagnosticBag();
            tooLarge.Error(EngineDiagnosticCodes.InMemoryManuscriptTooLarge, SourceSpan.WholeFile(fileName), $"the manuscript is larger than {InputDiagnosticLimits.MaxManuscriptBytes / (1024 * 1024)} MiB");
            return new PublishResult(tooLarge.ToImmutableSorted(), null, null, options.Strict);
        }

        // The layout and writers are CPU work: off the caller's thread, so a server's request thread is not held.
        return await Task.Run(() => PublishFromMemory(bytes, fileName, options, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Builds as <see cref="PublishAsync(Stream, string, PublishOptions, CancellationToken)"/> does, the editions
    /// whose target is not null, and copies each into its target only when the whole build succeeded: a failed or
    /// cancelled build writes nothing into either. The result's own streams are null.
    /// </summary>
    public async Task<PublishResult> PublishAsync(Stream manuscript, string fileName, Stream? pdf, Stream? epub, PublishOptions? options = null, CancellationToken cancellationToken = default)
    {
        var formats = (pdf is null ? EditionFormats.None : EditionFormats.Pdf) | (epub is null ? EditionFormats.None : EditionFormats.Epub);
        if (formats == EditionFormats.None)
        {
            throw new ArgumentException("give a stream for the PDF, the EPUB or both");
        }

        var result = await PublishAsync(manuscript, fileName, (options ?? PublishOptions.Default) with { Formats = formats }, cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (made, target) in new[] { (result.Pdf, pdf), (result.Epub, epub) })
            {
                if (made is not null && target is not null)
                {
                    await made.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        return result with { Pdf = null, Epub = null };
    }

    /// <summary>The stream's bytes, or null when they pass the manuscript size limit (read no further than one byte past it).</summary>
    private static async Task<byte[]?> ReadManuscriptAsync(Stream manuscript, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await manuscript.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            copy.Write(buffer, 0, read);
            if (copy.Length > InputDiagnosticLimits.MaxManuscriptBytes)
            {
                return null;
            }
        }

        return copy.ToArray();
    }

    private PublishResult PublishFromMemory(byte[] bytes, string fileName, PublishOptions options, CancellationToken cancellationToken)
    {
        // Created on the thread that builds: the budget is also the decode-memory admission of the images (DecodeMemory.Current).
        using var budget = new ManuscriptBudget(fileName, options.Budget ?? BuildBudget.Default);
        using var figures = FigureFolder.Create(options.Figures);
        var diagnostics = new DiagnosticBag();
        try
        {
            return BuildInMemory(bytes, fileName, options, figures, budget, diagnostics, cancellationToken);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && budget.Overrun is { } overrun)
        {
            diagnostics.Add(overrun.ToDiagnostic());
            return new PublishResult(diagnostics.ToImmutableSorted(), null, null, options.Strict);
        }
        catch (OutOfMemoryException)
        {
            diagnostics.Add(budget.OutOfMemory().ToDiagnostic());
            return new PublishResult(diagnostics.ToImmutableSorted(), null, null, options.Strict);
        }
    }

    private PublishResult BuildInMemory(byte[] bytes, string fileName, PublishOptions options, FigureFolder figures, ManuscriptBudget budget, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        bool Fails() => diagnostics.HasErrors || (options.Strict && diagnostics.HasWarnings);
        PublishResult Failed() => new(diagnostics.ToImmutableSorted(), null, null, options.Strict);
        void Stage(BuildStage stage)
        {
            cancellationToken.ThrowIfCancellationRequested();
            budget.Enter(stage);
        }

        Stage(BuildStage.Reading);
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        var text = ManuscriptLoader.FromBytes(fileName, Path.Combine(figures.Path, fileName), bytes, options.Reading.Encoding, diagnostics);
        ReadResult read;
        try
        {
            read = ManuscriptReader.Read(text, options.Reading.Dialect ?? ManuscriptReader.DialectOf(fileName), diagnostics, reading.Token, options.Reading.CitationsWith(_style.Citations));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            budget.Check();
            throw;
        }

        // The reader's bag was the one given: its diagnostics are in it already; read.Diagnostics repeats them.
        if (read.Document is not { } document || Fails())
        {
            return Failed();
        }

        foreach (var figure in DocumentWalker.Figures(document.FrontMatter.Concat(document.Body)).Where(f => f.MissingFile is not null))
        {
            diagnostics.Info(EngineDiagnosticCodes.InMemoryFigureNotGiven, figure.Span, $"an in-memory build reads no file: give '{figure.MissingFile}' in PublishOptions.Figures to set this figure's image");
        }

        Stage(BuildStage.Typesetting);
        var date = options.BuildDate ?? DateFromMetadata(document) ?? DateTimeOffset.UtcNow;
        var writers = _writers.Where(w => options.Formats.HasFlag(w.Format)).ToList();
        var fontFiles = new FontFileStore();
        PrintEdition? print = null;
        try
        {
            print = writers.Any(w => w.PrintLayout == PrintLayoutUse.Required)
                ? new PrintLayout(_style, TypesetterProfile(options.Print)) { FontFiles = fontFiles, IdleCores = _idleCores, Draft = options.Draft }.Layout(document, date, PublishVersion.Producer, diagnostics, share =>
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    budget.Typeset(document, share);
                })
                : null;
        }
        catch (Exception e) when (e is InvalidDataException or InputFileException)
        {
            diagnostics.Error(EngineDiagnosticCodes.EditionInputRefused, SourceSpan.WholeFile(fileName), $"the print layout cannot be made: {e.Message}");
        }

        if (print is null && writers.Count > 0 && !diagnostics.HasErrors)
        {
            diagnostics.AddRange(CheckGlyphCoverage(document, fontFiles));
        }

        if (Fails())
        {
            return Failed();
        }

        Stage(writers.Count > 0 ? writers[0].Stage : BuildStage.WritingEpub);
        var context = new EditionContext(date, diagnostics, print, fontFiles) { PrintProfile = options.Print, PdfStandard = options.PdfStandard };
        var made = WriteToMemory(writers, document, context, fileName);
        foreach (var (_, _, bag) in made)
        {
            diagnostics.AddRange(bag.ToImmutableSorted());
        }

        cancellationToken.ThrowIfCancellationRequested();
        budget.Check();
        if (Fails())
        {
            return Failed();
        }

        Stream? Edition(EditionFormats format) =>
            made.FirstOrDefault(m => m.Format == format).Bytes is { } edition ? new MemoryStream(edition, writable: false) : null;
        return new PublishResult(diagnostics.ToImmutableSorted(), Edition(EditionFormats.Pdf), Edition(EditionFormats.Epub), options.Strict);
    }

    /// <summary>Each requested edition written into memory, side by side, each reporting into its own bag (merged in writer order).</summary>
    private static (EditionFormats Format, byte[]? Bytes, DiagnosticBag Diagnostics)[] WriteToMemory(List<IEditionWriter> writers, Document document, EditionContext shared, string fileName)
    {
        var made = new (EditionFormats, byte[]?, DiagnosticBag)[writers.Count];
        try
        {
            Parallel.For(0, writers.Count, i =>
            {
                var writer = writers[i];
                var bag = new DiagnosticBag();
                try
                {
                    using var output = new MemoryStream();
                    writer.Write(document, shared with { Diagnostics = bag }, output);
                    made[i] = (writer.Format, output.ToArray(), bag);
                }
                catch (Exception e) when (e is InvalidDataException or InputFileException)
                {
                    bag.Error(EngineDiagnosticCodes.EditionInputRefused, SourceSpan.WholeFile(fileName), $"the {writer.Format.ToString().ToUpperInvariant()} edition cannot be made: {e.Message}");
                    made[i] = (writer.Format, null, bag);
                }
            });
        }
        catch (AggregateException e)
        {
            // A bug in a writer (or a budget stop) surfaces as itself, not as the aggregate.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        return made;
    }

    /// <summary>The manuscript's own date, when it gives one the editions can carry.</summary>
    private static DateTimeOffset? DateFromMetadata(Document document) =>
        document.Metadata.Date is { } date &&
        DateTimeOffset.TryParseExact(date, ["yyyy-MM-dd", "yyyy-MM", "yyyy"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : null;
}
