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
    public const string InternalError = "PUB9001";
}
