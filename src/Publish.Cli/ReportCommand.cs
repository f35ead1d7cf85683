using System.CommandLine;
using Publish.Engine;
using Publish.Engine.Output;
using Publish.Engine.Reporting;
using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Cli;

/// <summary>
/// <c>publish report merge r1.json r2.json … -o all.json</c>: one report from the reports of a sharded build
/// (<see cref="ReportMerge"/>). Reports that cannot be merged (not a build report, another <c>schemaVersion</c>,
/// overlapping manuscripts) are errors at the report and exit code 2 with nothing written, as for any configuration
/// mistake; the output is never one of the reports, and is written atomically.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var reports = new Argument<string[]>("reports") { Description = "The reports to merge (publish build --report), one per shard.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "The merged report to write.", Required = true };
        var merge = new Command("merge", "Merge the JSON reports of a sharded build (--shard I/N) into one.");
        merge.Arguments.Add(reports);
        merge.Options.Add(output);
        merge.SetAction(parse => Merge(parse.GetValue(reports)!, parse.GetValue(output)!));
        var command = new Command("report", "Work with the JSON reports of builds.");
        command.Subcommands.Add(merge);
        return command;
    }

    private static int Merge(string[] reports, string output)
    {
        if ((OutputPathCheck.Refusal(output, reports, []) ?? OutputPathCheck.FolderRefusal(output, null)) is { } reason)
        {
            DiagnosticPrinter.Print([Diagnostic.Error(EngineDiagnosticCodes.OutputPathRefused, SourceSpan.WholeFile(output), $"-o cannot be written here: {reason}; nothing was merged")]);
            return ExitCodes.Usage;
        }

        var result = ReportMerge.Merge(reports, ReportPaths.FromWorkingFolder());
        DiagnosticPrinter.Print(result.Diagnostics);
        if (result.Json is not { } json)
        {
            return ExitCodes.Usage;
        }

        try
        {
            AtomicFile.WriteClaimed(output, stream => stream.Write(json));
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            DiagnosticPrinter.Print([Diagnostic.Error(EngineDiagnosticCodes.OutputNotWritable, SourceSpan.WholeFile(output), $"cannot write the merged report: {e.Message}")]);
            return ExitCodes.InputErrors;
        }
    }
}
