using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Pages;

namespace Publish.Typesetting.Layout.Realize;

/// <summary>
/// A figure: its photo printed <see cref="Width"/> × <see cref="Height"/> points (0 × 0 without a photo) above
/// the caption set by request <see cref="Caption"/>, centred in the column at <see cref="Left"/>.
/// <see cref="LowResolution"/> is the warning for a photo that prints below the press resolution. <see cref="Placeholder"/>:
/// in a draft, the request naming the missing photo's file, set inside a ruled frame of <see cref="Width"/> ×
/// <see cref="Height"/> where the photo would be.
/// </summary>
internal sealed record RealizedFigure(
    FigureBlock Figure,
    int Caption,
    double Width,
    double Height,
    double Left,
    double Measure,
    ContentAnchor Anchor,
    int? Parent,
    Diagnostic? LowResolution) : RealizedBlock
{
    public int? Placeholder { get; init; }
}
