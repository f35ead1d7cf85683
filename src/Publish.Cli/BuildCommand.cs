using System.Collections.Immutable;
using System.CommandLine;
using System.Diagnostics;
using Publish.Engine;
using Publish.Engine.Budget;
using Publish.Engine.Editions;
using Publish.Engine.Output;
using Publish.Engine.Reporting;
using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Cli;

/// <summary>
/// <c>publish build [PATH…|publish.yaml] -o DIR</c>: writes the PDF and EPUB editions of every manuscript
/// found, in parallel, skipping those whose inputs did not change since the last build. A configuration error
/// (options, style, report path) is found before any manuscript is read and touches nothing (exit code 2); a
/// manuscript that fails keeps its previous editions, listed as stale in the report (exit code 1).
/// </summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var options = new BuildOptions();
        var report = new Option<string?>("--report") { Description = "Write a JSON report (inputs, editions with sizes and SHA-256, stale editions kept, pages, notes, diagnostics, timings) to this file." };
        var command = new Command("build", "Build the PDF and EPUB editions of manuscripts.");
        options.AddTo(command);
        command.Options.Add(report);
        command.SetAction(parse =>
        {
            using var build = options.BuildFrom(parse);
            if (build is null)
            {
                return ExitCodes.Usage;
            }

            var request = build.Request;
            using var jit = JitProfile.Start(request.OutputFolder);
            var clock = Stopwatch.StartNew();
            var quiet = parse.GetValue(options.Quiet);
            var styleDiagnostics = new DiagnosticBag();
            var publisher = Publisher.For(request, styleDiagnostics);
            DiagnosticPrinter.Print(styleDiagnostics.ToImmutableSorted(), quiet);
            if (publisher is null)
            {
                // A configuration error: no manuscript is read, no edition or cache entry written or removed.
                return ExitCodes.Usage;
            }

            var reportPath = parse.GetValue(report);
            if (reportPath is not null && ReportRefusal(reportPath, build) is { } refusal)
            {
                DiagnosticPrinter.Print([refusal]);
                return ExitCodes.Usage;
            }

            if (build.File is { } target && ForeignFileRefusal(target, parse.GetValue(options.Force)) is { } kept)
            {
                DiagnosticPrinter.Print([kept]);
                return ExitCodes.InputErrors;
            }

            var run = new BuildRun(request, reportPath, clock, new ProgressDisplay(quiet), quiet) { Reported = build.Reported, Deliver = build.Delivered, Cleanup = build.Dispose };
            BuildResult result;
            using (new BudgetWatchdog(publisher.Running, overruns => Abandon(publisher, run, overruns)))
            {
                result = build.Delivered(publisher.Build(request, run.Finished, count => run.Progress.Total = count, run.Progress.Typesetting));
            }

            jit?.Save();

            foreach (var book in result.Books)
            {
                run.Progress.Finished(book);
            }

            run.Progress.Done();
            DiagnosticPrinter.Print(result.BuildDiagnostics, quiet);
            var exit = WriteReport(run, result) ? ExitCodeOf(result) : ExitCodes.InputErrors;
            if (!quiet)
            {
                Console.Error.WriteLine(BuildSummary.Line(result, clock.Elapsed));
            }

            return exit;
        });
        return command;
    }

    /// <summary>
    /// The watchdog found a manuscript stuck in a stage past its budget and grace: .NET cannot stop that thread, so
    /// the process ends here with the errors (exit code 1). The stuck manuscripts (and any others still being built)
    /// keep their previous editions, listed as stale; the report is written when one was asked for; only this
    /// process's own temporary files are removed. Editions already written atomically stay valid.
    /// </summary>
    internal static void Abandon(Publisher publisher, BuildRun run, ImmutableArray<BudgetOverrun> overruns)
    {
        run.Progress.Done();
        var stuck = overruns.Select(o => o.Source).ToHashSet(StringComparer.Ordinal);
        var ended = overruns.Select(o => publisher.Abandoned(o.Source, run.Request, o.ToDiagnostic())).ToList();
        foreach (var other in publisher.Running.Snapshot().Select(b => b.Source).Where(s => !stuck.Contains(s)).Distinct(StringComparer.Ordinal))
        {
            var why = Diagnostic.Error(EngineDiagnosticCodes.BuildEnded, SourceSpan.WholeFile(other), "not built: the watchdog ended the build while another manuscript was stuck past its time limit");
            ended.Add(publisher.Abandoned(other, run.Request, why));
        }

        foreach (var manuscript in ended)
        {
            DiagnosticPrinter.Print(run.Deliver(manuscript).Diagnostics, run.Quiet);
        }

        StaleTemporaryFiles.RemoveOwn(run.Request.OutputFolder);
        run.Cleanup();
        var done = run.Results.Where(r => !ended.Any(e => string.Equals(e.Source, r.Source, StringComparison.Ordinal)));
        WriteReport(run, new BuildResult([.. done.Concat(ended.Select(run.Deliver)).OrderBy(r => r.Source, StringComparer.Ordinal)], []));
        Console.Out.Flush();
        Console.Error.Flush();
        Environment.Exit(ExitCodes.InputErrors);
    }

    public static int ExitCodeOf(BuildResult result) =>
        result.Manuscripts.Any(m => m.HasInternalError) || result.Books.Any(b => b.HasInternalError) ? ExitCodes.Internal
        : result.Succeeded ? ExitCodes.Ok
        : ExitCodes.InputErrors;

    /// <summary>Why the report must not go to <paramref name="path"/>: an input, an edition of this build, not a regular file, a folder that does not exist.</summary>
    private static Diagnostic? ReportRefusal(string path, CommandLineBuild build)
    {
        var request = build.Request;
        var manuscripts = ManuscriptDiscovery.Find(request.Inputs, new DiagnosticBag(), request.Containment);
        // A book's parts are inputs even when `alone: false` keeps them out of the single builds, and its editions
        // (OUTPUT/NAME.pdf, .epub) are this build's as much as the manuscripts' are.
        var parts = request.Books.SelectMany(b => b.Parts).Select(p => p.Path).OfType<string>();
        var inputs = manuscripts.Concat(request.Inputs).Concat(parts).Concat(request.StylePath is { } style ? [style] : []);
        var editions = build.File is { } file
            ? [file.Path]
            : manuscripts.SelectMany(m => EditionWriters.Kinds.Select(k => Path.Combine(request.OutputFolder, Publisher.EditionName(m, k.Extension))))
                .Concat(request.Books.SelectMany(b => EditionWriters.Kinds.Select(k => Path.Combine(request.OutputFolder, b.Name + k.Extension))));
        return (OutputPathCheck.Refusal(path, inputs, editions) ?? OutputPathCheck.FolderRefusal(path, request.OutputFolder)) is { } reason
            ? Diagnostic.Error(EngineDiagnosticCodes.OutputPathRefused, SourceSpan.WholeFile(path), $"--report cannot be written here: {reason}; nothing was built")
            : null;
    }

    /// <summary>
    /// Why the edition must not replace the file at <paramref name="target"/>: it holds something Publish did not write
    /// (<see cref="ExistingEditionFile"/>) and <c>--force</c> was not given. Checked before anything is read, so the
    /// file and everything else stay as they were. An edition Publish wrote is replaced, as a build replaces its
    /// editions in a folder.
    /// </summary>
    private static Diagnostic? ForeignFileRefusal(SingleEditionTarget target, bool force)
    {
        if (force || !File.Exists(target.Path) || ExistingEditionFile.WrittenByPublish(target.Path, target.Format))
        {
            return null;
        }

        var kind = target.Format == EditionFormats.Pdf ? "PDF" : "EPUB";
        return Diagnostic.Error(CliDiagnosticCodes.ForeignFileKept, SourceSpan.WholeFile(target.Path), $"this file is not a {kind} edition Publish wrote, so it was kept as it is and nothing was built; give --force to replace it, or another name");
    }

    /// <summary>Writes the report when one was asked for; false (after printing why) when the disk refused it.</summary>
    private static bool WriteReport(BuildRun run, BuildResult result)
    {
        if (run.ReportPath is not { } path)
        {
            return true;
        }

        try
        {
            AtomicFile.WriteClaimed(path, stream => stream.Write(BuildReportJson.Write(run.Reported ?? run.Request, result, run.Clock.Elapsed)));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            DiagnosticPrinter.Print([Diagnostic.Error(EngineDiagnosticCodes.OutputNotWritable, SourceSpan.WholeFile(path), $"cannot write the report: {e.Message}")]);
            return false;
        }
    }
}
