using System.CommandLine;

namespace Publish.Cli;

/// <summary><c>publish completion SHELL</c>: prints the completion script for bash, zsh, fish or PowerShell (<see cref="CompletionScripts"/>).</summary>
internal static class CompletionCommand
{
    public static Command Create()
    {
        var shell = new Argument<string>("shell") { Description = "bash, zsh, fish or powershell." };
        shell.AcceptOnlyFromAmong([.. CompletionScripts.Shells]);
        var command = new Command("completion", "Print the shell completion script for bash, zsh, fish or powershell (see the README for where it goes).");
        command.Arguments.Add(shell);
        command.SetAction(parse =>
        {
            Console.Out.Write(CompletionScripts.For(parse.GetValue(shell)!));
            return ExitCodes.Ok;
        });
        return command;
    }
}
