using System.Diagnostics;

namespace Publish.Engine.Tests.Hostile;

/// <summary>Files that are not regular files, made by the tests (.NET has no mkfifo).</summary>
internal static class SpecialFiles
{
    public static string Fifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }
}
