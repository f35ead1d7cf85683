namespace Publish.Model.Inlines;

/// <summary>The formats of a <see cref="FormattedInline"/> (Pandoc's <c>~~strike~~</c>, <c>H~2~O</c>, <c>x^2^</c>, <c>[text]{.smallcaps}</c>).</summary>
public enum InlineFormat
{
    Strikethrough,
    Subscript,
    Superscript,
    SmallCaps,
}
