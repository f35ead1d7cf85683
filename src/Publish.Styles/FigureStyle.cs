namespace Publish.Styles;

/// <summary>
/// How figures are set in print (the style's <c>figures:</c> key). <see cref="MissingMark"/>: what stands before the
/// caption of a figure whose photo file was not found, so the caption reads as a figure without its photo and not as
/// a subtitle; <see cref="MissingText"/> is that mark when the style writes its own.
/// </summary>
public sealed record FigureStyle
{
    public MissingFigureMark MissingMark { get; init; } = MissingFigureMark.Label;

    public string? MissingText { get; init; }
}
