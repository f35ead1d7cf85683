using System.Diagnostics;

namespace Publish.Engine.Tests.Cli;

/// <summary>
/// <c>publish completion SHELL</c> (issue 19): the bash script, sourced in a real bash with the variables bash sets
/// for a completion function (COMP_LINE, COMP_POINT, COMP_WORDS, COMP_CWORD), completes from the command definitions
/// through the <c>[suggest]</c> directive. The <c>publish</c> it calls is a shim on PATH that runs this build's CLI.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class CompletionScriptTests
{
    [Theory]
    [InlineData("publish bu", "build")]
    [InlineData("publish build --pdf-p", "--pdf-profile")]
    [InlineData("publish completion f", "fish")]
    [InlineData("publish ma", "man")]
    public void Bash_completes_the_word_under_the_cursor(string line, string expected)
    {
        var candidates = CompleteInBash(line);

        Assert.Equal([expected], candidates);
    }

    [Fact]
    public void Bash_offers_every_command_after_the_program_name()
    {
        var candidates = CompleteInBash("publish ");

        Assert.Superset(new HashSet<string>(["build", "watch", "inspect", "import", "new", "completion", "man"], StringComparer.Ordinal), candidates.ToHashSet(StringComparer.Ordinal));
        Assert.DoesNotContain(candidates, c => c.StartsWith('/'));
    }

    [Theory]
    [InlineData("bash", "complete -o default -F _publish_complete publish")]
    [InlineData("zsh", "#compdef publish")]
    [InlineData("fish", "complete -c publish -f -a '(__publish_complete)'")]
    [InlineData("powershell", "Register-ArgumentCompleter -Native -CommandName publish")]
    public void Every_shell_gets_a_script_that_asks_the_suggest_directive(string shell, string registration)
    {
        var outcome = PublishProcess.Run(Repo.Root, environment: null, "completion", shell);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains(registration, outcome.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("[suggest:", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_shell_is_a_usage_error()
    {
        var outcome = PublishProcess.Run(Repo.Root, environment: null, "completion", "tcsh");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Empty(outcome.StandardOutput);
    }

    private static List<string> CompleteInBash(string line)
    {
        using var scratch = new ScratchFolder();
        var shim = scratch.Write("bin/publish", $"#!/bin/sh\nexec dotnet '{Path.Combine(AppContext.BaseDirectory, "publish.dll")}' \"$@\"\n");
        File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var script = scratch.Write("completion.bash", PublishProcess.Run(Repo.Root, environment: null, "completion", "bash").StandardOutput);
        var words = line.Split(' ');
        var test = scratch.Write("test.bash", $"""
            source '{script}'
            COMP_LINE='{line}'
            COMP_POINT={line.Length}
            COMP_WORDS=({string.Join(' ', words.Select(w => $"'{w}'"))})
            COMP_CWORD={words.Length - 1}
            _publish_complete
            printf '%s\n' "${"{"}COMPREPLY[@]{"}"}"
            """);
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("--norc");
        start.ArgumentList.Add(test);
        start.Environment["PATH"] = Path.Combine(scratch.Path, "bin") + ":" + Environment.GetEnvironmentVariable("PATH");
        using var bash = Process.Start(start)!;
        var output = bash.StandardOutput.ReadToEndAsync();
        var error = bash.StandardError.ReadToEndAsync();
        Assert.True(bash.WaitForExit(60_000), "bash did not finish in 60 s");
        Assert.True(bash.ExitCode == 0, error.Result);
        return [.. output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
}
