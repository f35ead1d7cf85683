namespace Publish.Typesetting.Flow;

/// <summary>A line of a footnote, drawn at <see cref="X"/> with <see cref="Leading"/> points of height.</summary>
public sealed record NoteLine(ILineBox Line, double X, double Leading)
{
    /// <summary>The line ends in a hyphen that breaks a word: a note continued on the next page is not split after it (TeX's <c>\brokenpenalty</c>).</summary>
    public bool EndsWithHyphen { get; init; }
}
