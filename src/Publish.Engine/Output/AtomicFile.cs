namespace Publish.Engine.Output;

/// <summary>
/// Writes a file so that readers only ever see the old content or the complete new content: the bytes go
/// to a <see cref="PendingFile"/> beside the target (same file system, so the rename is atomic), which only then
/// replaces the target. A failure or a kill leaves the previous file intact.
/// </summary>
public static class AtomicFile
{
    /// <summary>
    /// Test hook: when set to a number of milliseconds, the temporary file is written in 16 KiB pieces with
    /// that pause after each, so a test can kill the process while it writes. Never set it in production.
    /// </summary>
    public const string SlowWriteVariable = "PUBLISH_TEST_SLOW_WRITE_MS";

    /// <summary>
    /// Test hook, with <see cref="SlowWriteVariable"/>: a folder where, at its first pause, each throttled file
    /// creates an empty file named like itself, so a test knows for sure that the file holds bytes and its
    /// writer is paused (the point to kill at) without guessing from sleeps. Never set it in production.
    /// </summary>
    public const string SlowWriteSignalVariable = "PUBLISH_TEST_SLOW_WRITE_SIGNAL";

    /// <param name="durable">
    /// Flush to the disk before the rename (editions, reports). Without it a kill still leaves old or new content,
    /// only a power cut may lose the new file: right for the build cache, whose loss costs a rebuild, not an edition.
    /// </param>
    public static void Write(string path, Action<Stream> write, bool durable = true)
    {
        using var file = PendingFile.Create(path);
        write(file.Stream);
        file.Commit(durable);
    }

    /// <summary>
    /// <see cref="Write"/> for a file outside any output folder a build claims (the report, import's Markdown): a lock
    /// file beside it (<see cref="TemporaryOwner.ClaimBeside"/>) proves the temporary file ours while it is written,
    /// and first what writers killed there earlier provably left is removed (<see cref="StaleTemporaryFiles.RemoveBeside"/>).
    /// </summary>
    public static void WriteClaimed(string path, Action<Stream> write)
    {
        using var claim = TemporaryOwner.ClaimBeside(path);
        StaleTemporaryFiles.RemoveBeside(path);
        Write(path, write);
    }
}
