namespace Publish.Model.Input;

/// <summary>What a path names once its symbolic links are followed, as <c>stat(2)</c> tells it.</summary>
public enum InputFileKind
{
    Missing,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,

    /// <summary>The links along the path loop (ELOOP).</summary>
    LinkLoop,

    /// <summary>The path cannot be examined (permission denied on a folder along it, or another error).</summary>
    Inaccessible,

    /// <summary>A type the build has no name for.</summary>
    Other,
}
