namespace Publish.Engine;

/// <summary>Stable codes of the build itself (PUB7xxx). A code, once published, never changes meaning.</summary>
public static class EngineDiagnosticCodes
{
    public const string InputPathNotFound = "PUB7001";
    public const string NoManuscriptsFound = "PUB7002";
    public const string OutputNameCollision = "PUB7003";
    public const string OutputNotWritable = "PUB7004";
    public const string StaleEditionRemoved = "PUB7005";
    public const string DefaultStyleNotFound = "PUB7006";
    public const string EditionInputRefused = "PUB7007";

    /// <summary>A manuscript took longer than its build's time limit (<c>--time-limit</c>); no edition was written.</summary>
    public const string TimeLimitExceeded = "PUB7008";

    /// <summary>The process went over the build's memory limit (<c>--memory-limit</c>) or out of memory; no edition was written.</summary>
    public const string MemoryLimitExceeded = "PUB7009";
    public const string InternalError = "PUB9001";

    /// <summary>A <c>publish.yaml</c> key that does not exist (<c>outptu:</c>); the message names the nearest known key.</summary>
    public const string ManifestUnknownKey = "PUB7030";

    /// <summary>A <c>publish.yaml</c> that is not valid YAML or has a value of the wrong shape.</summary>
    public const string ManifestInvalid = "PUB7031";
}
