using System.Text.RegularExpressions;
using Publish.Cli;

namespace Publish.Engine.Tests.Cli;

/// <summary>
/// The <c>publish</c> command lines of the CI examples in <c>docs/ci/</c> (issue 19 review): each is parsed with the
/// tool's own command definitions (<see cref="Program.Commands"/>) and checked as <c>publish</c> checks a command line
/// before it runs (System.CommandLine's errors and <see cref="UnknownOptions"/>), so a renamed or removed option fails
/// here instead of in a user's pipeline. Nothing is built.
/// </summary>
public sealed partial class CiExampleCommandLineTests
{
    public static TheoryData<string, int, string> CommandLines()
    {
        var lines = new TheoryData<string, int, string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.Root, "docs", "ci")).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllLines(file);
            for (var i = 0; i < text.Length; i++)
            {
                if (CommandLine(text[i]) is { } command)
                {
                    lines.Add(Path.GetFileName(file), i + 1, command);
                }
            }
        }

        return lines;
    }

    [Fact]
    public void The_examples_hold_the_command_lines_this_test_checks()
    {
        var found = CommandLines().Select(row => (string)row[2]).ToList();

        Assert.Contains(found, c => c.StartsWith("build ", StringComparison.Ordinal) && c.Contains("--shard", StringComparison.Ordinal));
        Assert.Contains(found, c => c.StartsWith("report merge ", StringComparison.Ordinal));
        Assert.True(found.Count >= 4, string.Join("\n", found));
    }

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void Each_command_line_parses_with_the_tools_own_definitions(string file, int line, string command)
    {
        var problems = Problems(Words(command));

        Assert.True(problems.Count == 0, $"docs/ci/{file}:{line}: publish {command}\n{string.Join("\n", problems)}");
    }

    [Theory]
    [InlineData("build publish.yaml --shards 1/4 -o editions")]
    [InlineData("report merge r1.json r2.json --output all.json --stict")]
    [InlineData("buidl publish.yaml")]
    public void A_drifted_command_line_is_caught(string command)
    {
        Assert.NotEmpty(Problems(Words(command)));
    }

    /// <summary>What <c>publish</c> would refuse the words with before running anything: parse errors and unknown options.</summary>
    private static List<string> Problems(string[] words)
    {
        var parse = Program.Commands().Parse(words);
        var problems = parse.Errors.Select(e => e.Message).Concat(UnknownOptions.Find(parse)).ToList();
        if (parse.CommandResult.Command is System.CommandLine.RootCommand)
        {
            problems.Add("no command");
        }

        return problems;
    }

    /// <summary>
    /// The words after <c>publish</c> on a line that runs it (a YAML list item or a shell line; not a comment),
    /// without a trailing comment; null when the line does not run <c>publish</c>. <c>dotnet publish</c> is the SDK's.
    /// </summary>
    private static string? CommandLine(string line)
    {
        var code = line.TrimStart();
        if (code.StartsWith('#'))
        {
            return null;
        }

        var match = PublishCall().Match(code);
        if (!match.Success || code[..match.Index].TrimEnd().EndsWith("dotnet", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = match.Groups[1].Value;
        var comment = rest.IndexOf(" #", StringComparison.Ordinal);
        return (comment >= 0 ? rest[..comment] : rest).Trim();
    }

    /// <summary>The shell words of a command line, CI variables (<c>$CI_NODE_INDEX</c>, <c>${{ matrix.shard }}</c>) given the value 1.</summary>
    private static string[] Words(string command)
    {
        var expanded = CiVariable().Replace(command, "1");
        return [.. ShellWord().Matches(expanded).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Value)];
    }

    [GeneratedRegex(@"(?:^|[\s/])publish\s+((?:build|watch|inspect|import|new|completion|man|cite|report)\b.*)$")]
    private static partial Regex PublishCall();

    [GeneratedRegex(@"\$\{\{[^}]*\}\}|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?")]
    private static partial Regex CiVariable();

    [GeneratedRegex("\"([^\"]*)\"|'([^']*)'|[^\\s]+")]
    private static partial Regex ShellWord();
}
