namespace Publish.Typesetting.Bidi;

/// <summary>
/// UAX #9 (Unicode 15.0) rules P2–P3 and X1–X10 over one paragraph given as code points and their Bidi_Class; the
/// isolating run sequences it finds are resolved by <see cref="IsolatingRunSequence"/> (W1–W7, N0–N2, I1–I2).
/// Structure follows the Unicode reference implementation (BidiReference.java, unicode.org/Public/PROGRAMS/BidiReferenceJava):
/// explicit levels first, then level runs chained into isolating run sequences whose sos/eos are fixed before any of
/// them is resolved (implicit levels must not leak into a neighbour's sos/eos).
/// </summary>
internal sealed class BidiResolver
{
    /// <summary>max_depth of BD2.</summary>
    private const int MaxDepth = 125;

    private readonly int[] codePoints;
    private readonly BidiClass[] initialClasses;
    private readonly BidiClass[] classes;
    private readonly byte[] levels;
    private readonly int[] matchingPdi;
    private readonly int length;

    private BidiResolver(int[] codePoints, BidiClass[] initialClasses)
    {
        this.codePoints = codePoints;
        this.initialClasses = initialClasses;
        length = initialClasses.Length;
        classes = (BidiClass[])initialClasses.Clone();
        levels = new byte[length];
        matchingPdi = new int[length];
    }

    public byte ParagraphLevel { get; private set; }

    /// <summary>Resolved levels, one per code point (before the line rules L1–L2).</summary>
    public byte[] Levels => levels;

    /// <summary>Runs the algorithm; <paramref name="paragraphLevel"/> null means P2–P3 (first strong character).</summary>
    public static BidiResolver Resolve(int[] codePoints, BidiClass[] initialClasses, byte? paragraphLevel)
    {
        var resolver = new BidiResolver(codePoints, initialClasses);
        resolver.MatchIsolates();
        resolver.ParagraphLevel = paragraphLevel ?? (resolver.FirstStrongIsRightToLeft(0, resolver.length) ? (byte)1 : (byte)0);
        resolver.ResolveExplicitLevels();
        foreach (var sequence in resolver.IsolatingRunSequences())
        {
            sequence.Resolve();
        }

        resolver.AssignRemovedLevels();
        return resolver;
    }

    /// <summary>BD9: the matching PDI of each isolate initiator (-1 when none before the end of the paragraph).</summary>
    private void MatchIsolates()
    {
        var open = new Stack<int>();
        for (var i = 0; i < length; i++)
        {
            matchingPdi[i] = -1;
            switch (initialClasses[i])
            {
                case BidiClass.LRI or BidiClass.RLI or BidiClass.FSI:
                    open.Push(i);
                    break;
                case BidiClass.PDI when open.Count > 0:
                    matchingPdi[open.Pop()] = i;
                    break;
                case BidiClass.B:
                    open.Clear();
                    break;
            }
        }
    }

    /// <summary>P2–P3: the first L, R or AL in [start, end), skipping isolates (initiator to matching PDI).</summary>
    private bool FirstStrongIsRightToLeft(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            switch (initialClasses[i])
            {
                case BidiClass.L:
                    return false;
                case BidiClass.R or BidiClass.AL:
                    return true;
                case BidiClass.LRI or BidiClass.RLI or BidiClass.FSI:
                    if (matchingPdi[i] < 0)
                    {
                        return false;
                    }

                    i = matchingPdi[i];
                    break;
                case BidiClass.B:
                    return false;
            }
        }

