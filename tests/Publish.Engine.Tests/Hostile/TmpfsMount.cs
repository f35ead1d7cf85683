using System.Diagnostics;

namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// A small tmpfs mounted on a scratch folder, for real full-disk and read-only conditions (ENOSPC, EROFS). Needs
/// root with CAP_SYS_ADMIN (this machine and CI run as root); a test that mounts one is a <see cref="TmpfsFactAttribute"/>,
/// reported skipped where <see cref="CanMount"/> is false, and fails when <see cref="Mount"/> then fails.
/// </summary>
internal sealed class TmpfsMount : IDisposable
{
    private TmpfsMount(string folder) => Folder = folder;

    public string Folder { get; }

    /// <summary>Whether a tmpfs can be mounted here: tried once, on a folder of its own.</summary>
    public static bool CanMount => Probe.Value;

    private static readonly Lazy<bool> Probe = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("publish-tmpfs-probe-").FullName;
        try
        {
            return Run("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", folder) && Run("umount", folder);
        }
        finally
        {
            Directory.Delete(folder);
        }
    });

    public static TmpfsMount Mount(string folder, int kilobytes)
    {
        Directory.CreateDirectory(folder);
        Assert.True(Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", folder), $"mounting a {kilobytes} KiB tmpfs on {folder} failed");
        return new TmpfsMount(folder);
    }

    public void RemountReadOnly() => Assert.True(Run("mount", "-o", "remount,ro", Folder), "remount read-only failed");

    public void Dispose() => Run("umount", "-l", Folder);

    public static bool Run(string program, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
