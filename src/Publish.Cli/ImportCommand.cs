using System.CommandLine;
using System.Text;
using Publish.Engine.Output;
using Publish.Manuscript;
using Publish.Manuscript.Export;

namespace Publish.Cli;

/// <summary><c>publish import FILE -o OUT.md</c>: converts a manuscript (typically a legacy export) to clean Markdown.</summary>
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
            var path = parse.GetValue(file)!;
            var target = parse.GetValue(output)!;
            var result = ManuscriptReader.Read(path, common.ReadOptionsFrom(parse));
            DiagnosticPrinter.Print(result.Diagnostics);
            if (result.HasErrors || result.Document is null)
            {
                return ExitCodes.InputErrors;
            }

            var folder = Path.GetDirectoryName(Path.GetFullPath(target)) ?? ".";
            var markdown = new MarkdownExporter(folder).Export(result.Document);
            AtomicFile.Write(target, stream => stream.Write(new UTF8Encoding(false).GetBytes(markdown)));
            return ExitCodes.Ok;
        });
        return command;
    }
}
