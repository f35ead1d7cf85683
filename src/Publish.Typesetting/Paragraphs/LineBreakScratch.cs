namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// The working memory of <see cref="KnuthPlassLineBreaker"/>, kept by a typesetter and reused for every
/// paragraph: prefix sums, the next-box table and the break nodes. Allocated afresh per paragraph (a node
/// object per candidate break, five arrays per paragraph) they were a fifth of a long book's layout garbage.
/// Belongs to one typesetter, hence one thread.
/// </summary>
internal sealed class LineBreakScratch
{
    private double[] _width = new double[1024];
    private double[] _stretch = new double[1024];
    private double[] _shrink = new double[1024];
    private int[] _fil = new int[1024];
    private int[] _spaces = new int[1024];

    /// <summary>NextBox[i] = the first box (or forced break) at or after item i: where a line starts after a break.</summary>
    public int[] NextBox { get; private set; } = new int[1024];

    public NodeList Nodes { get; } = new();

    /// <summary>Indices into <see cref="Nodes"/> of the active nodes, in order of position.</summary>
    public IndexList Active { get; } = new();

    /// <summary>The active list being built for the next break.</summary>
    public IndexList Next { get; } = new();

    /// <summary>Fills the prefix sums and the next-box table for <paramref name="items"/>.</summary>
    public void Prepare(ReadOnlySpan<BreakItem> items)
    {
        if (_width.Length < items.Length + 1)
        {
            var size = Math.Max(items.Length + 1, _width.Length * 2);
            (_width, _stretch, _shrink, _fil, _spaces, NextBox) = (new double[size], new double[size], new double[size], new int[size], new int[size], new int[size]);
        }

        // Penalties add no width unless broken at, so any line's totals are two lookups.
        _width[0] = _stretch[0] = _shrink[0] = _fil[0] = _spaces[0] = 0;
        for (int i = 0; i < items.Length; i++)
        {
            var item = items[i];
            var counts = item.Kind != BreakItemKind.Penalty;
            _width[i + 1] = _width[i] + (counts ? item.Width : 0);
            // Boxes stretch and shrink only under font expansion (Microtype.MicrotypeItems); penalties never.
            _stretch[i + 1] = _stretch[i] + (counts ? item.Stretch : 0);
            _shrink[i + 1] = _shrink[i] + (counts ? item.Shrink : 0);
            _fil[i + 1] = _fil[i] + (item.FilStretch ? 1 : 0);
            _spaces[i + 1] = _spaces[i] + (item.Kind == BreakItemKind.Glue && i > 0 && items[i - 1].Kind == BreakItemKind.Box ? 1 : 0);
        }

        NextBox[items.Length] = items.Length;
        for (int i = items.Length - 1; i >= 0; i--)
        {
            NextBox[i] = items[i].Kind == BreakItemKind.Box || (items[i].Kind == BreakItemKind.Penalty && items[i].Penalty <= BreakItem.ForcedBreak)
                ? i
                : NextBox[i + 1];
        }
    }

    /// <summary>WidthSums[i] = the width of boxes and glue before item i; a line [from, to) has WidthSums[to] − WidthSums[from].</summary>
    public double[] WidthSums => _width;

    /// <summary>The stretch of the glue (and, under font expansion, the boxes) before item i.</summary>
    public double[] StretchSums => _stretch;

    /// <summary>The shrink of the glue (and, under font expansion, the boxes) before item i.</summary>
    public double[] ShrinkSums => _shrink;

    /// <summary>How many infinitely stretchable glues come before item i.</summary>
    public int[] FilSums => _fil;

    /// <summary>How many word spaces one may break at (glue right after a box) come before item i.</summary>
    public int[] SpaceBreakSums => _spaces;

    /// <summary>Break nodes of one pass, appended in creation order and linked by index.</summary>
    internal sealed class NodeList
    {
        private BreakNode[] _nodes = new BreakNode[256];
        private int _count;

        public ref BreakNode this[int index] => ref _nodes[index];

        public void Clear() => _count = 0;

        /// <summary>Appends <paramref name="node"/> and returns its index.</summary>
        public int Add(in BreakNode node)
        {
            if (_count == _nodes.Length)
            {
                Array.Resize(ref _nodes, _nodes.Length * 2);
            }

            _nodes[_count] = node;
            return _count++;
        }
    }

    /// <summary>A list of node indices that keeps its array from paragraph to paragraph.</summary>
    internal sealed class IndexList
    {
        private int[] _items = new int[64];

        public int Count { get; private set; }

        public int this[int index] => _items[index];

        public void Clear() => Count = 0;

        public void Add(int value)
        {
            if (Count == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
            }

            _items[Count++] = value;
        }

        /// <summary>Appends <paramref name="source"/>'s entries from <paramref name="from"/> on.</summary>
        public void AddRange(IndexList source, int from)
        {
            for (var i = from; i < source.Count; i++)
            {
                Add(source[i]);
            }
        }
    }
}

/// <summary>
/// A feasible break of <see cref="KnuthPlassLineBreaker"/>: the line ending at item <see cref="Position"/>,
/// reached from node <see cref="Previous"/> (an index into the pass's nodes; <see cref="None"/> for the start).
/// <see cref="Hyphens"/> is how many lines in a row, this one included, end in a hyphen (0 when this one does not).
/// </summary>
internal readonly record struct BreakNode(int Position, int LineStart, int Line, int Fitness, double TotalDemerits, int Previous,
    double Ratio, double Badness, bool Flagged, int Hyphens)
{
    public const int None = -1;
}
