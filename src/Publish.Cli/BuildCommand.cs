using System.Collections.Immutable;
using System.CommandLine;
using System.Diagnostics;
using Publish.Engine;
using Publish.Engine.Budget;
using Publish.Engine.Output;
using Publish.Engine.Reporting;

namespace Publish.Cli;

/// <summary>
/// <c>publish build [PATH…|publish.yaml] -o DIR</c>: writes the PDF and EPUB editions of every manuscript
/// found, in parallel, skipping those whose inputs did not change since the last build.
/// </summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var options = new BuildOptions();
        var report = new Option<string?>("--report") { Description = "Write a JSON report (inputs, editions with sizes and SHA-256, pages, notes, diagnostics, timings) to this file." };
        var command = new Command("build", "Build the PDF and EPUB editions of manuscripts.");
        options.AddTo(command);
        command.Options.Add(report);
        command.SetAction(parse =>
        {
            var request = options.RequestFrom(parse);
            if (request is null)
            {
                return ExitCodes.Usage;
            }

            var clock = Stopwatch.StartNew();
            var quiet = parse.GetValue(options.Quiet);
            var styleDiagnostics = new Model.Diagnostics.DiagnosticBag();
            var houseStyle = StyleResolver.Load(request.StylePath, styleDiagnostics);
            DiagnosticPrinter.Print(styleDiagnostics.ToImmutableSorted(), quiet);
            if (houseStyle is null)
            {
                DiagnosticPrinter.Print(Publisher.WithdrawEditions(request), quiet);
                return ExitCodes.InputErrors;
            }

            var progress = new ProgressDisplay(quiet);
            var publisher = Publisher.Create(houseStyle);
            BuildResult result;
            using (new BudgetWatchdog(publisher.Running, overruns => Abandon(publisher, request, progress, quiet, overruns)))
            {
                result = publisher.Build(request, progress.Finished, count => progress.Total = count, progress.Typesetting);
            }

            progress.Done();
            DiagnosticPrinter.Print(result.BuildDiagnostics, quiet);
            if (parse.GetValue(report) is { } reportPath)
            {
                try
                {
                    AtomicFile.Write(reportPath, stream => stream.Write(BuildReportJson.Write(request, result, clock.Elapsed)));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"{reportPath}: error {EngineDiagnosticCodes.OutputNotWritable}: cannot write the report: {e.Message}");
                    return ExitCodes.InputErrors;
                }
            }

            return ExitCodeOf(result);
        });
        return command;
    }

    /// <summary>
    /// The watchdog found a manuscript stuck in a stage past its budget and grace: .NET cannot stop that thread, so
    /// the process ends here with the errors (exit code 1). The stuck manuscripts' previous editions are removed and
    /// this process's temporary files with them; editions already written atomically stay valid.
    /// </summary>
    internal static void Abandon(Publisher publisher, BuildRequest request, ProgressDisplay progress, bool quiet, ImmutableArray<BudgetOverrun> overruns)
    {
        progress.Done();
        DiagnosticPrinter.Print(overruns.Select(o => o.ToDiagnostic()), quiet);
        foreach (var overrun in overruns)
        {
            DiagnosticPrinter.Print(publisher.RemoveEditionsOf(overrun.Source, request), quiet);
        }

        StaleTemporaryFiles.RemoveOwn(request.OutputFolder);
        Console.Out.Flush();
        Console.Error.Flush();
        Environment.Exit(ExitCodes.InputErrors);
    }

    public static int ExitCodeOf(BuildResult result) =>
        result.Manuscripts.Any(m => m.HasInternalError) ? ExitCodes.Internal
        : result.Succeeded ? ExitCodes.Ok
        : ExitCodes.InputErrors;
}
