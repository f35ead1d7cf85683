using System.CommandLine;
using Publish.Engine;
using Publish.Engine.Budget;

namespace Publish.Cli;

/// <summary>
/// <c>publish watch [PATH…]</c>: builds, then rebuilds whenever a manuscript, image or the style changes,
/// printing what was rebuilt and its diagnostics, until interrupted. Change detection is the build cache
/// itself: every poll is a warm build, which costs a few file-status calls per manuscript, so nothing can be
/// missed the way file-system events miss changes on network or container mounts.
/// </summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var options = new BuildOptions();
        var interval = new Option<double>("--interval") { Description = "Seconds between checks for changes.", DefaultValueFactory = _ => 1.0 };
        var command = new Command("watch", "Rebuild editions whenever their manuscripts change (for authors at work; Ctrl+C stops).");
        options.AddTo(command);
        command.Options.Add(interval);
        command.SetAction(parse =>
        {
            var request = options.RequestFrom(parse);
            if (request is null || parse.GetValue(interval) <= 0)
            {
                return ExitCodes.Usage;
            }

            using var stop = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };
            Console.Out.WriteLine($"publish: watching {string.Join(", ", request.Inputs)} (Ctrl+C stops)");
            while (!stop.IsCancellationRequested)
            {
                // The style is loaded again each round, so editing the style file takes effect too.
                var styleDiagnostics = new Model.Diagnostics.DiagnosticBag();
                var style = StyleResolver.Load(request.StylePath, styleDiagnostics);
                DiagnosticPrinter.Print(styleDiagnostics.ToImmutableSorted());
                if (style is not null)
                {
                    var quiet = parse.GetValue(options.Quiet);
                    var progress = new ProgressDisplay(quiet);
                    var publisher = Publisher.Create(style);

                    // A stage stuck past its budget would stop the watching for good: end it with the error instead.
                    BuildResult result;
                    using (new BudgetWatchdog(publisher.Running, overruns => BuildCommand.Abandon(publisher, request, progress, quiet, overruns)))
                    {
                        result = publisher.Build(request, m =>
                        {
                            if (!m.FromCache)
                            {
                                progress.Finished(m);
                            }
                        });
                    }

                    DiagnosticPrinter.Print(result.BuildDiagnostics);
                }

                stop.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds(parse.GetValue(interval)));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
