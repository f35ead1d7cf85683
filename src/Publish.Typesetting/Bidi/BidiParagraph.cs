using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Publish.Typesetting.Bidi;

/// <summary>
/// The Unicode Bidirectional Algorithm (UAX #9, Unicode 15.0) applied to one paragraph: the paragraph's base level
/// (P2–P3 or given) and the resolved embedding level of every UTF-16 code unit (rules X1–I2; both units of a surrogate
/// pair share a level). Lines are reordered for display with <see cref="Reorder"/> (rules L1–L2).
/// Text without a right-to-left, Arabic-number or explicit formatting character in a left-to-right paragraph (almost
/// every Latin paragraph) is recognised in one scan and gets all-zero levels without running the algorithm.
/// </summary>
public sealed class BidiParagraph
{
    private BidiParagraph(string text, byte baseLevel, ImmutableArray<byte> levels, bool allZero)
    {
        Text = text;
        BaseLevel = baseLevel;
        Levels = levels;
        IsAllLeftToRight = allZero;
        HasRightToLeft = !allZero && (baseLevel == 1 || levels.AsSpan().ContainsAnyExcept(EvenLevels));
    }

    public string Text { get; }

    /// <summary>0 for a left-to-right paragraph, 1 for right to left.</summary>
    public byte BaseLevel { get; }

    /// <summary>One resolved level per UTF-16 code unit of <see cref="Text"/>, before the line rules L1–L2.</summary>
    public ImmutableArray<byte> Levels { get; }

    /// <summary>
    /// True when the paragraph is right to left or any code unit has an odd level: its lines need <see cref="Reorder"/>
    /// (a right-to-left paragraph of Latin text alone is at level 2, but L1 puts its trailing spaces at level 1).
    /// </summary>
    public bool HasRightToLeft { get; }

    /// <summary>True when every level is 0 (the fast path): lines are a single left-to-right run.</summary>
    private bool IsAllLeftToRight { get; }

