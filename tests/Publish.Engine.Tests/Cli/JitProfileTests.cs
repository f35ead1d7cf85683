using System.Security.Cryptography;
using Publish.Engine.Tests.Hostile;

namespace Publish.Engine.Tests.Cli;

/// <summary>
/// The multicore-JIT profile the tool keeps in an output folder's cache (issue 20): recorded by a build and kept in
/// the folder's cache once it is done (also by a first build), used by the next, with the same editions; never written through a link, and
/// never waited on when something that is not a regular file stands at its name.
/// </summary>
public sealed class JitProfileTests
{
    private static readonly string Sample = Path.Combine(Repo.Root, "manuscript");

    [Fact]
    public void A_first_build_leaves_a_profile_the_next_build_uses_with_the_same_editions_and_no_temporary_folder()
    {
        using var scratch = new ScratchFolder();
        var output = scratch.File("out");
        var temporary = Directory.CreateDirectory(scratch.File("tmp")).FullName;
        var profile = Path.Combine(output, ".publish-cache", "jit.profile");
        Build(output, temporary, "--force");
        Assert.True(new FileInfo(profile) is { Exists: true, Length: > 0, LinkTarget: null }); // recorded though the folder had no cache when the build started
        var editions = Editions(output);

        Build(output, temporary, "--force");
        Assert.True(new FileInfo(profile) is { Exists: true, Length: > 0, LinkTarget: null });
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
        File.Delete(scratch.File(".publish-cache/jit.profile")); // the first build's
        File.CreateSymbolicLink(scratch.File(".publish-cache/jit.profile"), elsewhere);

        Build(scratch.Path, "--force");

        Assert.Equal("not the tool's", File.ReadAllText(elsewhere));
        Assert.Equal(elsewhere, new FileInfo(scratch.File(".publish-cache/jit.profile")).LinkTarget);
    }

    [Fact]
    public void A_fifo_at_the_profiles_name_is_left_alone_and_the_build_ends()
    {
        using var scratch = new ScratchFolder();
        Build(scratch.Path);
        File.Delete(scratch.File(".publish-cache/jit.profile")); // the first build's
        SpecialFiles.Fifo(scratch.File(".publish-cache/jit.profile"));

        Build(scratch.Path, "--force");

        Assert.Equal(Publish.Model.Input.InputFileKind.Fifo, Publish.Model.Input.InputFile.Examine(scratch.File(".publish-cache/jit.profile")).Kind);
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
