using System.Globalization;

namespace Publish.Engine.Output;

/// <summary>
/// Writes a file so that readers only ever see the old content or the complete new content: the bytes go
/// to a temporary file beside the target (same file system, so the rename is atomic), are flushed to disk,
/// and only then replace the target. A failure or a kill leaves the previous file intact.
/// </summary>
public static class AtomicFile
{
    /// <summary>
    /// Test hook: when set to a number of milliseconds, the temporary file is written in 16 KiB pieces with
    /// that pause after each, so a test can kill the process while it writes. Never set it in production.
    /// </summary>
    public const string SlowWriteVariable = "PUBLISH_TEST_SLOW_WRITE_MS";

    private const int SlowWriteChunk = 16 * 1024;

    /// <param name="durable">
    /// Flush to the disk before the rename (editions, reports). Without it a kill still leaves old or new content,
    /// only a power cut may lose the new file: right for the build cache, whose loss costs a rebuild, not an edition.
    /// </param>
    public static void Write(string path, Action<Stream> write, bool durable = true)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var temporary = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                if (SlowWriteDelay() is { } delay)
                {
                    WriteSlowly(stream, write, delay);
                }
                else
                {
                    write(stream);
                }

                stream.Flush(flushToDisk: durable);
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

    private static int? SlowWriteDelay() =>
        int.TryParse(Environment.GetEnvironmentVariable(SlowWriteVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && ms > 0 ? ms : null;

    private static void WriteSlowly(FileStream stream, Action<Stream> write, int delay)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        for (var offset = 0; offset < bytes.Length; offset += SlowWriteChunk)
        {
            stream.Write(bytes[offset..Math.Min(bytes.Length, offset + SlowWriteChunk)]);
            stream.Flush(flushToDisk: false);
            Thread.Sleep(delay);
        }
    }
}
