namespace TypographyReport;

/// <summary>The report's figures for one PDF (definitions in bench/typography/README.md).</summary>
internal sealed record TypographyFigures
{
    public required int Pages { get; init; }
    public required double BodySize { get; init; }
    public required double Leading { get; init; }
    public required int BodyLines { get; init; }
    public required int Paragraphs { get; init; }
    public required int HyphenatedLines { get; init; }

    /// <summary>Body lines ending in a hyphen the line breaker added (not a compound's own hyphen): <see cref="DiscretionaryHyphens"/>.</summary>
    public required int DiscretionaryLines { get; init; }

    /// <summary>Whether the PDF marked its added hyphens (U+00AD) or they were told from compounds by the words.</summary>
    public required bool DiscretionaryMarked { get; init; }
    public required int LongestLadder { get; init; }
    public required int LaddersOfTwo { get; init; }
    public required int LaddersOfThreeOrMore { get; init; }
    public required int HyphensAtPageTurn { get; init; }
    public required int Widows { get; init; }
    public required int Orphans { get; init; }
    public required int StrandedHeadings { get; init; }
    public required int MultiLineParagraphs { get; init; }
    public required int ShortWordEndings { get; init; }
    public required int UnindentedStarts { get; init; }
    public required int TitleLines { get; init; }
    public required double TitleBalance { get; init; }
    public required int CandidatePages { get; init; }
    public required int ShortPages { get; init; }
    public required int JustifiedLines { get; init; }
    public required IReadOnlyList<double> LineWordSpace { get; init; }
    public required IReadOnlyList<double> LineWidestGap { get; init; }
    public required IReadOnlyList<double> LineSpread { get; init; }

    public required NoteFigures Notes { get; init; }

    /// <summary>The narrowest letter width (Tz %) any run is drawn at and how many runs are (null: none narrowed).</summary>
    public (double Scale, int Runs)? NarrowedRuns { get; init; }

    /// <summary>The pages each counted event sits on (the page a widow, orphan or split word lands on or leaves).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<int>> Where { get; init; }
}
