namespace Publish.Engine.Output;

/// <summary>
/// Writes a file so that readers only ever see the old content or the complete new content: the bytes go
/// to a temporary file beside the target (same file system, so the rename is atomic), are flushed to disk,
/// and only then replace the target. A failure or a kill leaves the previous file intact.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var temporary = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
