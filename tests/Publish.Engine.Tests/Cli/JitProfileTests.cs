using System.Security.Cryptography;
using Publish.Engine.Tests.Hostile;

namespace Publish.Engine.Tests.Cli;

/// <summary>
/// The multicore-JIT profile the tool keeps in an output folder's cache (issue 20): written by the runtime at the end of
/// a build into a folder that has a cache, used by the next, with the same editions; never written through a link, and
/// never waited on when something that is not a regular file stands at its name.
/// </summary>
public sealed class JitProfileTests
{
    private static readonly string Sample = Path.Combine(Repo.Root, "manuscript");

    [Fact]
    public void A_build_into_a_folder_with_a_cache_leaves_a_profile_the_next_build_uses_with_the_same_editions()
    {
        using var scratch = new ScratchFolder();
        var profile = scratch.File(".publish-cache/jit.profile");
        Build(scratch, "--force");
        Assert.False(File.Exists(profile)); // the folder had no cache when the first build started

        Build(scratch, "--force");
        Assert.True(new FileInfo(profile) is { Exists: true, Length: > 0, LinkTarget: null });
        var editions = Editions(scratch);

        Build(scratch, "--force");
        Assert.Equal(editions, Editions(scratch));
    }

    [Fact]
    public void A_link_at_the_profiles_name_is_not_written_through()
    {
        using var scratch = new ScratchFolder();
        Build(scratch);
        var elsewhere = scratch.Write("elsewhere.txt", "not the tool's");
        File.CreateSymbolicLink(scratch.File(".publish-cache/jit.profile"), elsewhere);

        Build(scratch, "--force");

        Assert.Equal("not the tool's", File.ReadAllText(elsewhere));
        Assert.Equal(elsewhere, new FileInfo(scratch.File(".publish-cache/jit.profile")).LinkTarget);
    }

    [Fact]
    public void A_fifo_at_the_profiles_name_is_left_alone_and_the_build_ends()
    {
        using var scratch = new ScratchFolder();
        Build(scratch);
        SpecialFiles.Fifo(scratch.File(".publish-cache/jit.profile"));

        Build(scratch, "--force");

        Assert.Equal(Publish.Model.Input.InputFileKind.Fifo, Publish.Model.Input.InputFile.Examine(scratch.File(".publish-cache/jit.profile")).Kind);
        Assert.True(File.Exists(scratch.File("khojaly-massacre-23rd-anniversary.pdf")));
    }

    /// <summary>Without a profiler: the runtime keeps no profile while one is attached (CI's coverage collector follows the processes).</summary>
    private static void Build(ScratchFolder scratch, params string[] more)
    {
        var outcome = PublishProcess.Run(Repo.Root, PublishProcess.Unprofiled(), ["build", Sample, "-o", scratch.Path, "--quiet", .. more]);
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
    }

    private static string[] Editions(ScratchFolder scratch) =>
        [.. Directory.GetFiles(scratch.Path, "*.*").Where(f => f.EndsWith(".pdf", StringComparison.Ordinal) || f.EndsWith(".epub", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))];
}
