namespace Publish.Manuscript.Input;

/// <summary>Documented limits on manuscript input (issue 7): beyond them the manuscript is refused with an error.</summary>
public static class InputDiagnosticLimits
{
    /// <summary>64 MiB: about 10 million words, far beyond any book, small enough to hold in memory twice.</summary>
    public const long MaxManuscriptBytes = 64L * 1024 * 1024;

    /// <summary>Replaced characters reported one by one up to this count, then once as a summary.</summary>
    public const int MaxReplacementWarnings = 20;

    /// <summary>
    /// One source paragraph (PUB1007): a million characters is about 150,000 words, some 300 printed pages
    /// without a break; no manuscript has such a paragraph, but line breaking holds a whole paragraph in
    /// memory, so a larger one is refused rather than risking the build's memory and time.
    /// </summary>
    public const int MaxParagraphCharacters = 1_000_000;
}
