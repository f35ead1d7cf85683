namespace Publish.Styles;

/// <summary>
/// Page make-up (the style's <c>make-up:</c> key): how a full page's bottom is set. Where pages break is chosen by
/// cost (widows, orphans, a heading kept with two lines of its text, no hyphen at a page turn), whatever this says.
/// </summary>
public sealed record MakeUpStyle
{
    public PageBottom Bottom { get; init; } = PageBottom.Justified;
}
