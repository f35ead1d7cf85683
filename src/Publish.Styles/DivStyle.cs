namespace Publish.Styles;

/// <summary>
/// How the print edition sets a fenced div of one class (<c>divs.&lt;class&gt;</c> in a style file). Lengths in
/// points, already resolved. <see cref="Scale"/> is the div's text size as a share of the body's (its leading and
/// indent scale with it); <see cref="Inset"/> stands the content in from both edges of the column (a box, an
/// abstract); <see cref="Rule"/> is the thickness of a box's rules (0: none); <see cref="Width"/> is the share of
/// the column an epigraph takes; <see cref="Label"/> heads a box or an abstract (null: none).
/// </summary>
public sealed record DivStyle(DivTreatment Treatment)
{
    public DivLabel? Label { get; init; }

    public double Scale { get; init; } = 1;

    public double Inset { get; init; }

    public double Rule { get; init; }

    public StyleColor RuleColor { get; init; } = StyleColor.Black;

    public double Width { get; init; } = 1;
}
