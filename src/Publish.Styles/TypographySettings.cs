namespace Publish.Styles;

/// <summary>
/// The style's <c>typography:</c> section: how lines are spaced. <see cref="WideSentenceSpacing"/> false (the default)
/// sets one word space after a sentence, as modern books and Typst do; true restores the wider space after a
/// sentence's full stop (TeX's default without <c>\frenchspacing</c>), abbreviations and initials excepted.
/// </summary>
public sealed record TypographySettings
{
    public bool WideSentenceSpacing { get; init; }
}
