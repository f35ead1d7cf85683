using System.Globalization;

namespace Publish.Engine.Tests.Hostile;

/// <summary>The two outcomes issue 7 allows: refused (E) or built with a warning (W).</summary>
internal static class HostileAssert
{
    /// <summary>E: exit code 1, <c>file:line:column: error CODE</c> on stderr at <paramref name="line"/>, no edition (nor temporary file) written.</summary>
    public static string Refused(HostileBuild build, PublishProcess.Outcome outcome, string manuscript, string code, int? line)
    {
        var lines = HostileBuild.Lines(outcome, manuscript, "error", code);
        Assert.True(lines.Count > 0, $"no 'error {code}' line for {manuscript}; exit {outcome.ExitCode}\n{outcome.StandardError}");
        if (line is { } expected)
        {
            Assert.Contains(lines, m => int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture) == expected);
        }

        Assert.True(outcome.ExitCode == 1, $"exit code {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.Empty(build.Outputs());
        return lines[0].Groups["message"].Value;
    }

    /// <summary>W: exit code 0 with the warning at <paramref name="line"/>, both editions written and nothing else.</summary>
    public static string Warned(HostileBuild build, PublishProcess.Outcome outcome, string manuscript, string code, int? line)
    {
        var lines = HostileBuild.Lines(outcome, manuscript, "warning", code);
        Assert.True(lines.Count > 0, $"no 'warning {code}' line for {manuscript}; exit {outcome.ExitCode}\n{outcome.StandardError}");
        if (line is { } expected)
        {
            Assert.Contains(lines, m => int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture) == expected);
        }

        Assert.True(outcome.ExitCode == 0, $"exit code {outcome.ExitCode}\n{outcome.StandardError}");
        BuiltCompletely(build, manuscript);
        return lines[0].Groups["message"].Value;
    }

    /// <summary>Both editions exist, are complete (PDF ends with %%EOF, EPUB is a readable zip) and no temporary file is left.</summary>
    public static void BuiltCompletely(HostileBuild build, string manuscript)
    {
        var pdf = build.Edition(manuscript, ".pdf");
        var epub = build.Edition(manuscript, ".epub");
        Assert.Equal([epub, pdf], build.Outputs().Order(StringComparer.Ordinal));
        Assert.True(EditionBytes.IsCompletePdf(File.ReadAllBytes(pdf)), "the PDF is incomplete");
        Assert.NotEmpty(EditionBytes.EpubEntries(epub));
    }

    /// <summary>
    /// The same manuscript again under --strict: the warning fails the build (exit code 1). That nothing is
    /// written then is asserted separately (<see cref="StrictTests"/>): today the engine still writes the editions.
    /// </summary>
    public static void FailsUnderStrict(HostileBuild build, string manuscript, string code)
    {
        var strict = build.Build(manuscript, "--strict");
        Assert.True(strict.ExitCode == 1, $"--strict exit code {strict.ExitCode}\n{strict.StandardError}");
        Assert.Contains(code, strict.StandardError, StringComparison.Ordinal);
    }
}