        return false;
    }

    /// <summary>X1–X8: the directional status stack (BD2 depth 125, overflow counters of X5a–X7).</summary>
    private void ResolveExplicitLevels()
    {
        var stackLevels = new byte[MaxDepth + 2];
        var stackOverrides = new BidiClass[MaxDepth + 2];
        var stackIsolates = new bool[MaxDepth + 2];
        var depth = 0;
        stackLevels[0] = ParagraphLevel;
        stackOverrides[0] = BidiClass.ON;
        var overflowIsolates = 0;
        var overflowEmbeddings = 0;
        var validIsolates = 0;

        for (var i = 0; i < length; i++)
        {
            var bidiClass = initialClasses[i];
            switch (bidiClass)
            {
                case BidiClass.RLE or BidiClass.LRE or BidiClass.RLO or BidiClass.LRO:
                {
                    // X2–X5: a valid embedding or override pushes; an invalid one counts as overflow unless inside an
                    // overflowed isolate.
                    var rightToLeft = bidiClass is BidiClass.RLE or BidiClass.RLO;
                    var level = NextLevel(stackLevels[depth], rightToLeft);
                    levels[i] = stackLevels[depth];
                    if (level <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                    {
                        depth++;
                        stackLevels[depth] = (byte)level;
                        stackOverrides[depth] = bidiClass switch
                        {
                            BidiClass.RLO => BidiClass.R,
                            BidiClass.LRO => BidiClass.L,
                            _ => BidiClass.ON,
                        };
                        stackIsolates[depth] = false;
                    }
                    else if (overflowIsolates == 0)
                    {
                        overflowEmbeddings++;
                    }

                    break;
                }

                case BidiClass.RLI or BidiClass.LRI or BidiClass.FSI:
                {
                    // X5a–X5c: the initiator itself stays at the outer level (and takes the outer override).
                    levels[i] = stackLevels[depth];
                    if (stackOverrides[depth] != BidiClass.ON)
                    {
                        classes[i] = stackOverrides[depth];
                    }

                    var rightToLeft = bidiClass == BidiClass.RLI ||
                        (bidiClass == BidiClass.FSI && FirstStrongIsRightToLeft(i + 1, matchingPdi[i] < 0 ? length : matchingPdi[i]));
                    var level = NextLevel(stackLevels[depth], rightToLeft);
                    if (level <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                    {
                        validIsolates++;
                        depth++;
                        stackLevels[depth] = (byte)level;
                        stackOverrides[depth] = BidiClass.ON;
                        stackIsolates[depth] = true;
                    }
                    else
                    {
                        overflowIsolates++;
                    }

                    break;
                }

                case BidiClass.PDI:
                    // X6a: closes the matching isolate and every embedding opened inside it.
                    if (overflowIsolates > 0)
                    {
                        overflowIsolates--;
                    }
                    else if (validIsolates > 0)
                    {
                        overflowEmbeddings = 0;
                        while (!stackIsolates[depth])
                        {
                            depth--;
                        }

                        depth--;
                        validIsolates--;
                    }

                    levels[i] = stackLevels[depth];
                    if (stackOverrides[depth] != BidiClass.ON)
                    {
                        classes[i] = stackOverrides[depth];
                    }

                    break;

                case BidiClass.PDF:
                    // X7.
                    if (overflowIsolates == 0)
                    {
                        if (overflowEmbeddings > 0)
                        {
                            overflowEmbeddings--;
                        }
                        else if (!stackIsolates[depth] && depth > 0)
                        {
                            depth--;
                        }
                    }

                    levels[i] = stackLevels[depth];
                    break;

                case BidiClass.B:
                    // X8: a paragraph separator ends every embedding, override and isolate.
                    levels[i] = ParagraphLevel;
                    depth = 0;
                    overflowIsolates = 0;
                    overflowEmbeddings = 0;
                    validIsolates = 0;
                    break;

                case BidiClass.BN:
                    levels[i] = stackLevels[depth];
                    break;

                default:
                    // X6.
                    levels[i] = stackLevels[depth];
                    if (stackOverrides[depth] != BidiClass.ON)
                    {
                        classes[i] = stackOverrides[depth];
                    }

                    break;
            }
        }
    }

    /// <summary>The least odd (right to left) or even level greater than <paramref name="level"/>.</summary>
    private static int NextLevel(int level, bool rightToLeft) => rightToLeft ? (level + 1) | 1 : (level + 2) & ~1;

    /// <summary>
    /// X9–X10: level runs of the characters X9 keeps, chained across matched isolates (BD13) into isolating run
    /// sequences, each with its sos and eos computed from the explicit levels.
    /// </summary>
    private List<IsolatingRunSequence> IsolatingRunSequences()
    {
        // Level runs as [first, last] over kept characters; runOf maps a kept character to its run.
        var runStarts = new List<int>();
        var runEnds = new List<int>();
        var runOf = new int[length];
        var previous = -1;
        for (var i = 0; i < length; i++)
        {
            if (BidiClassTable.IsRemovedByX9(initialClasses[i]))
            {
                continue;
            }

            if (previous < 0 || levels[i] != levels[previous])
            {
                runStarts.Add(i);
                runEnds.Add(i);
            }

            runEnds[^1] = i;
            runOf[i] = runStarts.Count - 1;
            previous = i;
        }

        var sequences = new List<IsolatingRunSequence>();
        var used = new bool[runStarts.Count];
        var indexes = new List<int>();
        for (var run = 0; run < runStarts.Count; run++)
        {
            if (used[run])
            {
                continue;
            }

            indexes.Clear();
            var current = run;
            while (true)
            {
                used[current] = true;
                for (var i = runStarts[current]; i <= runEnds[current]; i++)
                {
                    if (!BidiClassTable.IsRemovedByX9(initialClasses[i]))
                    {
                        indexes.Add(i);
                    }
                }

                var last = runEnds[current];
                if (!BidiClassTable.IsIsolateInitiator(initialClasses[last]) || matchingPdi[last] < 0)
                {
                    break;
                }

                current = runOf[matchingPdi[last]];
                if (used[current])
                {
                    break;
                }
            }

            sequences.Add(CreateSequence([.. indexes]));
        }

        return sequences;
    }

    private IsolatingRunSequence CreateSequence(int[] indexes)
    {
        var level = levels[indexes[0]];
        var before = indexes[0] - 1;
        while (before >= 0 && BidiClassTable.IsRemovedByX9(initialClasses[before]))
        {
            before--;
        }

        var levelBefore = before >= 0 ? levels[before] : ParagraphLevel;
        var last = indexes[^1];
        int levelAfter = ParagraphLevel;
        if (!BidiClassTable.IsIsolateInitiator(initialClasses[last]))
        {
            var after = last + 1;
            while (after < length && BidiClassTable.IsRemovedByX9(initialClasses[after]))
            {
                after++;
            }

            if (after < length)
            {
                levelAfter = levels[after];
            }
        }

        var sos = (Math.Max(level, levelBefore) & 1) == 1 ? BidiClass.R : BidiClass.L;
        var eos = (Math.Max(level, levelAfter) & 1) == 1 ? BidiClass.R : BidiClass.L;
        return new IsolatingRunSequence(indexes, level, sos, eos, codePoints, initialClasses, classes, levels);
    }

    /// <summary>
    /// Characters removed by X9 get the level of the character before them (the paragraph level at the start), as the
    /// reference implementation does, so that a line's runs stay whole; L1 resets them at line ends.
    /// </summary>
    private void AssignRemovedLevels()
    {
        for (var i = 0; i < length; i++)
        {
            if (BidiClassTable.IsRemovedByX9(initialClasses[i]))
            {
                levels[i] = i == 0 ? ParagraphLevel : levels[i - 1];
            }
        }
    }
}
