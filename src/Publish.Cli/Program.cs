using System.CommandLine;
using System.CommandLine.Completions;

namespace Publish.Cli;

internal static class Program
{
    /// <summary>
    /// Every command with its arguments and options: what <see cref="Main"/> parses, and what a test parses the command
    /// lines of the documentation's CI examples with, so they cannot drift from the tool.
    /// </summary>
    internal static RootCommand Commands()
    {
        var root = new RootCommand("Publish: print PDF and EPUB 3 editions from one manuscript.");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(WatchCommand.Create());
        root.Subcommands.Add(InspectCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(CompletionCommand.Create());
        root.Subcommands.Add(CiteCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        // The man page is made from the commands above: keep it last.
        root.Subcommands.Add(ManCommand.Create(root));
        return root;
    }

    public static int Main(string[] args)
    {
        Engine.StartupWarmUp.Start();
        var root = Commands();
        var parse = root.Parse(args);
        // `[suggest:N] "publish bu"` (what the completion scripts send) answers with the candidates for an unfinished
        // line: its words are not a command to check, the directive's own action prints the suggestions.
        var suggesting = root.Directives.OfType<SuggestDirective>().Any(d => parse.GetResult(d) is not null);
        var unknown = suggesting ? [] : UnknownOptions.Find(parse);
        if (!suggesting && (unknown.Count > 0 || parse.Errors.Count > 0))
        {
            foreach (var message in unknown)
            {
                Console.Error.WriteLine($"publish: {message}");
            }

            // System.CommandLine's own "Unrecognized command or argument" repeats what was just said, without the hint.
            foreach (var error in parse.Errors.Where(e => unknown.Count == 0 || !(e.Message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal) || e.Message.StartsWith("Required command", StringComparison.Ordinal))))
            {
                Console.Error.WriteLine($"publish: {error.Message}");
            }

            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
#pragma warning disable CA1031 // The last line of defence: a bug must give exit code 3 and a message, not a .NET crash dump.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"publish: internal error PUB9001: {e.GetType().Name}: {e.Message}");
            Console.Error.WriteLine("This is a bug in Publish; please report it with the manuscript.");
            Console.Error.WriteLine(e.StackTrace);
            return ExitCodes.Internal;
        }
    }
}
