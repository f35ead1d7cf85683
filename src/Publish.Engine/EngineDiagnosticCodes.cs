namespace Publish.Engine;

/// <summary>Stable codes of the build itself (PUB7xxx). A code, once published, never changes meaning.</summary>
public static class EngineDiagnosticCodes
{
    public const string InputPathNotFound = "PUB7001";
    public const string NoManuscriptsFound = "PUB7002";
    public const string OutputNameCollision = "PUB7003";
    public const string OutputNotWritable = "PUB7004";

    /// <summary>No longer emitted: a failing manuscript's editions are kept (<see cref="StaleEditionKept"/>), never removed.</summary>
    public const string StaleEditionRemoved = "PUB7005";
    public const string DefaultStyleNotFound = "PUB7006";
    public const string EditionInputRefused = "PUB7007";

    /// <summary>A manuscript took longer than its build's time limit (<c>--time-limit</c>); no edition was written.</summary>
    public const string TimeLimitExceeded = "PUB7008";

    /// <summary>The process went over the build's memory limit (<c>--memory-limit</c>) or out of memory; no edition was written.</summary>
    public const string MemoryLimitExceeded = "PUB7009";

    /// <summary>A manuscript failed: its previous edition is kept untouched, but no longer matches it (listed as stale in the report).</summary>
    public const string StaleEditionKept = "PUB7010";

    /// <summary>An edition of a format this build did not write (<c>--format</c>) is left in place, listed as stale in the report.</summary>
    public const string EditionNotRebuilt = "PUB7011";

    /// <summary>The build cache entry could not be saved (a full or read-only disk): the next build rebuilds the manuscript.</summary>
    public const string CacheNotWritten = "PUB7012";

    /// <summary>The budget watchdog ended the process while this manuscript was being built; its previous editions are kept.</summary>
    public const string BuildEnded = "PUB7013";

    /// <summary>An output path (<c>--report</c>, <c>import -o</c>) names an input, an edition of this run or a file that is not a regular file.</summary>
    public const string OutputPathRefused = "PUB7014";

    public const string InternalError = "PUB9001";

    /// <summary>A <c>publish.yaml</c> key that does not exist (<c>outptu:</c>); the message names the nearest known key.</summary>
    public const string ManifestUnknownKey = "PUB7030";

    /// <summary>A <c>publish.yaml</c> that is not valid YAML or has a value of the wrong shape.</summary>
    public const string ManifestInvalid = "PUB7031";

    /// <summary>A manifest's book entry of the wrong shape: no name, title or parts, a name that is not a safe file name, a part that is neither a file nor a section (PUB704x: books, issue 20).</summary>
    public const string BookInvalid = "PUB7040";

    /// <summary>A book's ISBN or ISSN whose check digit (or length, or prefix) is wrong.</summary>
    public const string BookIdentifierInvalid = "PUB7041";

    /// <summary>A manuscript listed twice among one book's parts.</summary>
    public const string BookPartRepeated = "PUB7042";

    /// <summary>Two books of a manifest with the same name (case-insensitively): their editions would overwrite each other.</summary>
    public const string BookNameRepeated = "PUB7043";

    /// <summary>A book is not built because one of its parts failed (missing, outside the manifest's folder, a folder, or with errors).</summary>
    public const string BookPartFailed = "PUB7044";

    /// <summary>A book's editions would have the same names as a manuscript's in the same output folder; nothing is built.</summary>
    public const string BookEditionClash = "PUB7045";

    /// <summary>A link from an article of a book to a manuscript that is not one of the book's parts: its text is kept, unlinked.</summary>
    public const string BookLinkOutsideBook = "PUB7048";

    /// <summary>A link from an article of a book to another part's <c>#id</c> that none of that part's headings has: its text is kept, unlinked.</summary>
    public const string BookLinkFragmentUnknown = "PUB7049";

    /// <summary>An in-memory build's manuscript names a figure the caller did not give (<see cref="PublishOptions.Figures"/>).</summary>
    public const string InMemoryFigureNotGiven = "PUB7060";

    /// <summary>An in-memory build's manuscript stream holds more than a manuscript may (64 MiB).</summary>
    public const string InMemoryManuscriptTooLarge = "PUB7061";

    /// <summary><c>publish report merge</c>: a report that cannot be read, is not JSON, or is not a build report (PUB708x: report merge).</summary>
    public const string ReportUnreadable = "PUB7080";

    /// <summary><c>publish report merge</c>: a report of another <c>schemaVersion</c> than this Publish writes (or of none).</summary>
    public const string ReportSchemaMismatch = "PUB7081";

    /// <summary><c>publish report merge</c>: the same manuscript in two reports (shards that overlap, or one report given twice).</summary>
    public const string ReportsOverlap = "PUB7082";

    /// <summary><c>publish report merge</c> (warning): the reports were written by different versions of Publish.</summary>
    public const string ReportToolsDiffer = "PUB7083";
}
