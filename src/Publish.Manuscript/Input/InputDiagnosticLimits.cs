namespace Publish.Manuscript.Input;

/// <summary>Documented limits on manuscript input (issue 7): beyond them the manuscript is refused with an error.</summary>
public static class InputDiagnosticLimits
{
    /// <summary>64 MiB: about 10 million words, far beyond any book, small enough to hold in memory twice.</summary>
    public const long MaxManuscriptBytes = 64L * 1024 * 1024;

    /// <summary>Replaced characters reported one by one up to this count, then once as a summary.</summary>
    public const int MaxReplacementWarnings = 20;
}
