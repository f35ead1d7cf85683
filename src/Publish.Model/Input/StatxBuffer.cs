using System.Runtime.InteropServices;

namespace Publish.Model.Input;

/// <summary><c>struct statx</c> (linux/stat.h): 256 bytes, the same layout on every architecture; only the fields read here are named.</summary>
[StructLayout(LayoutKind.Explicit, Size = 256)]
internal struct StatxBuffer
{
    [FieldOffset(28)]
    public ushort Mode;

    [FieldOffset(32)]
    public ulong Inode;

    [FieldOffset(40)]
    public ulong Size;

    /// <summary>stx_ctime: the last change of content or metadata, set by the kernel only (no call sets it back).</summary>
    [FieldOffset(96)]
    public long ChangedSeconds;

    [FieldOffset(104)]
    public uint ChangedNanoseconds;

    /// <summary>stx_mtime: the last change of content (or whatever a tool such as <c>touch</c> set).</summary>
    [FieldOffset(112)]
    public long ModifiedSeconds;

    [FieldOffset(120)]
    public uint ModifiedNanoseconds;

    [FieldOffset(136)]
    public uint DeviceMajor;

    [FieldOffset(140)]
    public uint DeviceMinor;
}
