using System.Diagnostics;

namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// A small tmpfs mounted on a scratch folder, for real full-disk and read-only conditions (ENOSPC, EROFS). Needs
/// root with CAP_SYS_ADMIN (this machine and CI run as root); <see cref="TryMount"/> returns null where mounting is
/// impossible, and the test then says so and stops.
/// </summary>
internal sealed class TmpfsMount : IDisposable
{
    private TmpfsMount(string folder) => Folder = folder;

    public string Folder { get; }

    public static TmpfsMount? TryMount(string folder, int kilobytes)
    {
        Directory.CreateDirectory(folder);
        return Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", folder) ? new TmpfsMount(folder) : null;
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
