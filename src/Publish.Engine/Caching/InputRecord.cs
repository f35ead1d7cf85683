namespace Publish.Engine.Caching;

/// <summary>
/// One input an edition was built from, as the cache remembers it. For a file: its size, modification time
/// (UTC ticks) and SHA-256; a later build trusts the recorded hash only while size and time are unchanged
/// (git's index does the same) and hashes the bytes again otherwise. For a folder listing (<see cref="IsListing"/>):
/// the hash of the sorted names in it, recomputed every time — it stands for "a missing photo may appear here".
/// A file that does not exist has the hash <see cref="Absent"/>.
/// </summary>
public sealed record InputRecord(string Path, bool IsListing, long Bytes, long ModifiedTicks, string Sha256)
{
    public const string Absent = "absent";
}
