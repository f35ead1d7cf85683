using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Publish.Engine.Tests.Cli;

/// <summary>
/// <c>publish man</c> (issue 19): a roff page that groff formats without a warning, naming every command and every
/// option each command's <c>--help</c> lists — so the page is generated from the same definitions, not kept by hand.
/// </summary>
public sealed partial class ManPageTests
{
    private static readonly string[] Commands = ["build", "watch", "inspect", "import", "new", "completion", "man"];

    [Fact]
    public void The_page_formats_cleanly_and_names_every_command_and_option()
    {
        var roff = PublishProcess.Run(Repo.Root, environment: null, "man");
        Assert.Equal(0, roff.ExitCode);
        Assert.StartsWith(".TH PUBLISH 1 ", roff.StandardOutput, StringComparison.Ordinal);

        var text = Formatted(roff.StandardOutput);
        foreach (var command in Commands)
        {
            Assert.Contains($"publish {command}", text, StringComparison.Ordinal);
            var help = PublishProcess.Run(Repo.Root, environment: null, command, "--help").StandardOutput;
            foreach (var option in OptionName().Matches(help).Select(m => m.Value).Distinct(StringComparer.Ordinal))
            {
                Assert.True(text.Contains(option, StringComparison.Ordinal), $"the man page lacks {command}'s {option}");
            }
        }

        Assert.Contains("EXIT STATUS", text, StringComparison.Ordinal);
        Assert.Contains("SOURCE_DATE_EPOCH", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Roff_requests_and_escapes_in_descriptions_cannot_break_the_page()
    {
        var roff = PublishProcess.Run(Repo.Root, environment: null, "man").StandardOutput;

        // Every line is a macro, or text that does not begin with a control character; no raw non-ASCII byte.
        Assert.All(roff.Split('\n'), line => Assert.True(line.Length == 0 || line.StartsWith('.') || (line[0] != '\'' && !line.StartsWith("\\.", StringComparison.Ordinal)), line));
        Assert.DoesNotContain(roff, c => c > 0x7F);
        Assert.Contains("\\-\\-output", roff, StringComparison.Ordinal);
    }

    /// <summary>The page as groff sets it for a terminal (ASCII), failing on any groff warning (<c>-ww</c>); without groff, the roff itself.</summary>
    private static string Formatted(string roff)
    {
        if (!File.Exists("/usr/bin/groff"))
        {
            return roff.Replace("\\-", "-", StringComparison.Ordinal).Replace("\\fB", string.Empty, StringComparison.Ordinal).Replace("\\fR", string.Empty, StringComparison.Ordinal).Replace("\\fI", string.Empty, StringComparison.Ordinal);
        }

        var start = new ProcessStartInfo("groff") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-man", "-Tutf8", "-ww", "-rLL=200n" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GROFF_NO_SGR"] = "1";
        using var groff = Process.Start(start)!;
        var output = groff.StandardOutput.ReadToEndAsync();
        var error = groff.StandardError.ReadToEndAsync();
        groff.StandardInput.Write(roff);
        groff.StandardInput.Close();
        Assert.True(groff.WaitForExit(60_000));
        Assert.Equal(0, groff.ExitCode);
        Assert.Equal(string.Empty, error.Result);

        // Overstrike (bold as c\bc) removed, and the hyphen groff sets for \- read back as the one users type.
        return OverStrike().Replace(output.Result, string.Empty).Replace('\u2010', '-').Replace('\u2212', '-');
    }

    [GeneratedRegex(@"(?<![\w-])--[a-z][a-z-]*")]
    private static partial Regex OptionName();

    [GeneratedRegex(@".\x08")]
    private static partial Regex OverStrike();
}
