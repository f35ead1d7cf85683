using System.CommandLine;
using System.Text;
using Publish.Engine;
using Publish.Engine.Output;
using Publish.Manuscript;
using Publish.Manuscript.Export;
using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Cli;

/// <summary>
/// <c>publish import FILE -o OUT.md</c>: converts a manuscript (typically a legacy export) to clean Markdown. The
/// output is checked before anything is read: never the source itself, never anything but a regular file (exit
/// code 2); it is written atomically, and a disk that refuses it is a coded error (exit code 1).
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
            var path = parse.GetValue(file)!;
            var target = parse.GetValue(output)!;
            if ((OutputPathCheck.Refusal(target, [path], []) ?? OutputPathCheck.FolderRefusal(target, null)) is { } reason)
            {
                DiagnosticPrinter.Print([Diagnostic.Error(EngineDiagnosticCodes.OutputPathRefused, SourceSpan.WholeFile(target), $"-o cannot be written here: {reason}; nothing was imported")]);
                return ExitCodes.Usage;
            }

            var result = ManuscriptReader.Read(path, common.ReadOptionsFrom(parse));
            DiagnosticPrinter.Print(result.Diagnostics);
            if (result.HasErrors || result.Document is null)
            {
                return ExitCodes.InputErrors;
            }

            var folder = Path.GetDirectoryName(Path.GetFullPath(target)) ?? ".";
            var markdown = new MarkdownExporter(folder).Export(result.Document);
            try
            {
                AtomicFile.WriteClaimed(target, stream => stream.Write(new UTF8Encoding(false).GetBytes(markdown)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                DiagnosticPrinter.Print([Diagnostic.Error(EngineDiagnosticCodes.OutputNotWritable, SourceSpan.WholeFile(target), $"cannot write the Markdown: {e.Message}")]);
                return ExitCodes.InputErrors;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
