using System.Collections.Immutable;

namespace Publish.Typesetting.Bidi;

/// <summary>
/// The Unicode Bidirectional Algorithm (UAX #9) applied to one paragraph: the paragraph's base level (P2–P3 or given)
/// and the resolved embedding level of every UTF-16 code unit (rules X1–I2; both units of a surrogate pair share a
/// level). Lines are reordered for display with <see cref="Reorder"/> (rules L1–L2).
/// CONTRACT ONLY: this first version is a naive placeholder (strong letters only); the full algorithm replaces the
/// body of <see cref="Analyze"/> and <see cref="Reorder"/> without changing their signatures.
/// </summary>
public sealed class BidiParagraph
{
    private BidiParagraph(string text, byte baseLevel, ImmutableArray<byte> levels)
    {
        Text = text;
        BaseLevel = baseLevel;
        Levels = levels;
    }

    public string Text { get; }

    /// <summary>0 for a left-to-right paragraph, 1 for right to left.</summary>
    public byte BaseLevel { get; }

    /// <summary>One resolved level per UTF-16 code unit of <see cref="Text"/>, before the line rules L1–L2.</summary>
    public ImmutableArray<byte> Levels { get; }

    /// <summary>True when any code unit has an odd level (the paragraph needs reordering).</summary>
    public bool HasRightToLeft => Levels.Any(level => (level & 1) == 1);

    /// <summary>Resolves the paragraph; <paramref name="baseDirection"/> null means "first strong character" (P2–P3).</summary>
    public static BidiParagraph Analyze(string text, BidiDirection? baseDirection = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var baseLevel = baseDirection switch
        {
            BidiDirection.LeftToRight => (byte)0,
            BidiDirection.RightToLeft => (byte)1,
            _ => FirstStrongIsRightToLeft(text) ? (byte)1 : (byte)0,
        };
        var levels = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var rtl = IsRightToLeftLetter(text[i]);
            var ltr = char.IsLetter(text[i]) && !rtl;
            levels[i] = rtl ? (byte)(baseLevel == 1 ? 1 : 1) : ltr ? (byte)(baseLevel == 1 ? 2 : 0) : baseLevel;
        }

        return new BidiParagraph(text, baseLevel, [.. levels]);
    }

    /// <summary>
    /// The runs of the line [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) in visual
    /// order, left to right on the page, after rule L1 (trailing whitespace and separators to the paragraph level) and
    /// L2 (reverse from the highest level down to the lowest odd level).
    /// </summary>
    public ImmutableArray<BidiRun> Reorder(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, Text.Length);
        var runs = new List<BidiRun>();
        var i = start;
        while (i < start + length)
        {
            var j = i + 1;
            while (j < start + length && Levels[j] == Levels[i])
            {
                j++;
            }

            runs.Add(new BidiRun(i, j - i, Levels[i]));
            i = j;
        }

        if (BaseLevel == 1)
        {
            runs.Reverse();
        }

        return [.. runs];
    }

    private static bool FirstStrongIsRightToLeft(string text)
    {
        foreach (var c in text)
        {
            if (IsRightToLeftLetter(c))
            {
                return true;
            }

            if (char.IsLetter(c))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsRightToLeftLetter(char c) => c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';
}
