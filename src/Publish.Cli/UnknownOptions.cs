using System.CommandLine;
using System.CommandLine.Parsing;
using Publish.Model.Text;

namespace Publish.Cli;

/// <summary>
/// Mistyped options. A command with a list of paths takes any word it does not know as a path, so
/// <c>build arch --fromat pdf</c> built <c>--fromat</c> and <c>pdf</c> as manuscripts and exited 1. Here every
/// word before <c>--</c> that starts with '-' and is not an option of the command is a usage error with the
/// nearest known option; a path that really begins with '-' is written after <c>--</c> or as <c>./-name</c>.
/// </summary>
internal static class UnknownOptions
{
    /// <summary>One message per unknown option (or mistyped command), empty when there is none.</summary>
    public static IReadOnlyList<string> Find(ParseResult parse)
    {
        var taken = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        foreach (var argument in parse.CommandResult.Command.Arguments)
        {
            taken.UnionWith(parse.GetResult(argument)?.Tokens ?? []);
        }

        var unmatched = parse.UnmatchedTokens.ToHashSet(StringComparer.Ordinal);
        var known = KnownOptions(parse.CommandResult);
        var messages = new List<string>();
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                break;
            }

            if (token.Type != TokenType.Argument || !(taken.Contains(token) || unmatched.Contains(token.Value)))
            {
                continue;
            }

            if (token.Value.Length > 1 && token.Value[0] == '-')
            {
                var name = token.Value.Split('=', ':')[0];
                var hint = NearestName.Find(name, known) is { } near ? $"; did you mean '{near}'?" : string.Empty;
                messages.Add($"unknown option '{Shown(token.Value)}'{hint} (see 'publish {parse.CommandResult.Command.Name} --help'; a path that begins with '-' goes after '--')");
            }
            else if (parse.CommandResult.Command is RootCommand root && unmatched.Contains(token.Value))
            {
                var hint = NearestName.Find(token.Value, root.Subcommands.Select(c => c.Name)) is { } near ? $"did you mean '{near}'? " : string.Empty;
                messages.Add($"unknown command '{Shown(token.Value)}'; {hint}commands: {string.Join(", ", root.Subcommands.Select(c => c.Name))}");
                break; // The words after a mistyped command are its arguments, not more mistakes.
            }
        }

        return messages;
    }

    /// <summary>The options (names and aliases) the command takes, its own and those its parents pass down.</summary>
    private static List<string> KnownOptions(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? result = command; result is not null; result = result.Parent)
        {
            if (result is CommandResult { Command: var c })
            {
                foreach (var option in c.Options.Where(o => ReferenceEquals(result, command) || o.Recursive))
                {
                    names.Add(option.Name);
                    names.AddRange(option.Aliases);
                }
            }
        }

        return names;
    }

    private static string Shown(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
