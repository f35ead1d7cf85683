using System.Text;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// The working lists of <see cref="ParagraphItemBuilder"/>, kept by a typesetter and reused for every paragraph:
/// built afresh, they were grown from empty a hundred thousand times in a long book, which showed up as a
/// tenth of the layout's time. Belongs to one typesetter, hence one thread.
/// </summary>
internal sealed class ParagraphScratch
{
    public List<BreakItem> Items { get; } = new(1024);

    public List<ItemContent> Contents { get; } = new(512);

    public List<(int Piece, int Start, int End)> Word { get; } = [];

    public StringBuilder WordText { get; } = new();

    public List<(int Index, BreakKind Kind)> Breaks { get; } = [];

    public List<ShapedText> Fragments { get; } = [];

    /// <summary>The glyphs of the run <see cref="LineAssembler"/> is gathering.</summary>
    public List<Frames.PositionedGlyph> Glyphs { get; } = new(256);

    /// <summary>Where the set lines' glyphs are kept (not cleared: they belong to the lines).</summary>
    public GlyphArena LineGlyphs { get; } = new();

    /// <summary>The runs of the line <see cref="LineAssembler"/> is setting.</summary>
    public List<LineGlyphRun> Runs { get; } = new(8);

    /// <summary>The line breaker's arrays.</summary>
    public LineBreakScratch LineBreaking { get; } = new();

    public void Clear()
    {
        Items.Clear();
        Contents.Clear();
        Word.Clear();
        WordText.Clear();
        Breaks.Clear();
        Fragments.Clear();
    }
}
