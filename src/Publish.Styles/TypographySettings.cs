namespace Publish.Styles;

/// <summary>
/// The style's <c>typography:</c> section: how lines are spaced. <see cref="WideSentenceSpacing"/> false (the default)
/// sets one word space after a sentence, as modern books and Typst do; true restores the wider space after a
/// sentence's full stop (TeX's default without <c>\frenchspacing</c>), abbreviations and initials excepted.
/// <see cref="Tolerance"/> and <see cref="EmergencyStretch"/> are the line breaker's TeX <c>\tolerance</c> and
/// <c>\emergencystretch</c>: how loose a hyphenated line may be, and the stretch a paragraph that cannot meet it gets.
/// </summary>
public sealed record TypographySettings
{
    /// <summary>The badness (100·r³, TeX's scale) a line may reach in the pass that hyphenates.</summary>
    public const int DefaultTolerance = 200;

    /// <summary>Points of extra stretch per line in the last pass, for paragraphs no line set within the tolerance can take.</summary>
    public const double DefaultEmergencyStretch = 6;

    public bool WideSentenceSpacing { get; init; }

    public int Tolerance { get; init; } = DefaultTolerance;

    public double EmergencyStretch { get; init; } = DefaultEmergencyStretch;
}
