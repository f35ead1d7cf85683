using System.CommandLine;
using System.Text;

namespace Publish.Cli;

/// <summary>
/// The <c>publish(1)</c> manual page in roff (man(7) macros), generated from the command definitions — every command,
/// argument and option with its description — so it cannot fall behind the tool. It carries no date (the page of one
/// version is the same bytes on every machine). Help and version options, which every command has, are listed once.
/// </summary>
internal static class ManPage
{
    public static string Write(RootCommand root)
    {
        var page = new StringBuilder();
        page.Append(".TH PUBLISH 1 \"\" \"").Append(Escape(Engine.PublishVersion.Producer)).Append("\" \"User Commands\"\n");
        page.Append(".SH NAME\npublish \\- ").Append(Escape(Summary(root))).Append('\n');
        page.Append(".SH SYNOPSIS\n.B publish\n\\fICOMMAND\\fR [\\fIARGUMENTS\\fR] [\\fIOPTIONS\\fR]\n");
        foreach (var command in root.Subcommands.Where(c => !c.Hidden))
        {
            page.Append(".br\n.B publish ").Append(Escape(command.Name)).Append('\n').Append(Escape(Usage(command))).Append('\n');
        }

        page.Append(".SH DESCRIPTION\n").Append(Paragraph(root.Description)).Append(
            "Each command is described below with its arguments and options; " +
            "\\fBpublish\\fR \\fICOMMAND\\fR \\fB\\-\\-help\\fR prints the same.\n");
        page.Append(".SH COMMANDS\n");
        foreach (var command in root.Subcommands.Where(c => !c.Hidden))
        {
            page.Append(".SS \"publish ").Append(Escape(command.Name)).Append("\"\n").Append(Paragraph(command.Description));
            foreach (var argument in command.Arguments.Where(a => !a.Hidden))
            {
                page.Append(".TP\n\\fI").Append(Escape(argument.Name.ToUpperInvariant())).Append("\\fR\n").Append(Paragraph(argument.Description));
            }

            foreach (var option in command.Options.Where(o => !o.Hidden && !IsCommon(o)))
            {
                page.Append(".TP\n").Append(OptionLine(option)).Append('\n').Append(Paragraph(option.Description));
            }
        }

        page.Append(".SH COMMON OPTIONS\n.TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\nShow the help of the command.\n");
        page.Append(".TP\n\\fB\\-\\-version\\fR\nShow the version (\\fBpublish \\-\\-version\\fR).\n");
        page.Append(".SH EXIT STATUS\n");
        foreach (var (code, meaning) in ExitStatus)
        {
            page.Append(".TP\n.B ").Append(code).Append('\n').Append(Escape(meaning)).Append('\n');
        }

        page.Append(".SH ENVIRONMENT\n.TP\n.B SOURCE_DATE_EPOCH\n")
            .Append(Escape("Seconds since 1970: the build date every edition records, so that the same input gives the same bytes (reproducible builds)."))
            .Append("\n.TP\n.B CI\n").Append(Escape("When set, no progress bar is drawn: the output stays plain lines for logs.")).Append('\n');
        page.Append(".SH SHELL COMPLETION\n")
            .Append(Escape("publish completion bash|zsh|fish|powershell prints a script that completes commands and options; see the README for where each goes."))
            .Append("\n.SH SEE ALSO\n").Append(Escape("The README of Publish; styles/README.md for the house style's keys.")).Append('\n');
        return page.ToString();
    }

    /// <summary>The exit codes of <see cref="ExitCodes"/>, as scripts rely on them.</summary>
    private static readonly (int Code, string Meaning)[] ExitStatus =
    [
        (ExitCodes.Ok, "Every manuscript was built (or was up to date)."),
        (ExitCodes.InputErrors, "A manuscript had errors (or warnings under --strict); its editions were not written."),
        (ExitCodes.Usage, "The command line, style, manifest or environment was wrong; nothing was built."),
        (ExitCodes.Internal, "A bug in Publish: please report it with the manuscript."),
    ];

    /// <summary>The one-line summary for NAME: the root's description without the program's name before it.</summary>
    private static string Summary(RootCommand root)
    {
        var description = root.Description ?? string.Empty;
        var colon = description.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && description[..colon].Equals("publish", StringComparison.OrdinalIgnoreCase) ? description[(colon + 2)..] : description;
    }

    private static bool IsCommon(Option option) => option.Name is "--help" or "--version";

    private static string Usage(Command command) =>
        string.Join(' ', command.Arguments.Where(a => !a.Hidden).Select(a => a.Arity.MaximumNumberOfValues > 1 ? $"[{a.Name.ToUpperInvariant()}...]" : a.Arity.MinimumNumberOfValues == 0 ? $"[{a.Name.ToUpperInvariant()}]" : a.Name.ToUpperInvariant()))
        + (command.Options.Any(o => !o.Hidden && !IsCommon(o)) ? " [OPTIONS]" : string.Empty);

    /// <summary><c>\fB-o\fR, \fB--output\fR \fIOUTPUT\fR</c>: every name of the option, then its value's name unless it is a switch.</summary>
    private static string OptionLine(Option option)
    {
        var names = new[] { option.Name }.Concat(option.Aliases).OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal);
        var line = string.Join(", ", names.Select(n => $"\\fB{Escape(n)}\\fR"));
        var isSwitch = option.ValueType == typeof(bool);
        return isSwitch ? line : $"{line} \\fI{Escape(option.HelpName ?? option.Name.TrimStart('-').ToUpperInvariant())}\\fR";
    }

    private static string Paragraph(string? text) => string.IsNullOrWhiteSpace(text) ? string.Empty : Escape(text) + "\n";

    /// <summary>
    /// Text made safe for roff: a backslash is <c>\e</c>, a hyphen-minus <c>\-</c> (so options copy as typed, not as
    /// hyphens), a line that begins with a dot or an apostrophe is guarded by <c>\&amp;</c> (it would be a request), and
    /// any character beyond ASCII is written <c>\[uXXXX]</c> (groff_char(7)), which groff and mandoc read whatever the
    /// page's encoding — groff without preconv reads raw UTF-8 bytes as Latin-1 garbage.
    /// </summary>
    internal static string Escape(string text)
    {
        var ascii = new StringBuilder();
        foreach (var rune in text.Replace("\\", "\\e", StringComparison.Ordinal).Replace("-", "\\-", StringComparison.Ordinal).EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                ascii.Append((char)rune.Value);
            }
            else
            {
                ascii.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\[u{rune.Value:X4}]");
            }
        }

        var lines = ascii.ToString().Split('\n').Select(l => l.StartsWith('.') || l.StartsWith('\'') ? "\\&" + l : l);
        return string.Join('\n', lines);
    }
}