    /// <summary>Even levels 0–126 (max_depth 125 plus I2's +1 for an odd level and +2 for numbers stays below 128).</summary>
    private static System.Buffers.SearchValues<byte> EvenLevels { get; } =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 64).Select(level => (byte)(2 * level))]);

    /// <summary>Resolves the paragraph; <paramref name="baseDirection"/> null means "first strong character" (P2–P3).</summary>
    public static BidiParagraph Analyze(string text, BidiDirection? baseDirection = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (baseDirection != BidiDirection.RightToLeft && !NeedsAlgorithm(text))
        {
            // Only L, EN and neutrals in a paragraph at level 0: W7 makes every EN L, N1–N2 resolve neutrals to L.
            return new BidiParagraph(text, 0, ImmutableCollectionsMarshal.AsImmutableArray(new byte[text.Length]), allZero: true);
        }

        var (codePoints, classes, unitOfPoint) = Decode(text);
        byte? paragraphLevel = baseDirection switch
        {
            BidiDirection.LeftToRight => 0,
            BidiDirection.RightToLeft => 1,
            _ => null,
        };
        var resolver = BidiResolver.Resolve(codePoints, classes, paragraphLevel);
        var levels = resolver.Levels;
        if (unitOfPoint is not null)
        {
            var unitLevels = new byte[text.Length];
            for (var p = 0; p < codePoints.Length; p++)
            {
                var unit = unitOfPoint[p];
                unitLevels[unit] = levels[p];
                if (codePoints[p] > 0xFFFF)
                {
                    unitLevels[unit + 1] = levels[p];
                }
            }

            levels = unitLevels;
        }

        return new BidiParagraph(text, resolver.ParagraphLevel, ImmutableCollectionsMarshal.AsImmutableArray(levels), allZero: false);
    }

    /// <summary>
    /// The levels of the line [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) after
    /// rule L1: segment and paragraph separators, and any whitespace, isolate formatting or X9-removed characters
    /// before them or at the end of the line, go back to the paragraph level.
    /// </summary>
    public ImmutableArray<byte> LineLevels(int start, int length)
    {
        CheckLine(start, length);
        return ImmutableCollectionsMarshal.AsImmutableArray(ComputeLineLevels(start, length));
    }

    /// <summary>
    /// The runs of the line [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) in visual
    /// order, left to right on the page, after rule L1 (trailing whitespace and separators to the paragraph level) and
    /// L2 (reverse from the highest level down to the lowest odd level). An odd-level run reads right to left inside.
    /// </summary>
    public ImmutableArray<BidiRun> Reorder(int start, int length)
    {
        CheckLine(start, length);
        if (length == 0)
        {
            return [];
        }

        if (IsAllLeftToRight)
        {
            return [new BidiRun(start, length, 0)];
        }

        var lineLevels = ComputeLineLevels(start, length);
        var runs = new List<BidiRun>();
        var lowestOdd = byte.MaxValue;
        byte highest = 0;
        for (var i = 0; i < length;)
        {
            var end = i + 1;
            while (end < length && lineLevels[end] == lineLevels[i])
            {
                end++;
            }

            var level = lineLevels[i];
            runs.Add(new BidiRun(start + i, end - i, level));
            highest = Math.Max(highest, level);
            if ((level & 1) == 1)
            {
                lowestOdd = Math.Min(lowestOdd, level);
            }

            i = end;
        }

        // L2: from the highest level down to the lowest odd one, reverse every maximal sequence of runs at that level
        // or higher. Reversing whole runs reverses a run's content once per pass; an odd-level run is reversed an odd
        // number of times, which is what IsRightToLeft tells the caller.
        var span = CollectionsMarshal.AsSpan(runs);
        for (var level = highest; level >= lowestOdd && level > 0; level--)
        {
            for (var i = 0; i < span.Length;)
            {
                if (span[i].Level < level)
                {
                    i++;
                    continue;
                }

                var end = i + 1;
                while (end < span.Length && span[end].Level >= level)
                {
                    end++;
                }

                span[i..end].Reverse();
                i = end;
            }
        }

        return [.. runs];
    }

    /// <summary>
    /// For each visual position of the line, left to right, the index in <see cref="Text"/> of the code unit shown there
    /// (a surrogate pair in a right-to-left run keeps its high surrogate first).
    /// </summary>
    public ImmutableArray<int> VisualToLogical(int start, int length)
    {
        var map = new int[length];
        var position = 0;
        foreach (var run in Reorder(start, length))
        {
            if (!run.IsRightToLeft)
            {
                for (var i = 0; i < run.Length; i++)
                {
                    map[position++] = run.Start + i;
                }

                continue;
            }

            for (var i = run.Start + run.Length - 1; i >= run.Start; i--)
            {
                var unit = i > run.Start && char.IsLowSurrogate(Text[i]) && char.IsHighSurrogate(Text[i - 1]) ? i - 1 : i;
                map[position++] = unit;
                if (unit != i)
                {
                    map[position++] = i;
                    i--;
                }
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(map);
    }

    private void CheckLine(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, Text.Length);
    }

    private byte[] ComputeLineLevels(int start, int length)
    {
        var lineLevels = Levels.AsSpan(start, length).ToArray();
        if (IsAllLeftToRight)
        {
            return lineLevels;
        }

        // L1, scanning backwards so "before a separator or the line end" is a flag.
        var reset = true;
        for (var i = length - 1; i >= 0; i--)
        {
            var bidiClass = ClassAt(start + i);
            if (bidiClass is BidiClass.S or BidiClass.B)
            {
                lineLevels[i] = BaseLevel;
                reset = true;
            }
            else if (bidiClass is BidiClass.WS or BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI
                     || BidiClassTable.IsRemovedByX9(bidiClass))
            {
                if (reset)
                {
                    lineLevels[i] = BaseLevel;
                }
            }
            else
            {
                reset = false;
            }
        }

        return lineLevels;
    }

    /// <summary>The Bidi_Class of the code point a code unit belongs to.</summary>
    private BidiClass ClassAt(int unit)
    {
        var c = Text[unit];
        if (char.IsHighSurrogate(c) && unit + 1 < Text.Length && char.IsLowSurrogate(Text[unit + 1]))
        {
            return BidiClassTable.Of(char.ConvertToUtf32(c, Text[unit + 1]));
        }

        if (char.IsLowSurrogate(c) && unit > 0 && char.IsHighSurrogate(Text[unit - 1]))
        {
            return BidiClassTable.Of(char.ConvertToUtf32(Text[unit - 1], c));
        }

        return BidiClassTable.Of(c);
    }

    /// <summary>False when the text has no character of a class that can raise a level in a left-to-right paragraph.</summary>
    private static bool NeedsAlgorithm(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < BidiClassTable.FirstComplex)
            {
                continue;
            }

            int codePoint = c;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, text[++i]);
            }

            if (BidiClassTable.IsComplex(BidiClassTable.Of(codePoint)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Code points and their classes; <c>unitOfPoint</c> maps a code point to its first code unit, null when the text
    /// has no surrogate pair (the two index spaces coincide). A lone surrogate is a code point of its own (class L).
    /// </summary>
    private static (int[] CodePoints, BidiClass[] Classes, int[]? UnitOfPoint) Decode(string text)
    {
        var pairs = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                pairs++;
                i++;
            }
        }

        var codePoints = new int[text.Length - pairs];
        var classes = new BidiClass[codePoints.Length];
        var unitOfPoint = pairs > 0 ? new int[codePoints.Length] : null;
        for (int i = 0, p = 0; i < text.Length; i++, p++)
        {
            int codePoint = text[i];
            if (unitOfPoint is not null)
            {
                unitOfPoint[p] = i;
            }

            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            codePoints[p] = codePoint;
            classes[p] = BidiClassTable.Of(codePoint);
        }

        return (codePoints, classes, unitOfPoint);
    }
}
