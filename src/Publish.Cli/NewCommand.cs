using System.CommandLine;
using Publish.Cli.Templates;
using Publish.Engine.Output;
using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Cli;

/// <summary>
/// <c>publish new NAME</c>: writes a folder NAME holding a manuscript to start from (<see cref="ManuscriptTemplate"/>)
/// that builds without a warning. It never overwrites: when NAME exists at all (a folder, even empty, or a file) it
/// stops with <see cref="CliDiagnosticCodes.NewTargetExists"/> before writing anything (exit code 2). Its date is the
/// build date (<c>SOURCE_DATE_EPOCH</c> when set, so a script's result is reproducible), else today.
/// </summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "The folder to create; the manuscript inside is NAME.md (e.g. my-book → my-book/my-book.md)." };
        var command = new Command("new", "Start a manuscript: a folder with NAME.md (front matter, a note, a figure, a bibliography) and a publish.yaml that builds it.");
        command.Arguments.Add(name);
        command.SetAction(parse => Run(parse.GetValue(name)!));
        return command;
    }

    private static int Run(string folder)
    {
        var stem = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        if (stem.Length == 0 || stem is "." or ".." || stem.StartsWith('-') || stem.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            Console.Error.WriteLine($"publish: new: '{folder}' is not a name for a manuscript folder (a name like my-book)");
            return ExitCodes.Usage;
        }

        DateTimeOffset date;
        try
        {
            date = BuildClock.FromEnvironmentValue(Environment.GetEnvironmentVariable(BuildClock.Variable)) ?? DateTimeOffset.UtcNow;
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine($"publish: {e.Message}");
            return ExitCodes.Usage;
        }

        if (Path.Exists(folder) || new FileInfo(folder).LinkTarget is not null)
        {
            Refuse(CliDiagnosticCodes.NewTargetExists, folder, "it already exists; publish new never writes into an existing folder or over a file (choose another name)");
            return ExitCodes.Usage;
        }

        var parent = Path.GetDirectoryName(Path.GetFullPath(folder))!;
        if (!Directory.Exists(parent))
        {
            Refuse(CliDiagnosticCodes.NewNotWritable, folder, $"its folder {parent} does not exist; nothing was written");
            return ExitCodes.Usage;
        }

        try
        {
            // CreateDirectory succeeds on a folder made in between; the files are then created with CreateNew, which
            // refuses any that appeared meanwhile, so nothing of anyone else's is ever replaced.
            Directory.CreateDirectory(folder);
            foreach (var (path, bytes) in ManuscriptTemplate.Files(stem, date))
            {
                var target = Path.Combine(folder, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                using var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
                file.Write(bytes);
                Console.Out.WriteLine($"  wrote {target}");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Refuse(CliDiagnosticCodes.NewNotWritable, folder, $"cannot write the new manuscript: {e.Message}");
            return ExitCodes.InputErrors;
        }

        Console.Out.WriteLine($"Created {folder}/: build it with `cd {folder} && publish build` (editions in {folder}/output/).");
        return ExitCodes.Ok;
    }

    private static void Refuse(string code, string folder, string message) =>
        DiagnosticPrinter.Print([Diagnostic.Error(code, SourceSpan.WholeFile(folder), message)]);
}
