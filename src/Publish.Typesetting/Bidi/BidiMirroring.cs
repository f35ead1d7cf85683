namespace Publish.Typesetting.Bidi;

/// <summary>
/// Bidi_Mirroring_Glyph (BidiMirroring.txt): the character that shows a mirrored character's glyph in a right-to-left
/// run (UAX #9 rule L4), e.g. '(' for ')'. Shapers that mirror by themselves (HarfBuzz with an RTL buffer) do not need it.
/// </summary>
public static partial class BidiMirroring
{
    /// <summary>The mirrored counterpart of <paramref name="codePoint"/>, or <paramref name="codePoint"/> itself when it has none.</summary>
    public static int Mirror(int codePoint)
    {
        var index = CodePoints.BinarySearch(codePoint);
        return index < 0 ? codePoint : Mirrors[index];
    }
}
