namespace Publish.Engine.Output;

/// <summary>
/// Writes a file so that readers only ever see the old content or the complete new content: the bytes go
/// to a <see cref="PendingFile"/> beside the target (same file system, so the rename is atomic), which only then
/// replaces the target. A failure or a kill leaves the previous file intact.
/// </summary>
public static class AtomicFile
{
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
