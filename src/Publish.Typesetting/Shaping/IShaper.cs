namespace Publish.Typesetting.Shaping;

/// <summary>
/// Turns text into positioned glyphs for one style. Implementations may cache: the same (text, style)
/// must always give an equal result, so a shaped text may be shared by every occurrence of a word.
/// </summary>
public interface IShaper
{
    ShapedText Shape(ReadOnlySpan<char> text, RunStyle style);
}
