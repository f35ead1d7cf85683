namespace Publish.Typesetting.Bidi;

/// <summary>
/// One isolating run sequence (BD13) and the rules that resolve it: weak types W1–W7, paired brackets N0 (BD16),
/// neutrals N1–N2 and implicit levels I1–I2 (UAX #9 sections 3.3.4–3.3.6). Works on a copy of the sequence's types;
/// the characters X9 removed are not in it, which is the "as if not present" reading of X9.
/// </summary>
internal sealed class IsolatingRunSequence
{
    /// <summary>BD16: the bracket stack holds 63 elements.</summary>
    private const int MaxBracketDepth = 63;

    private readonly int[] indexes;
    private readonly BidiClass[] types;
    private readonly byte level;
    private readonly BidiClass sos;
    private readonly BidiClass eos;
    private readonly int[] codePoints;
    private readonly BidiClass[] initialClasses;
    private readonly byte[] levels;

    public IsolatingRunSequence(int[] indexes, byte level, BidiClass sos, BidiClass eos, int[] codePoints,
        BidiClass[] initialClasses, BidiClass[] classes, byte[] levels)
    {
        this.indexes = indexes;
        this.level = level;
        this.sos = sos;
        this.eos = eos;
        this.codePoints = codePoints;
        this.initialClasses = initialClasses;
        this.levels = levels;
        types = new BidiClass[indexes.Length];
        for (var i = 0; i < indexes.Length; i++)
        {
            types[i] = classes[indexes[i]];
        }
    }

    /// <summary>The embedding direction of the sequence (L for even levels, R for odd).</summary>
    private BidiClass EmbeddingDirection => (level & 1) == 1 ? BidiClass.R : BidiClass.L;

    public void Resolve()
    {
        ResolveWeakTypes();
        ResolvePairedBrackets();
        ResolveNeutralTypes();
        ResolveImplicitLevels();
    }

    private void ResolveWeakTypes()
    {
        var count = types.Length;

        // W1: a nonspacing mark takes the type of what precedes it (ON after an isolate initiator or PDI; sos first).
        var preceding = sos;
        for (var i = 0; i < count; i++)
        {
            if (types[i] == BidiClass.NSM)
            {
                types[i] = preceding;
            }
            else
            {
                preceding = types[i] is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI ? BidiClass.ON : types[i];
            }
        }

        // W2: a European number after an Arabic letter (last strong type) is an Arabic number. W3: AL becomes R.
        var lastStrong = sos;
        for (var i = 0; i < count; i++)
        {
            switch (types[i])
            {
                case BidiClass.L or BidiClass.R:
                    lastStrong = types[i];
                    break;
                case BidiClass.AL:
                    lastStrong = BidiClass.AL;
                    types[i] = BidiClass.R;
                    break;
                case BidiClass.EN when lastStrong == BidiClass.AL:
                    types[i] = BidiClass.AN;
                    break;
            }
        }

        // W4: one separator between two numbers of the same kind joins them (ES only for European numbers).
        for (var i = 1; i < count - 1; i++)
        {
            var before = types[i - 1];
            var after = types[i + 1];
            if (types[i] == BidiClass.ES && before == BidiClass.EN && after == BidiClass.EN)
            {
                types[i] = BidiClass.EN;
            }
            else if (types[i] == BidiClass.CS && before == after && before is BidiClass.EN or BidiClass.AN)
            {
                types[i] = before;
            }
        }

        // W5: a sequence of European terminators next to a European number becomes European number.
        for (var i = 0; i < count; i++)
        {
            if (types[i] != BidiClass.ET)
            {
                continue;
            }

            var end = i;
            while (end < count && types[end] == BidiClass.ET)
            {
                end++;
            }

            if ((i > 0 && types[i - 1] == BidiClass.EN) || (end < count && types[end] == BidiClass.EN))
            {
                types.AsSpan(i, end - i).Fill(BidiClass.EN);
            }

            i = end - 1;
        }

        // W6: remaining separators and terminators are Other Neutral. W7: European numbers after L (or sos L) are L.
        lastStrong = sos;
        for (var i = 0; i < count; i++)
        {
            switch (types[i])
            {
                case BidiClass.ES or BidiClass.ET or BidiClass.CS:
                    types[i] = BidiClass.ON;
                    break;
                case BidiClass.L or BidiClass.R:
                    lastStrong = types[i];
                    break;
                case BidiClass.EN when lastStrong == BidiClass.L:
                    types[i] = BidiClass.L;
                    break;
            }
        }
    }

