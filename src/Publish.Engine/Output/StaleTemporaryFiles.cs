using System.Diagnostics;
using System.Globalization;

namespace Publish.Engine.Output;

/// <summary>
/// Removes the temporary files a killed build left in an output folder (<c>.NAME.SERIAL.PID.tmp</c>, see
/// <see cref="AtomicFile"/>), so they do not pile up. Only files of processes that no longer run are removed:
/// a build running at the same time keeps its own.
/// </summary>
public static class StaleTemporaryFiles
{
    public static int Remove(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(folder).Where(IsTemporary))
        {
            var parts = Path.GetFileName(file).Split('.');
            if (parts.Length < 4 || !int.TryParse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || IsRunning(pid))
            {
                continue;
            }

            try
            {
                File.Delete(file);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for the next build; it is hidden and never taken for an edition.
            }
        }

        return removed;
    }

    /// <summary>
    /// Removes this process's own temporary files, for a host about to end the process while writers may be
    /// mid-write (the budget watchdog); returns how many were removed.
    /// </summary>
    public static int RemoveOwn(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var suffix = "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(folder).Where(f => IsTemporary(f) && f.EndsWith(suffix, StringComparison.Ordinal)))
        {
            try
            {
                File.Delete(file);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for the next build, which removes the files of processes that no longer run.
            }
        }

        return removed;
    }

    /// <summary>A temporary file of <see cref="AtomicFile"/>: a hidden name ending in <c>.tmp</c>.</summary>
    public static bool IsTemporary(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith('.') && name.EndsWith(".tmp", StringComparison.Ordinal);
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
