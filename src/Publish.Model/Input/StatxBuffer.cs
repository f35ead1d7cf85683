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

    [FieldOffset(136)]
    public uint DeviceMajor;

    [FieldOffset(140)]
    public uint DeviceMinor;
}
