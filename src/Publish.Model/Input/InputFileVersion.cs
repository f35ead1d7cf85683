namespace Publish.Model.Input;

/// <summary>
/// One version of an opened file, as its descriptor says: which file (<see cref="Device"/>, <see cref="Inode"/>), its
/// size and the times of its last content change (<see cref="ModifiedNanoseconds"/>, which tools can set back) and last
/// change of any kind (<see cref="ChangedNanoseconds"/>, which only the kernel sets: a file rewritten in place and given
/// its old modification time back still has a new one). Times are nanoseconds since 1970 UTC. Where the system cannot
/// say (not Linux), device, inode and change time are 0, so only size and modification time tell versions apart.
/// </summary>
public readonly record struct InputFileVersion(long Length, ulong Device, ulong Inode, long ModifiedNanoseconds, long ChangedNanoseconds)
{
    /// <summary>The latest of the two times: when the file last changed as far as anyone can tell.</summary>
    public long LastChangeNanoseconds => Math.Max(ModifiedNanoseconds, ChangedNanoseconds);
}