    /// <summary>
    /// N0: each bracket pair (BD16, in order of its opening bracket) takes the embedding direction when it encloses a
    /// strong type of that direction, else the opposite direction when it encloses one and the context before the
    /// opening bracket has it too; nonspacing marks after a changed bracket follow it.
    /// </summary>
    private void ResolvePairedBrackets()
    {
        var pairs = LocateBracketPairs();
        if (pairs is null)
        {
            return;
        }

        var embedding = EmbeddingDirection;
        foreach (var (open, close) in pairs)
        {
            var foundEmbedding = false;
            var foundOpposite = false;
            for (var i = open + 1; i < close; i++)
            {
                var direction = StrongDirection(types[i]);
                if (direction == embedding)
                {
                    foundEmbedding = true;
                    break;
                }

                foundOpposite |= direction != BidiClass.ON;
            }

            BidiClass resolved;
            if (foundEmbedding)
            {
                resolved = embedding;
            }
            else if (foundOpposite)
            {
                var context = sos;
                for (var i = open - 1; i >= 0; i--)
                {
                    var direction = StrongDirection(types[i]);
                    if (direction != BidiClass.ON)
                    {
                        context = direction;
                        break;
                    }
                }

                resolved = context != embedding ? context : embedding;
            }
            else
            {
                continue;
            }

            SetBracket(open, resolved);
            SetBracket(close, resolved);
        }
    }

    private void SetBracket(int position, BidiClass direction)
    {
        types[position] = direction;
        for (var i = position + 1; i < types.Length && initialClasses[indexes[i]] == BidiClass.NSM; i++)
        {
            types[i] = direction;
        }
    }

    /// <summary>BD16 over the characters still typed ON; null when the sequence has no pair.</summary>
    private List<(int Open, int Close)>? LocateBracketPairs()
    {
        List<(int Open, int Close)>? pairs = null;
        Span<int> stackBrackets = stackalloc int[MaxBracketDepth];
        Span<int> stackPositions = stackalloc int[MaxBracketDepth];
        var depth = 0;
        for (var i = 0; i < types.Length; i++)
        {
            if (types[i] != BidiClass.ON)
            {
                continue;
            }

            var codePoint = codePoints[indexes[i]];
            var kind = BidiBracketTable.Kind(codePoint, out var pair);
            if (kind == BidiBracketTable.Open)
            {
                if (depth == MaxBracketDepth)
                {
                    // BD16: no room on the stack stops the search for the rest of the sequence.
                    break;
                }

                stackBrackets[depth] = pair;
                stackPositions[depth] = i;
                depth++;
            }
            else if (kind == BidiBracketTable.Close)
            {
                var closing = BidiBracketTable.Canonical(codePoint);
                for (var k = depth - 1; k >= 0; k--)
                {
                    if (stackBrackets[k] == closing)
                    {
                        (pairs ??= []).Add((stackPositions[k], i));
                        depth = k;
                        break;
                    }
                }
            }
        }

        pairs?.Sort((a, b) => a.Open.CompareTo(b.Open));
        return pairs;
    }

    /// <summary>The strong direction a resolved type counts as in N0 and N1 (EN and AN count as R); ON for neutrals.</summary>
    private static BidiClass StrongDirection(BidiClass type) => type switch
    {
        BidiClass.L => BidiClass.L,
        BidiClass.R or BidiClass.EN or BidiClass.AN => BidiClass.R,
        _ => BidiClass.ON,
    };

    /// <summary>N1: neutrals between two strong types of one direction take it; N2: the others take the embedding direction.</summary>
    private void ResolveNeutralTypes()
    {
        var count = types.Length;
        for (var i = 0; i < count; i++)
        {
            if (!IsNeutral(types[i]))
            {
                continue;
            }

            var end = i;
            while (end < count && IsNeutral(types[end]))
            {
                end++;
            }

            var before = i == 0 ? sos : StrongDirection(types[i - 1]);
            var after = end == count ? eos : StrongDirection(types[end]);
            var resolved = before == after ? before : EmbeddingDirection;
            types.AsSpan(i, end - i).Fill(resolved);
            i = end - 1;
        }
    }

    private static bool IsNeutral(BidiClass type) =>
        type is BidiClass.B or BidiClass.S or BidiClass.WS or BidiClass.ON or BidiClass.LRI or BidiClass.RLI
            or BidiClass.FSI or BidiClass.PDI;

    /// <summary>I1–I2: raise levels by the resolved types.</summary>
    private void ResolveImplicitLevels()
    {
        for (var i = 0; i < types.Length; i++)
        {
            var type = types[i];
            var index = indexes[i];
            if ((level & 1) == 0)
            {
                levels[index] = type switch
                {
                    BidiClass.R => (byte)(level + 1),
                    BidiClass.AN or BidiClass.EN => (byte)(level + 2),
                    _ => level,
                };
            }
            else if (type is BidiClass.L or BidiClass.EN or BidiClass.AN)
            {
                levels[index] = (byte)(level + 1);
            }
        }
    }
}
