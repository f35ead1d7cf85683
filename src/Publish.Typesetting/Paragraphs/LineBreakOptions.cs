using Publish.Styles;

namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// Parameters of total-fit line breaking, TeX's defaults unless said otherwise. Looseness is always 0
/// (the optimum itself). Passes: (1) without added hyphens (explicit hyphens still break) at <see cref="PreTolerance"/>, (2) with it at
/// <see cref="Tolerance"/>, (3) with <see cref="EmergencyStretch"/> added to every line's stretch when rating
/// lines and any badness accepted (a loose line rather than none; past TeX's cap of 10000 a looser line costs more), and, as a last resort, an overfull line.
/// </summary>
public sealed record LineBreakOptions
{
    public static LineBreakOptions Default { get; } = new();

    public LineBreakAlgorithm Algorithm { get; init; } = LineBreakAlgorithm.TotalFit;

    /// <summary>Badness limit of the first pass; negative skips it.</summary>
    public double PreTolerance { get; init; } = 100;

    public double Tolerance { get; init; } = TypographySettings.DefaultTolerance;

    /// <summary>Added to each line's demerits before squaring (TeX \linepenalty): favours fewer lines.</summary>
    public double LinePenalty { get; init; } = 10;

    /// <summary>
    /// A break at an added hyphen (TeX \hyphenpenalty). TeX's 50 costs 2,500 demerits, less than one line set at
    /// badness 40, so a line a little loose was mended with a hyphen: 8 % of the bench book's lines ended in one
    /// (Typst on the same font 2.5 %). Typst raised its hyphen cost to 135 inside the square for the same reason
    /// (its <c>linebreak.rs</c>: "it hyphenates way too eagerly otherwise"). 150 here (22,500 demerits, a line at
    /// badness 140): on the bench book 26.7 % → 21 % of lines hyphenated, word-space p95 0.318 → 0.330 line heights;
    /// the text (nine words a line, many long) cannot go much lower without loose lines (no hyphens at all: p95 0.508).
    /// </summary>
    public double HyphenPenalty { get; init; } = HyphenationSettings.DefaultPenalty;

    /// <summary>
    /// The share added to <see cref="HyphenPenalty"/> for each letter a fragment has below <see cref="ComfortableFragment"/>
    /// (Typst's 15 % a step): "be-/tween" and "memoran-/dum" cost more than a break in the middle of a word, which a reader
    /// takes in whole on either side.
    /// </summary>
    public double ShortFragmentShare { get; init; } = 0.15;

    /// <summary>Fragments of this many letters or more read comfortably on either side of a hyphen.</summary>
    public int ComfortableFragment { get; init; } = 5;

    /// <summary>A break after an explicit hyphen, as in "Turkish-/Azerbaijani" (TeX \exhyphenpenalty).</summary>
    public double ExplicitHyphenPenalty { get; init; } = 50;

    /// <summary>A break inside a URL or an e-mail address, where no hyphen is added (Chicago 14.18).</summary>
    public double UrlBreakPenalty { get; init; } = 100;

    /// <summary>
    /// The most lines in a row that may end in a hyphen (InDesign's "hyphen limit"; Bringhurst 2.4.3 allows at most
    /// three): a hard limit kept in the break nodes, where TeX has only \doublehyphendemerits, which a loose paragraph
    /// outbids (the bench book had 4 ladders of three). A break after an explicit hyphen counts towards the run but is
    /// never refused (a compound breaks at its own hyphen). 0: no limit.
    /// </summary>
    public int MaxConsecutiveHyphens { get; init; } = 2;

    /// <summary>
    /// Two hyphenated lines in a row (TeX \doublehyphendemerits, 10,000 there): 30,000 here, as many TeX users set it,
    /// so that a ladder of two must save more than its two hyphens (bench book: 509 → 387 ladders of two).
    /// </summary>
    public double AdjacentHyphenDemerits { get; init; } = HyphenationSettings.DefaultDoubleHyphenDemerits;

    /// <summary>A hyphen ending the last full line (TeX \finalhyphendemerits).</summary>
    public double FinalHyphenDemerits { get; init; } = 5000;

    /// <summary>
    /// A paragraph's last line holding a single word or fragment (a "runt"). TeX has no such rule; Typst adds a runt
    /// cost of 100 inside the square (about 10,000 demerits). Of the same order here, so the breaker pulls a second
    /// word down where the lines above take the room at little cost, and leaves a lone word where they cannot.
    /// </summary>
    public double RuntDemerits { get; init; } = 10000;

    /// <summary>
    /// How much worse a shrunk line is rated than one stretched by the same share of its allowance: the ratio of a
    /// shrunk line is multiplied by this before TeX's cube (<see cref="KnuthPlassLineBreaker.ShrunkBadness"/>; 1 is TeX's
    /// symmetric badness, which pdfTeX, LuaTeX and Typst keep). With the letters narrowed first (microtype's shrink),
    /// a line at its full shrink reads darker than its neighbours where one stretched as far reads only a little open.
    /// Bench book (issue 18, sixth round): runs drawn at the letters' full shrink 1,598 → 965 at 1.5 (1,203 at 1.25,
    /// 853 at 2), word-space p95 0.255 → 0.269 line heights (0.275 at 2, past issue 18's 0.27), no widow at 1.5 (one
    /// at 1.25, 1.35 and 2).
    /// </summary>
    public double ShrinkWeight { get; init; } = 1.5;

    /// <summary>Adjacent lines whose fitness classes differ by more than one (TeX \adjdemerits).</summary>
    public double FitnessDemerits { get; init; } = 10000;

    /// <summary>Extra stretch per line in the third pass, in points (TeX \emergencystretch).</summary>
    public double EmergencyStretch { get; init; } = TypographySettings.DefaultEmergencyStretch;

    /// <summary>The breaker's levers a style sets (<c>hyphenation.penalty</c>, <c>hyphenation.double-hyphen-demerits</c>, <c>typography.tolerance</c>, <c>typography.emergency-stretch</c>); TeX's defaults above for the rest.</summary>
    public static LineBreakOptions For(Styles.HouseStyle style) => new()
    {
        HyphenPenalty = style.Hyphenation.Penalty,
        AdjacentHyphenDemerits = style.Hyphenation.DoubleHyphenDemerits,
        Tolerance = style.Typography.Tolerance,
        EmergencyStretch = style.Typography.EmergencyStretch,
    };

    /// <summary>The penalty of an added hyphen with <paramref name="left"/> letters before it and <paramref name="right"/> after it in its word.</summary>
    public double HyphenPenaltyFor(int left, int right)
    {
        var steps = Math.Max(0, ComfortableFragment - left) + Math.Max(0, ComfortableFragment - right);
        return HyphenPenalty * (1 + (ShortFragmentShare * steps));
    }
}
