using Microsoft.Win32.SafeHandles;

namespace Publish.Model.Input;

/// <summary>
/// Starts the kernel writing a range of a file to the disk without waiting for it (Linux <c>sync_file_range</c> with
/// <c>SYNC_FILE_RANGE_WRITE</c>), so that a later <c>fsync</c> finds most of the file there already and waits only for
/// its tail. Only a hint: where the call is not available or fails, nothing happens, and the <c>fsync</c> that makes
/// the file durable does all the work as before.
/// </summary>
public static class FileWriteback
{
    public static void Start(SafeFileHandle file, long offset, long count)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (count <= 0 || !LinuxFiles.Available)
        {
            return;
        }

        try
        {
            _ = LinuxFiles.SyncFileRange(file, offset, count, LinuxFiles.SyncFileRangeWrite);
        }
        catch (EntryPointNotFoundException)
        {
            // A libc without it: the fsync does the work.
        }
    }
}
