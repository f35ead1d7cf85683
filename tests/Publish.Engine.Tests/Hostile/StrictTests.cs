using Publish.Model.Diagnostics;

namespace Publish.Engine.Tests.Hostile;

/// <summary>Issue 7's W: "output written, fails under --strict" — failing means no edition is written, as for an error.</summary>
public sealed class StrictTests
{
    [Fact]
    public void A_warning_under_strict_writes_no_edition()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", "---\ntitle: Strict\n---\n\nA claim.[^1]\n\n[^1]: Used.\n\n[^2]: Never used.\n");

        var outcome = build.Build(path, "--strict");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"{path}:9:1: warning {DiagnosticCodes.NoteDefinedButNeverReferenced}", outcome.StandardError, StringComparison.Ordinal);
        Assert.Empty(build.Outputs());
    }
}
