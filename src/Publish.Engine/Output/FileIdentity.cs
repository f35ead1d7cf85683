using System.Runtime.InteropServices;

namespace Publish.Engine.Output;

/// <summary>
/// What a path names, from <c>statx(2)</c> (following symbolic links): its file type and its identity (device and
/// inode), so two names of one file — a symlink, a hard link, <c>./a/../a</c> — compare equal. .NET exposes neither
/// a file's type beyond "directory" nor its inode. statx has one layout on every Linux architecture.
/// </summary>
public sealed partial record FileIdentity(FileKind Kind, ulong Device, ulong Inode)
{
    private const int AtCurrentFolder = -100;
    private const uint TypeAndInode = 0x1 | 0x100; // STATX_TYPE | STATX_INO

    /// <summary>The file a path names, or null when nothing is there (or the system cannot say, off Linux).</summary>
    public static FileIdentity? Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return Directory.Exists(path) ? new FileIdentity(FileKind.Directory, 0, 0)
                : File.Exists(path) ? new FileIdentity(FileKind.Regular, 0, 0) : null;
        }

        var buffer = new StatxBuffer();
        if (Statx(AtCurrentFolder, Path.GetFullPath(path), 0, TypeAndInode, ref buffer) != 0)
        {
            return null;
        }

        var kind = (buffer.Mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            _ => FileKind.Special,
        };
        return new FileIdentity(kind, ((ulong)buffer.DeviceMajor << 32) | buffer.DeviceMinor, buffer.Inode);
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int folder, string path, int flags, uint mask, ref StatxBuffer buffer);

    /// <summary><c>struct statx</c> (256 bytes): only the fields read here are named.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(32)]
        public ulong Inode;

        [FieldOffset(136)]
        public uint DeviceMajor;

        [FieldOffset(140)]
        public uint DeviceMinor;
    }
}
