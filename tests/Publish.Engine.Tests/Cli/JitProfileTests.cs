using System.Security.Cryptography;
using Publish.Engine.Tests.Hostile;

namespace Publish.Engine.Tests.Cli;

/// <summary>
/// The multicore-JIT profile the tool keeps in an output folder's cache (issue 20): recorded by the first build into the
/// folder once it is done, played by the next ones (which do not write it again), with the same editions; never written
/// through a link, and never waited on when something that is not a regular file stands at its name.
/// </summary>
public sealed class JitProfileTests
{
    private static readonly string Sample = Path.Combine(Repo.Root, "manuscript");

    [Fact]
    public void A_first_build_records_the_profile_the_next_builds_play_with_the_same_editions_and_no_temporary_folder()
    {
        using var scratch = new ScratchFolder();
        var output = scratch.File("out");
        var temporary = Directory.CreateDirectory(scratch.File("tmp")).FullName;
        var profile = Path.Combine(output, ".publish-cache", Publish.Cli.JitProfile.FileName);
        Directory.CreateDirectory(Path.Combine(output, ".publish-cache"));
        var legacy = Path.Combine(output, ".publish-cache", "jit.profile");
        File.WriteAllText(legacy, "an older tool's profile");
        Build(output, temporary, "--force");
        Assert.True(new FileInfo(profile) is { Exists: true, Length: > 0, LinkTarget: null });
        Assert.False(File.Exists(legacy)); // one profile per folder: the tool's own
        var recorded = File.GetLastWriteTimeUtc(profile);
        var editions = Editions(output);

        // Played, not written again (writing encodes every method's signature at the end of each build).
        Thread.Sleep(20);
        Build(output, temporary, "--force");
        Assert.Equal(recorded, File.GetLastWriteTimeUtc(profile));
        Assert.Equal(editions, Editions(output));
        Assert.Empty(Directory.EnumerateFileSystemEntries(temporary)); // the runtime's scratch folder is removed
    }

    [Fact]
    public void A_configuration_error_leaves_no_profile_and_no_cache()
    {
        using var scratch = new ScratchFolder();
        var output = scratch.File("out");
        var outcome = PublishProcess.Run(Repo.Root, PublishProcess.Unprofiled(), ["build", Sample, "-o", output, "--quiet", "--style", scratch.File("no-such-style.yaml")]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_link_at_the_profiles_name_is_not_written_through()
    {
        using var scratch = new ScratchFolder();
        Build(scratch.Path);
        var elsewhere = scratch.Write("elsewhere.txt", "not the tool's");
        var profile = scratch.File(".publish-cache/" + Publish.Cli.JitProfile.FileName);
        File.Delete(profile); // the first build's
        File.CreateSymbolicLink(profile, elsewhere);

        Build(scratch.Path, "--force");

        Assert.Equal("not the tool's", File.ReadAllText(elsewhere));
        Assert.Equal(elsewhere, new FileInfo(profile).LinkTarget);
    }

    [Fact]
    public void A_fifo_at_the_profiles_name_is_left_alone_and_the_build_ends()
    {
        using var scratch = new ScratchFolder();
        Build(scratch.Path);
        var profile = scratch.File(".publish-cache/" + Publish.Cli.JitProfile.FileName);
        File.Delete(profile); // the first build's
        SpecialFiles.Fifo(profile);

        Build(scratch.Path, "--force");

        Assert.Equal(Publish.Model.Input.InputFileKind.Fifo, Publish.Model.Input.InputFile.Examine(profile).Kind);
        Assert.True(File.Exists(scratch.File("khojaly-massacre-23rd-anniversary.pdf")));
    }

    /// <summary>Without a profiler: the runtime keeps no profile while one is attached (CI's coverage collector follows the processes).</summary>
    private static void Build(string output, params string[] more) => Build(output, null, more);

    private static void Build(string output, string? temporary, params string[] more)
    {
        var environment = temporary is null ? null : new Dictionary<string, string> { ["TMPDIR"] = temporary };
        var outcome = PublishProcess.Run(Repo.Root, PublishProcess.Unprofiled(environment), ["build", Sample, "-o", output, "--quiet", .. more]);
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
    }

    private static string[] Editions(string output) =>
        [.. Directory.GetFiles(output, "*.*").Where(f => f.EndsWith(".pdf", StringComparison.Ordinal) || f.EndsWith(".epub", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))];
}
