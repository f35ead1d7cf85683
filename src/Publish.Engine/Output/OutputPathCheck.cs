using Publish.Model.Input;

namespace Publish.Engine.Output;

/// <summary>
/// Decides whether a file the user names for an output (a report, an imported manuscript) may be replaced: never
/// an input of the command, never an edition the build writes or keeps, never anything but a regular file (a
/// folder, a FIFO, <c>/dev/null</c> — which, run as root, a rename would replace by a plain file). Names are
/// compared as the files they name (device and inode, read by <see cref="InputFile.Examine"/>, following links), so
/// a symlink or a hard link to an input is refused too.
/// </summary>
public static class OutputPathCheck
{
    /// <summary>Why <paramref name="path"/> must not be written, or null when it may be.</summary>
    public static string? Refusal(string path, IEnumerable<string> inputs, IEnumerable<string> editions)
    {
        var target = Identity(path);
        switch (target?.Kind)
        {
            case InputFileKind.Directory:
                return "it is a folder";
            case not (null or InputFileKind.Regular):
                return "it is not a regular file (a device, FIFO or socket)";
        }

        if (editions.FirstOrDefault(e => SameFile(path, target, e)) is { } edition)
        {
            return $"it is an edition of this build ({edition})";
        }

        if (inputs.FirstOrDefault(i => SameFile(path, target, i)) is { } input)
        {
            return $"it is an input of this command ({input})";
        }

        return null;
    }

    /// <summary>
    /// Why a file cannot be written at <paramref name="path"/> because of the folder it goes in: that folder does not
    /// exist (unless it is <paramref name="outputFolder"/>, which the build makes first) or is not a folder. Found
    /// before anything is built, not when the file is written at the end.
    /// </summary>
    public static string? FolderRefusal(string path, string? outputFolder)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is null)
        {
            return null;
        }

        if (outputFolder is not null && string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder)), folder, StringComparison.Ordinal))
        {
            return OutputFolderRefusal(outputFolder) is { } why ? $"its folder is the output folder, and {why}" : null;
        }

        return InputFile.Examine(folder).Kind switch
        {
            var kind when MayBeFolder(kind) => null,
            InputFileKind.Missing => $"its folder {folder} does not exist",
            _ => $"{folder} is not a folder",
        };
    }

    /// <summary>
    /// Why <paramref name="folder"/> cannot be the output folder: it is a file (or a device, FIFO, socket), or it does
    /// not exist and the nearest thing above it that does is not a folder, so it cannot be made. A folder that cannot
    /// be examined is left to the build, which names the error it meets.
    /// </summary>
    public static string? OutputFolderRefusal(string folder)
    {
        var full = Path.GetFullPath(folder);
        switch (InputFile.Examine(full).Kind)
        {
            case var kind when MayBeFolder(kind):
                return null;
            case InputFileKind.Regular:
                return "it is a file, not a folder";
            case not InputFileKind.Missing:
                return "it is not a folder (a device, FIFO or socket)";
        }

        for (var above = Path.GetDirectoryName(full); above is not null; above = Path.GetDirectoryName(above))
        {
            var kind = InputFile.Examine(above).Kind;
            if (kind != InputFileKind.Missing)
            {
                return MayBeFolder(kind) ? null : $"it cannot be made: {above} is not a folder";
            }
        }

        return null;
    }

    /// <summary>
    /// A folder, or something that cannot be told apart from one here (a link loop, a path we may not examine): left
    /// to the build, which names the error it meets when it writes.
    /// </summary>
    private static bool MayBeFolder(InputFileKind kind) =>
        kind is InputFileKind.Directory or InputFileKind.LinkLoop or InputFileKind.Inaccessible;

    /// <summary>What the path names, or null when nothing is there or it cannot be examined.</summary>
    private static InputFileStatus? Identity(string path) =>
        InputFile.Examine(Path.GetFullPath(path)) is { Kind: not (InputFileKind.Missing or InputFileKind.LinkLoop or InputFileKind.Inaccessible) } status
            ? status
            : null;

    /// <summary>Whether two paths name one file: the same file when both exist, else the same name in the same folder.</summary>
    private static bool SameFile(string path, InputFileStatus? identity, string other)
    {
        if (identity is { Inode: not 0 } known && Identity(other) is { } otherIdentity)
        {
            return SameIdentity(known, otherIdentity);
        }

        if (!string.Equals(Path.GetFileName(Path.GetFullPath(path)), Path.GetFileName(Path.GetFullPath(other)), StringComparison.Ordinal))
        {
            return false;
        }

        var folder = Identity(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return folder is { Inode: not 0 } knownFolder
            ? Identity(Path.GetDirectoryName(Path.GetFullPath(other))!) is { } otherFolder && SameIdentity(knownFolder, otherFolder)
            : string.Equals(Path.GetFullPath(path), Path.GetFullPath(other), StringComparison.Ordinal);
    }

    private static bool SameIdentity(InputFileStatus one, InputFileStatus other) =>
        one.Device == other.Device && one.Inode == other.Inode;
}
