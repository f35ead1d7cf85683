namespace Publish.Engine.Output;

/// <summary>
/// Decides whether a file the user names for an output (a report, an imported manuscript) may be replaced: never
/// an input of the command, never an edition the build writes or keeps, never anything but a regular file (a
/// folder, a FIFO, <c>/dev/null</c> — which, run as root, a rename would replace by a plain file). Names are
/// compared as the files they name (device and inode), so a symlink or a hard link to an input is refused too.
/// </summary>
public static class OutputPathCheck
{
    /// <summary>Why <paramref name="path"/> must not be written, or null when it may be.</summary>
    public static string? Refusal(string path, IEnumerable<string> inputs, IEnumerable<string> editions)
    {
        var target = FileIdentity.Of(path);
        switch (target?.Kind)
        {
            case FileKind.Directory:
                return "it is a folder";
            case FileKind.Special:
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

    /// <summary>Whether two paths name one file: the same file when both exist, else the same name in the same folder.</summary>
    private static bool SameFile(string path, FileIdentity? identity, string other)
    {
        if (identity is { Inode: not 0 } && FileIdentity.Of(other) is { } otherIdentity)
        {
            return identity == otherIdentity;
        }

        if (!string.Equals(Path.GetFileName(Path.GetFullPath(path)), Path.GetFileName(Path.GetFullPath(other)), StringComparison.Ordinal))
        {
            return false;
        }

        var folder = FileIdentity.Of(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return folder is { Inode: not 0 }
            ? folder == FileIdentity.Of(Path.GetDirectoryName(Path.GetFullPath(other))!)
            : string.Equals(Path.GetFullPath(path), Path.GetFullPath(other), StringComparison.Ordinal);
    }
}
