using Publish.Model;

namespace Publish.Styles.Reading;

/// <summary>
/// A text style as written, before em lengths are resolved against the final font size — so a role whose
/// size changes keeps an indent of "1em" rather than the default's old point value.
/// <see cref="FamilySpan"/> is where the family was named (the built-in default has none).
/// </summary>
internal sealed record TextStyleSpec(
    string Family,
    SourceSpan? FamilySpan,
    FontFace Face,
    double Size,
    Measure Leading,
    TextAlignment Alignment,
    Measure FirstLineIndent,
    Measure HangingIndent,
    Measure SpaceBefore,
    Measure SpaceAfter,
    StyleColor Color)
{
    /// <summary>Where this file set the leading, or the size an em leading follows (null: the default's).</summary>
    public SourceSpan? LeadingSpan { get; init; }

    /// <summary>Where this file set the first-line indent (null: the default's).</summary>
    public SourceSpan? FirstLineIndentSpan { get; init; }

    /// <summary>Where this file set the hanging indent (null: the default's).</summary>
    public SourceSpan? HangingIndentSpan { get; init; }

    public TextStyle Resolve() => new()
    {
        Family = Family,
        Face = Face,
        Size = Size,
        Leading = Leading.Resolve(Size),
        Alignment = Alignment,
        FirstLineIndent = FirstLineIndent.Resolve(Size),
        HangingIndent = HangingIndent.Resolve(Size),
        SpaceBefore = SpaceBefore.Resolve(Size),
        SpaceAfter = SpaceAfter.Resolve(Size),
        Color = Color,
    };
}
