using System.CommandLine;
using Publish.Engine;
using Publish.Engine.Importing;

namespace Publish.Cli;

/// <summary>
/// <c>publish import FILE -o OUT.md</c>: converts a manuscript (typically a legacy export) to clean Markdown through
/// the engine (<see cref="Publisher.Import"/>). The output is checked before anything is read: never the source itself,
/// never anything but a regular file (exit code 2); it is written atomically, and a disk that refuses it is a coded
/// error (exit code 1).
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The manuscript to convert." };
        var output = new Option<string>("--output", "-o") { Description = "The Markdown file to write.", Required = true };
        var common = new CommonOptions();
        var command = new Command("import", "Convert a manuscript to canonical Markdown with front matter.");
        command.Arguments.Add(file);
        command.Options.Add(output);
        common.AddTo(command);
        command.SetAction(parse =>
        {
            var result = Publisher.Import(parse.GetValue(file)!, parse.GetValue(output)!, common.ReadingOptionsFrom(parse));
            DiagnosticPrinter.Print(result.Diagnostics);
            return result.Outcome switch
            {
                ImportOutcome.Written => ExitCodes.Ok,
                ImportOutcome.TargetRefused => ExitCodes.Usage,
                _ => ExitCodes.InputErrors,
            };
        });
        return command;
    }
}
