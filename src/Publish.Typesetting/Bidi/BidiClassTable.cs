namespace Publish.Typesetting.Bidi;

/// <summary>
/// Bidi_Class of a code point (no .NET API exposes it): a direct byte table below U+0800 (Latin to N'Ko, where the
/// bench text lives) and a binary search over the ranges of equal class above, both generated from
/// DerivedBidiClass.txt (including its @missing defaults for unassigned code points) by gen/generate_bidi_data.py.
/// </summary>
internal static partial class BidiClassTable
{
    /// <summary>The lowest code point whose class is R, AL, AN or explicit: text below it never needs the algorithm.</summary>
    public const int FirstComplex = 0x0590;

    public static BidiClass Of(int codePoint)
    {
        if ((uint)codePoint < DirectLimit)
        {
            return (BidiClass)Direct[codePoint];
        }

        var starts = RangeStarts;
        int low = 0, high = starts.Length - 1;
        while (low < high)
        {
            // The last range whose start is <= codePoint.
            var mid = (low + high + 1) >> 1;
            if (starts[mid] <= codePoint)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return (BidiClass)RangeClasses[low];
    }

    /// <summary>True for the classes whose presence can give a paragraph a level other than 0 (UAX #9 sections 3.3.2–3.3.6).</summary>
    public static bool IsComplex(BidiClass bidiClass) =>
        bidiClass is BidiClass.R or BidiClass.AL or BidiClass.AN or >= BidiClass.LRE;

    /// <summary>Classes that rule X9 removes (their level is taken from the preceding character).</summary>
    public static bool IsRemovedByX9(BidiClass bidiClass) =>
        bidiClass is BidiClass.BN or >= BidiClass.LRE and <= BidiClass.PDF;

    public static bool IsIsolateInitiator(BidiClass bidiClass) => bidiClass is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI;
}
