using System.Globalization;
using System.Text;

namespace Publish.Epub.Images;

/// <summary>
/// A cover line cut into runs of one face and one embedding level, in visual (left-to-right drawing) order. A
/// reduced Unicode Bidirectional Algorithm (UAX #9), enough for a title: the paragraph level comes from the first
/// strong letter (P2–P3); Hebrew, Arabic and the other right-to-left blocks are strong R, other letters strong L;
/// digits are numbers, left to right after L text (W7) and otherwise at level 2 (I1–I2), European and Arabic-Indic
/// alike; neutrals between letters of one direction take it, others the paragraph's (N1–N2); L letters in an RTL
/// paragraph rise to level 2 (I2); runs are reversed from the highest level down (L2). Explicit embeddings and isolates are not honoured:
/// Publish.Epub may not use Publish.Typesetting's full <c>BidiParagraph</c> (the architecture tests forbid the arrow).
/// </summary>
internal static class CoverBidi
{
    private enum Strength
    {
        Neutral,
        LeftToRight,
        RightToLeft,
        Number,
    }

    /// <summary>True when <paramref name="text"/> has a right-to-left letter (then the plain left-to-right drawing is wrong).</summary>
    public static bool HasRightToLeft(string text) => text.EnumerateRunes().Any(r => StrengthOf(r) == Strength.RightToLeft);

    public static List<CoverTextRun> VisualRuns(string text, CoverFaceChain faces)
    {
        var runes = text.EnumerateRunes().ToArray();
        var strengths = runes.Select(StrengthOf).ToArray();
        var paragraph = strengths.FirstOrDefault(s => s is Strength.LeftToRight or Strength.RightToLeft) == Strength.RightToLeft ? Strength.RightToLeft : Strength.LeftToRight;
        var resolved = ResolveNeutrals(ResolveNumbers(strengths, paragraph), paragraph);
        var runs = new List<CoverTextRun>();
        var current = new StringBuilder();
        CoverFace? face = null;
        var level = -1;
        for (var i = 0; i < runes.Length; i++)
        {
            // I1–I2: R at even level +1, L at odd level +1, numbers after right-to-left text +2 at level 0, +1 at level 1.
            var runeLevel = resolved[i] switch
            {
                Strength.RightToLeft => 1,
                Strength.Number => 2,
                _ => paragraph == Strength.RightToLeft ? 2 : 0,
            };
            var runeFace = FaceFor(runes[i], face, faces);
            if (face is not null && (runeFace != face || runeLevel != level))
            {
                runs.Add(new CoverTextRun(current.ToString(), face, level));
                current.Clear();
            }

            face = runeFace;
            level = runeLevel;
            current.Append(runes[i].ToString());
        }

        if (face is not null)
        {
            runs.Add(new CoverTextRun(current.ToString(), face, level));
        }

        Reorder(runs);
        return runs;
    }

    /// <summary>
    /// Marks, joiners and spaces stay in the face of the run they sit in when it has them (a mark drawn from another
    /// font than its base letter would not attach); every other character takes the first face of the chain covering it.
    /// </summary>
    private static CoverFace FaceFor(Rune rune, CoverFace? current, CoverFaceChain faces)
    {
        var category = Rune.GetUnicodeCategory(rune);
        var clinging = category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
            || (current is not null && StrengthOf(rune) == Strength.Neutral);
        if (clinging && current is not null && current.Covers(rune.Value))
        {
            return current;
        }

        return faces.Covering(rune.Value) ?? current ?? faces.First;
    }

    /// <summary>W7: digits whose nearest strong letter before them (or the paragraph, P3) is left to right are left to right; others stay numbers.</summary>
    private static Strength[] ResolveNumbers(Strength[] strengths, Strength paragraph)
    {
        var resolved = (Strength[])strengths.Clone();
        var previous = paragraph;
        for (var i = 0; i < resolved.Length; i++)
        {
            if (resolved[i] is Strength.LeftToRight or Strength.RightToLeft)
            {
                previous = resolved[i];
            }
            else if (resolved[i] == Strength.Number && previous == Strength.LeftToRight)
            {
                resolved[i] = Strength.LeftToRight;
            }
        }

        return resolved;
    }

    private static Strength[] ResolveNeutrals(Strength[] strengths, Strength paragraph)
    {
        var resolved = (Strength[])strengths.Clone();
        var i = 0;
        while (i < resolved.Length)
        {
            if (resolved[i] != Strength.Neutral)
            {
                i++;
                continue;
            }

            var end = i;
            while (end < resolved.Length && resolved[end] == Strength.Neutral)
            {
                end++;
            }

            // N1: neutrals between two strong characters of one direction take it (numbers count as right to left);
            // N2: the others, the paragraph's.
            var before = i == 0 ? paragraph : AsStrong(resolved[i - 1]);
            var after = end == resolved.Length ? paragraph : AsStrong(resolved[end]);
            var direction = before == after ? before : paragraph;
            for (var k = i; k < end; k++)
            {
                resolved[k] = direction;
            }

            i = end;
        }

        return resolved;
    }

    private static Strength AsStrong(Strength strength) => strength == Strength.Number ? Strength.RightToLeft : strength;

    /// <summary>UAX #9 L2: from the highest level down to the lowest odd one, reverse every sequence of runs at that level or above.</summary>
    private static void Reorder(List<CoverTextRun> runs)
    {
        if (runs.Count == 0)
        {
            return;
        }

        var highest = runs.Max(r => r.Level);
        var lowestOdd = runs.Where(r => r.RightToLeft).Select(r => r.Level).DefaultIfEmpty(int.MaxValue).Min();
        for (var level = highest; level >= lowestOdd; level--)
        {
            var i = 0;
            while (i < runs.Count)
            {
                if (runs[i].Level < level)
                {
                    i++;
                    continue;
                }

                var end = i;
                while (end < runs.Count && runs[end].Level >= level)
                {
                    end++;
                }

                runs.Reverse(i, end - i);
                i = end;
            }
        }
    }

    /// <summary>The bidi class, reduced to strong R (the right-to-left blocks of the BMP and SMP), strong L (other letters), numbers (all digits) and neutral.</summary>
    private static Strength StrengthOf(Rune rune)
    {
        var c = rune.Value;
        if (Rune.IsDigit(rune))
        {
            // European and Arabic-Indic digits alike (EN, AN) keep their left-to-right order inside right-to-left text (I1, I2).
            return Strength.Number;
        }

        if (c is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF) or (>= 0x10800 and <= 0x10FFF) or (>= 0x1E800 and <= 0x1EFFF))
        {
            // Marks of these blocks are NSM in UAX #9 but take their base letter's direction (W1) anyway.
            return Rune.IsLetter(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                ? Strength.RightToLeft
                : Strength.Neutral;
        }

        return Rune.IsLetterOrDigit(rune) ? Strength.LeftToRight : Strength.Neutral;
    }
}
