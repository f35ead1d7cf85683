namespace Publish.Model.Input;

/// <summary>
/// What <see cref="InputFile.Examine"/> found at a path: its kind and, for a regular file, its size in bytes.
/// <see cref="Detail"/> is the system's words for an <see cref="InputFileKind.Inaccessible"/> path. <see cref="Device"/>
/// and <see cref="Inode"/> identify the file (two names of one file have the same), 0 where the system cannot say.
/// </summary>
public readonly record struct InputFileStatus(InputFileKind Kind, long Length, string? Detail = null, ulong Device = 0, ulong Inode = 0)
{
    public bool IsRegular => Kind == InputFileKind.Regular;

    /// <summary>Why the path is not a readable regular file, in words that name no content: "it is a FIFO (named pipe), not a regular file".</summary>
    public string Reason => Kind switch
    {
        InputFileKind.Regular => "it is a regular file",
        InputFileKind.Missing => "it does not exist",
        InputFileKind.Directory => "it is a folder, not a regular file",
        InputFileKind.Fifo => "it is a FIFO (named pipe), not a regular file",
        InputFileKind.CharacterDevice => "it is a character device, not a regular file",
        InputFileKind.BlockDevice => "it is a block device, not a regular file",
        InputFileKind.Socket => "it is a socket, not a regular file",
        InputFileKind.LinkLoop => "its symbolic links loop (too many levels of links)",
        InputFileKind.Inaccessible => "it cannot be examined: " + (Detail ?? "access denied"),
        _ => "it is not a regular file",
    };

    /// <summary>The problem a read of this path would meet, or null for a regular file.</summary>
    public InputFileProblem? Problem => Kind switch
    {
        InputFileKind.Regular => null,
        InputFileKind.Missing => InputFileProblem.NotFound,
        InputFileKind.LinkLoop => InputFileProblem.LinkLoop,
        InputFileKind.Inaccessible => InputFileProblem.Inaccessible,
        _ => InputFileProblem.NotRegular,
    };
}
