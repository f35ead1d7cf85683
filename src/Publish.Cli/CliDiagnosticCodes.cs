namespace Publish.Cli;

/// <summary>
/// Codes of the diagnostics only the command line gives (PUB709x: a range no other part of Publish uses), stable so
/// scripts and editors can match them.
/// </summary>
internal static class CliDiagnosticCodes
{
    /// <summary><c>publish new NAME</c>: NAME (or a file it would write) already exists; nothing was written.</summary>
    public const string NewTargetExists = "PUB7091";

    /// <summary><c>publish new NAME</c>: the folder could not be written (permissions, a full disk).</summary>
    public const string NewNotWritable = "PUB7092";

    /// <summary><c>publish build -</c>: standard input could not be read, or is larger than a manuscript may be.</summary>
    public const string StdinRefused = "PUB7093";

    /// <summary><c>-o FILE.pdf</c>/<c>-o FILE.epub</c>: the edition could not be put at that file.</summary>
    public const string EditionFileNotWritten = "PUB7094";

    /// <summary>
    /// <c>-o FILE.pdf</c>/<c>-o FILE.epub</c>: the file there is not an edition Publish wrote, so it is kept as it is and
    /// nothing is built (<c>--force</c> replaces it).
    /// </summary>
    public const string ForeignFileKept = "PUB7095";

    /// <summary>
    /// <c>--bibliography FILE</c> or <c>--csl STYLE</c>: the file is missing or no regular file, or the style is no
    /// <c>.csl</c> file and no shipped style's name; nothing is built.
    /// </summary>
    public const string CitationOptionRefused = "PUB7096";
}
