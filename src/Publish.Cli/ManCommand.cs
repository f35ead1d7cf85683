using System.CommandLine;

namespace Publish.Cli;

/// <summary><c>publish man</c>: prints the manual page (<see cref="ManPage"/>); <c>publish man | man -l -</c> reads it.</summary>
internal static class ManCommand
{
    public static Command Create(RootCommand root)
    {
        var command = new Command("man", "Print the manual page in roff (read it with: publish man | man -l -).");
        command.SetAction(_ =>
        {
            Console.Out.Write(ManPage.Write(root));
            return ExitCodes.Ok;
        });
        return command;
    }
}
