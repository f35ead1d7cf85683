namespace Publish.Model.Input;

/// <summary>Why <see cref="InputFile"/> refused to read a file.</summary>
public enum InputFileProblem
{
    /// <summary>Nothing is there (or a symbolic link's target is missing).</summary>
    NotFound,

    /// <summary>A folder, FIFO, device or socket: only regular files are read.</summary>
    NotRegular,

    /// <summary>Symbolic links that lead back to themselves (too many levels of links).</summary>
    LinkLoop,

    /// <summary>Permission denied or another error of the file system.</summary>
    Inaccessible,

    /// <summary>Larger than the limit for its kind of input.</summary>
    TooLarge,

    /// <summary>The file grew or shrank while it was read, or holds more than its size says (e.g. under <c>/proc</c>).</summary>
    Changed,
}
