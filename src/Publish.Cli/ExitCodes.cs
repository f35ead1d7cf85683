namespace Publish.Cli;

/// <summary>The process exit codes scripts can rely on.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>A manuscript had errors (or warnings under --strict); its editions were not written.</summary>
    public const int InputErrors = 1;

    /// <summary>The command line or environment was wrong (unknown option, invalid SOURCE_DATE_EPOCH).</summary>
    public const int Usage = 2;

    /// <summary>A bug in Publish: please report it with the manuscript.</summary>
    public const int Internal = 3;
}
