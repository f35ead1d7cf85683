using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Publish.Engine;
using Publish.Engine.Budget;
using Publish.Model.Diagnostics;

namespace Publish.Cli;

/// <summary>
/// <c>publish watch [PATH…]</c>: builds, then rebuilds whenever a manuscript, image or the style changes,
/// printing what was rebuilt and its diagnostics, until interrupted. Change detection is the build cache
/// itself: every poll is a warm build, which costs a few file-status calls per manuscript, so nothing can be
/// missed the way file-system events miss changes on network or container mounts. A manuscript with an error keeps
/// its last good editions; its diagnostics are printed once per change, not at every poll.
/// </summary>
internal static class WatchCommand
{
    /// <summary>The longest interval between polls (an hour): anything longer is a typo, not a wish.</summary>
    private const double MaxIntervalSeconds = 3600;

    public static Command Create()
    {
        var options = new BuildOptions();
        var interval = new Option<double?>("--interval")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"Seconds between checks for changes (default 1; from {NumberParsers.MinSeconds} to {MaxIntervalSeconds:0})."),
            CustomParser = NumberParsers.Seconds("--interval", MaxIntervalSeconds, zeroIsNoLimit: false),
        };
        var command = new Command("watch", "Rebuild editions whenever their manuscripts change (for authors at work; Ctrl+C stops).");
        options.AddTo(command);
        command.Options.Add(interval);
        command.SetAction(parse =>
        {
            var request = options.RequestFrom(parse);
            if (request is null)
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
            var quiet = parse.GetValue(options.Quiet);
            var pause = TimeSpan.FromSeconds(parse.GetValue(interval) ?? 1);
            var shown = new ShownOnce();
            while (!stop.IsCancellationRequested)
            {
                // The style is loaded again each round, so editing the style file takes effect too.
                var styleDiagnostics = new DiagnosticBag();
                var publisher = Publisher.For(request, styleDiagnostics);
                shown.Print("style", styleDiagnostics.ToImmutableSorted(), quiet);
                if (publisher is not null)
                {
                    var progress = new ProgressDisplay(quiet);
                    var run = new BuildRun(request, null, Stopwatch.StartNew(), progress, quiet);

                    // A stage stuck past its budget would stop the watching for good: end it with the error instead.
                    BuildResult result;
                    using (new BudgetWatchdog(publisher.Running, overruns => BuildCommand.Abandon(publisher, run, overruns)))
                    {
                        result = publisher.Build(request, m => run.Finished(m, _ =>
                        {
                            // A cache hit is no news; a failure repeated on unchanged input is not either.
                            if (!m.FromCache && shown.IsNew(m))
                            {
                                progress.Finished(m);
                            }
                        }));
                    }

                    shown.Print("build", result.BuildDiagnostics, quiet);
                }

                stop.Token.WaitHandle.WaitOne(pause);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
