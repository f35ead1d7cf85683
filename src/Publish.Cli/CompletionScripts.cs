namespace Publish.Cli;

/// <summary>
/// Shell completion for <c>publish</c>, one script per shell. Each sends the words typed so far to
/// <c>publish [suggest:N] "words"</c> — System.CommandLine's suggest directive, which answers from the command
/// definitions themselves (commands, options, option values), so the scripts never need regenerating when an
/// option is added — and offers the answers that begin with the word under the cursor. The program's own name is
/// left out of the words sent (the directive reads them as arguments of the root command), and the script calls the
/// program the user typed, so <c>./publish</c> or a full path complete too.
/// </summary>
internal static class CompletionScripts
{
    /// <summary>The shells a script exists for, as <c>publish completion SHELL</c> names them.</summary>
    public static IReadOnlyList<string> Shells { get; } = ["bash", "zsh", "fish", "powershell"];

    public static string For(string shell) => shell switch
    {
        "bash" => Bash,
        "zsh" => Zsh,
        "fish" => Fish,
        "powershell" => PowerShell,
        _ => throw new ArgumentOutOfRangeException(nameof(shell), shell, "no completion script for this shell"),
    };

    // COMP_LINE up to the cursor, less the program's name; compgen keeps the candidates that begin with the current word.
    private const string Bash = """
        # bash completion for publish: eval "$(publish completion bash)" (e.g. in ~/.bashrc)
        _publish_complete() {
            local line="${COMP_LINE:0:COMP_POINT}"
            local words="${line#"${COMP_WORDS[0]}"}"
            words="${words#"${words%%[![:space:]]*}"}"
            local cur="${COMP_WORDS[COMP_CWORD]}"
            local IFS=$'\n'
            local candidates
            candidates=$("${COMP_WORDS[0]}" "[suggest:${#words}]" "$words" 2>/dev/null | grep -v '^/')
            COMPREPLY=($(compgen -W "$candidates" -- "$cur"))
        }
        complete -o default -F _publish_complete publish

        """;

    // $words[2,CURRENT] are the words up to the cursor, less the program's name; compadd filters by the prefix typed.
    private const string Zsh = """
        #compdef publish
        # zsh completion for publish: publish completion zsh > "${fpath[1]}/_publish" (or eval "$(publish completion zsh)")
        _publish() {
            local words_typed="${(j: :)words[2,CURRENT]}"
            local -a candidates
            candidates=("${(@f)$("${words[1]}" "[suggest:${#words_typed}]" "$words_typed" 2>/dev/null | grep -v '^/')}")
            compadd -a candidates
        }
        if [[ "${zsh_eval_context[-1]}" == loadautofunc ]]; then
            _publish "$@"
        else
            compdef _publish publish
        fi

        """;

    // The tokens before the cursor and the current token (empty after a space), less the program's name.
    private const string Fish = """
        # fish completion for publish: publish completion fish > ~/.config/fish/completions/publish.fish
        function __publish_complete
            set -l tokens (commandline -opc) (commandline -ct)
            set -l words (string join ' ' -- $tokens[2..-1])
            $tokens[1] "[suggest:"(string length -- "$words")"]" "$words" 2>/dev/null | string match -v -r '^/'
        end
        complete -c publish -f -a '(__publish_complete)'

        """;

    // The command's text up to the cursor (padded when the cursor sits after a trailing space), less the program's name.
    private const string PowerShell = """
        # PowerShell completion for publish: publish completion powershell | Out-String | Invoke-Expression (e.g. in $PROFILE)
        Register-ArgumentCompleter -Native -CommandName publish -ScriptBlock {
            param($wordToComplete, $commandAst, $cursorPosition)
            $text = $commandAst.Extent.Text
            $upTo = $cursorPosition - $commandAst.Extent.StartOffset
            $line = if ($upTo -le $text.Length) { $text.Substring(0, $upTo) } else { $text.PadRight($upTo) }
            $program = $commandAst.CommandElements[0].Extent.Text
            $words = $line.Substring($program.Length).TrimStart()
            & $program "[suggest:$($words.Length)]" "$words" 2>$null |
                Where-Object { $_ -notlike '/*' -and $_ -like "$wordToComplete*" } |
                ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_) }
        }

        """;
}
