using Publish.Model.Input;

namespace Publish.Engine.Output;

/// <summary>
/// What a path names (following symbolic links): its file type and its identity (device and inode), so two names
/// of one file — a symlink, a hard link, <c>./a/../a</c> — compare equal. Read through <see cref="InputFile.Examine"/>
/// (<c>statx</c>), since .NET exposes neither a file's type beyond "directory" nor its inode.
/// </summary>
public sealed record FileIdentity(FileKind Kind, ulong Device, ulong Inode)
{
    /// <summary>The file a path names, or null when nothing is there or it cannot be examined.</summary>
    public static FileIdentity? Of(string path)
    {
        var status = InputFile.Examine(Path.GetFullPath(path));
        FileKind? kind = status.Kind switch
        {
            InputFileKind.Missing or InputFileKind.LinkLoop or InputFileKind.Inaccessible => null,
            InputFileKind.Regular => FileKind.Regular,
            InputFileKind.Directory => FileKind.Directory,
            _ => FileKind.Special,
        };
        return kind is { } known ? new FileIdentity(known, status.Device, status.Inode) : null;
    }
}
