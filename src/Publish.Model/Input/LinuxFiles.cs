using System.Runtime.InteropServices;

namespace Publish.Model.Input;

/// <summary>
/// The few libc calls .NET does not offer: the type of a file (<c>statx</c>: .NET's file APIs say "exists" for
/// a FIFO or a device and cannot tell them from a regular file), an open that cannot block (<c>O_NONBLOCK</c>:
/// .NET's open() of a FIFO waits for a writer forever), and <c>realpath</c>. <c>struct statx</c> has one layout
/// on every Linux architecture, unlike <c>struct stat</c>. Used only when <see cref="Available"/>.
/// </summary>
internal static partial class LinuxFiles
{
    private const string Libc = "libc.so.6";

    public const int AtFdCwd = -100;
    public const int AtEmptyPath = 0x1000;
    public const uint StatxType = 0x1;
    public const uint StatxSize = 0x200;
    public const uint StatxInode = 0x100;
    public const uint StatxModified = 0x40;
    public const uint StatxChanged = 0x80;

    // Generic Linux values (x86-64 and arm64 alike).
    public const int ReadOnlyNonBlocking = 0x800 /* O_NONBLOCK */ | 0x100 /* O_NOCTTY */ | 0x80000 /* O_CLOEXEC */;

    public const int ENOENT = 2;
    public const int ENXIO = 6;
    public const int EACCES = 13;
    public const int ENOTDIR = 20;
    public const int ELOOP = 40;
    public const int EPERM = 1;

    private static readonly Lazy<bool> Probe = new(static () =>
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            // Old kernels lack statx and some container sandboxes forbid it: then the managed fallback is used.
            return Statx(AtFdCwd, "/", 0, StatxType, out _) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return false;
        }
    });

    public static bool Available => Probe.Value;

    [LibraryImport(Libc, EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Statx(int directory, string path, int flags, uint mask, out StatxBuffer buffer);

    /// <summary><c>open(path, flags, mode)</c>; the mode is ignored without O_CREAT and passed so the variadic call is well formed.</summary>
    [LibraryImport(Libc, EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Open(string path, int flags, int mode);

    [LibraryImport(Libc, EntryPoint = "realpath", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial IntPtr RealPath(string path, IntPtr resolved);

    /// <summary><c>sync_file_range(fd, offset, nbytes, flags)</c>: with <see cref="SyncFileRangeWrite"/> only starts writing the range back.</summary>
    [LibraryImport(Libc, EntryPoint = "sync_file_range", SetLastError = true)]
    public static partial int SyncFileRange(Microsoft.Win32.SafeHandles.SafeFileHandle file, long offset, long count, uint flags);

    public const uint SyncFileRangeWrite = 0x2;

    [LibraryImport(Libc, EntryPoint = "free")]
    public static partial void Free(IntPtr pointer);

    public static InputFileKind KindOf(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => InputFileKind.Regular,
        0x4000 => InputFileKind.Directory,
        0x1000 => InputFileKind.Fifo,
        0x2000 => InputFileKind.CharacterDevice,
        0x6000 => InputFileKind.BlockDevice,
        0xC000 => InputFileKind.Socket,
        _ => InputFileKind.Other,
    };

    /// <summary>The status a failed call's <paramref name="errno"/> stands for.</summary>
    public static InputFileStatus Failure(int errno) => errno switch
    {
        ENOENT or ENOTDIR => new InputFileStatus(InputFileKind.Missing, 0),
        ELOOP => new InputFileStatus(InputFileKind.LinkLoop, 0),
        ENXIO => new InputFileStatus(InputFileKind.Other, 0),
        EACCES or EPERM => new InputFileStatus(InputFileKind.Inaccessible, 0, "permission denied"),
        _ => new InputFileStatus(InputFileKind.Inaccessible, 0, Marshal.GetPInvokeErrorMessage(errno)),
    };
}
