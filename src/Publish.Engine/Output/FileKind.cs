namespace Publish.Engine.Output;

/// <summary>What kind of file a path names: only a regular file may be replaced by an output.</summary>
public enum FileKind
{
    Regular,
    Directory,

    /// <summary>A FIFO, a device (<c>/dev/null</c>), a socket: never replaced, never written into.</summary>
    Special,
}
