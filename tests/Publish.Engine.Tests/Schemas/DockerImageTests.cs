using System.Diagnostics;

namespace Publish.Engine.Tests.Schemas;

/// <summary>
/// The repository's <c>Dockerfile</c>: the image builds, and its entry point (<c>publish</c>, the native build) builds
/// the sample manuscript from a mounted folder with the network off, writing both editions.
/// </summary>
public sealed class DockerImageTests
{
    [DockerFact]
    public void The_image_entry_point_builds_the_sample_without_network()
    {
        using var scratch = new ScratchFolder();
        var manuscript = Directory.CreateDirectory(scratch.File("manuscript")).FullName;
        File.Copy(Repo.SampleManuscript, Path.Combine(manuscript, Path.GetFileName(Repo.SampleManuscript)));
        var tag = "publish-test:" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            var build = Docker(Repo.Root, 3_600_000, "build", "-t", tag, ".");
            Assert.True(build.ExitCode == 0, build.Error);

            var run = Docker(scratch.Path, 600_000, "run", "--rm", "--network", "none", "--user", UserAndGroup(), "-e", "SOURCE_DATE_EPOCH=1700000000", "-v", $"{scratch.Path}:/work", tag, "build", "manuscript", "-o", "out", "-q");

            Assert.True(run.ExitCode == 0, run.Error);
            Assert.True(new FileInfo(scratch.File("out/khojaly-massacre-23rd-anniversary.pdf")).Length > 10_000);
            Assert.True(new FileInfo(scratch.File("out/khojaly-massacre-23rd-anniversary.epub")).Length > 10_000);
        }
        finally
        {
            Docker(Repo.Root, 120_000, "image", "rm", "-f", tag);
        }
    }

    /// <summary>This process's uid:gid (from <c>/proc/self/status</c>), so the container may write into the scratch folder only it can.</summary>
    private static string UserAndGroup()
    {
        var status = File.ReadAllLines("/proc/self/status");
        string Id(string field) => status.First(l => l.StartsWith(field, StringComparison.Ordinal)).Split('\t', StringSplitOptions.RemoveEmptyEntries)[1];
        return Id("Uid:") + ":" + Id("Gid:");
    }

    private static (int ExitCode, string Error) Docker(string folder, int timeoutMs, params string[] arguments)
    {
        var start = new ProcessStartInfo("docker") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutMs))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"docker {arguments[0]} did not finish in {timeoutMs / 1000} s");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
