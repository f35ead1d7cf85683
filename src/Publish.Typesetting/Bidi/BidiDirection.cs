namespace Publish.Typesetting.Bidi;

/// <summary>A paragraph's base direction when it is known (a language, a style, or markup says so).</summary>
public enum BidiDirection
{
    LeftToRight,
    RightToLeft,
}
