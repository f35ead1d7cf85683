using System.Diagnostics;

namespace Publish.Engine.Tests.Schemas;

/// <summary>A fact that needs a Docker daemon; skipped, with the reason, where <c>docker info</c> does not answer.</summary>
public sealed class DockerFactAttribute : FactAttribute
{
    public DockerFactAttribute()
    {
        if (Unavailable() is { } reason)
        {
            Skip = $"Docker is not available here ({reason}); the image is built and run where a daemon is (CI: a runner with Docker).";
        }
    }

    private static string? Unavailable()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("docker", "info --format {{.ServerVersion}}") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var error = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(20_000))
            {
                process.Kill(entireProcessTree: true);
                return "docker info did not answer in 20 s";
            }

            return process.ExitCode == 0 ? null : "docker info: " + error.Result.Trim().Split('\n')[0];
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return "no docker command: " + e.Message;
        }
    }
}
