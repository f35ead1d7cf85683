namespace Publish.Engine.Tests.Properties.Archives;

/// <summary>The kinds of hostile member a generated archive may hold beside its good manuscripts.</summary>
internal enum HostileMemberKind
{
    /// <summary>A manuscript name that is a symbolic link to a secret file outside the archive.</summary>
    LinkOutside,

    /// <summary>A FIFO named like a manuscript: opening it for reading would block for ever.</summary>
    Fifo,

    /// <summary>Two links pointing at each other.</summary>
    LinkLoop,

    /// <summary>A link to a file that does not exist.</summary>
    DanglingLink,

    /// <summary>A folder named like a manuscript.</summary>
    FolderNamedLikeManuscript,

    /// <summary>A Markdown manuscript with a bare URL of a few hundred kilobytes.</summary>
    HugeUrl,

    /// <summary>Front matter nested tens of thousands of levels deep.</summary>
    DeepNesting,

    /// <summary>A manuscript whose figure is a JPEG with damaged scan data.</summary>
    CorruptImage,

    /// <summary>A Markdown manuscript that is not UTF-8 (an error for the default encoding).</summary>
    NotUtf8,
}
