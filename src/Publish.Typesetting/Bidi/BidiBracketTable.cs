namespace Publish.Typesetting.Bidi;

/// <summary>Bidi_Paired_Bracket and Bidi_Paired_Bracket_Type (BidiBrackets.txt), for rule N0 and definition BD16.</summary>
internal static partial class BidiBracketTable
{
    public const byte None = 0;
    public const byte Open = 1;
    public const byte Close = 2;

    /// <summary>The bracket type of <paramref name="codePoint"/>; <paramref name="pair"/> is its paired bracket, canonically normalized.</summary>
    public static byte Kind(int codePoint, out int pair)
    {
        var index = CodePoints.BinarySearch(codePoint);
        if (index < 0)
        {
            pair = 0;
            return None;
        }

        pair = Canonical(Pairs[index]);
        return Kinds[index];
    }

    /// <summary>
    /// BD16 compares brackets "or their canonical equivalents": U+2329/U+232A decompose to U+3008/U+3009, the only
    /// bracket code points with a canonical decomposition in BidiBrackets.txt.
    /// </summary>
    public static int Canonical(int codePoint) => codePoint switch
    {
        0x2329 => 0x3008,
        0x232A => 0x3009,
        _ => codePoint,
    };
}
