using Publish.Model.Pages;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Flow;

/// <summary>
/// A figure (image and caption) kept together, <see cref="Height"/> points tall including its spacing.
/// When it does not fit in what is left of a page it floats to the top of the next page and the text after
/// it flows on to fill the current one. <see cref="Draw"/> places it with its top-left corner at (x, y).
/// </summary>
public sealed record FlowFigure(double Height, Func<double, double, IEnumerable<FrameItem>> Draw, ContentAnchor? Anchor) : FlowElement;
